// Draws the 1200×630 share image from our own SVG: the kicker, headline and standfirst (set as
// outlines from the fonts the page uses, so no system font is needed) beside the façade drawing at
// the moment Gassama reaches the boy. Rasterised with resvg, whose binary ships in its npm package.
//   const png = makeShareImage({ headline, dek, kicker, sceneMarkup, css });
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import * as fontkit from 'fontkit';

export const SHARE_IMAGE = { width: 1200, height: 630 };

/** The type sizes tried for the headline and standfirst, largest first, and the lowest baseline they may reach (above the bottom band). */
const TEXT_SCALES = [1, 0.9, 0.8, 0.7];
const TEXT_BOTTOM = 590;

const FONT_DIR = join(import.meta.dirname, '..', 'node_modules', '@fontsource');
const FONTS = {
  serif: join(FONT_DIR, 'source-serif-4', 'files', 'source-serif-4-latin-400-normal.woff2'),
  serifBold: join(FONT_DIR, 'source-serif-4', 'files', 'source-serif-4-latin-600-normal.woff2'),
  sansBold: join(FONT_DIR, 'inter', 'files', 'inter-latin-600-normal.woff2'),
};

/** Outlines of one line of text, its baseline starting at (x, y); returns the markup and its width. */
function textLine(font, text, size, x, y) {
  const scale = size / font.unitsPerEm;
  const run = font.layout(text);
  let pen = x;
  const glyphs = run.glyphs.map((glyph, index) => {
    const path = `<path transform="translate(${pen.toFixed(1)} ${y}) scale(${scale} ${-scale})" d="${glyph.path.toSVG()}"/>`;
    pen += (run.positions[index]?.xAdvance ?? 0) * scale;
    return path;
  });
  return { markup: glyphs.join(''), width: pen - x };
}

/** Greedy line breaking by measured width. */
function wrap(font, text, size, maxWidth) {
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textLine(font, candidate, size, 0, 0).width > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** resvg reads class rules but not custom properties: substitute the tokens' values. */
function resolveCustomProperties(css, tokens) {
  return css.replace(/var\((--[\w-]+)\)/g, (whole, name) => tokens[name] ?? whole);
}

/** The custom properties declared in the stylesheets, by name, a palette's `var()` of a token resolved. */
function readTokens(tokensCss) {
  const tokens = Object.fromEntries([...tokensCss.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map(([, name, value]) => [name, value.trim()]));
  for (const name of Object.keys(tokens)) tokens[name] = resolveCustomProperties(tokens[name], tokens);
  return tokens;
}

/**
 * `sceneMarkup` is the story's flat art, a scene drawn as one flat <svg>; `css`
 * the scene styles and `tokensCss` the colour tokens and the story's palette. Returns the PNG as a Buffer.
 */
export function makeShareImage({ headline, dek, kicker, sceneMarkup, css, tokensCss }) {
  const tokens = readTokens(tokensCss);
  const serif = fontkit.openSync(FONTS.serif);
  const serifBold = fontkit.openSync(FONTS.serifBold);
  const sansBold = fontkit.openSync(FONTS.sansBold);
  const art = sceneMarkup.match(/^<svg[^>]*viewBox="([^"]+)"[^>]*>[\s\S]*<\/svg>$/);
  if (!art) throw new Error('The share image needs the story\'s flat art as one <svg> with a viewBox');
  // resvg draws SVG attributes only: a CSS transform would leave a figure silently out of place.
  if (/style="[^"]*transform/.test(sceneMarkup)) throw new Error('The share image cannot draw CSS transforms');

  const left = 72;
  const column = 600;
  const parts = [textLine(sansBold, kicker.toUpperCase(), 22, left, 128).markup];
  // The largest type at which the headline and the standfirst fit above the image's bottom band: a
  // longer edition's words (French runs longer than English) are set smaller, never cut off.
  const layout = TEXT_SCALES.map((scale) => {
    const headlineLines = wrap(serifBold, headline, 76 * scale, column);
    // Baselines: the headline's first under the kicker (at 128), the standfirst's first under the headline's last.
    const headlineTop = 128 + 98 * scale;
    const dekTop = headlineTop + (headlineLines.length - 1) * 84 * scale + 120 * scale;
    const dekLines = wrap(serif, dek, 34 * scale, column);
    return { scale, headlineLines, headlineTop, dekTop, dekLines, bottom: dekTop + (dekLines.length - 1) * 46 * scale };
  }).find(({ bottom }) => bottom <= TEXT_BOTTOM);
  if (!layout) throw new Error(`The share image's headline and standfirst do not fit, even at the smallest type: ${headline} / ${dek}`);
  const { scale, headlineLines, headlineTop, dekTop, dekLines } = layout;
  headlineLines.forEach((line, index) => parts.push(textLine(serifBold, line, 76 * scale, left, headlineTop + index * 84 * scale).markup));
  const dekMarkup = dekLines.map((line, index) => textLine(serif, line, 34 * scale, left, dekTop + index * 46 * scale).markup).join('');

  // The drawing's labels are <text> in the page's fonts, which resvg cannot read as woff2: the share
  // image shows the picture alone, its words being the headline beside it.
  const sceneSvg = sceneMarkup.replace(/<text[\s\S]*?<\/text>/g, '').replace(/^<svg[^>]*>/, `<svg x="720" y="15" width="440" height="550" viewBox="${art[1]}">`);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_IMAGE.width}" height="${SHARE_IMAGE.height}" viewBox="0 0 ${SHARE_IMAGE.width} ${SHARE_IMAGE.height}">
<style><![CDATA[${resolveCustomProperties(css, tokens)}]]></style>
<rect width="100%" height="100%" fill="${tokens['--paper']}"/>
<g fill="${tokens['--alert']}">${parts[0]}</g>
<g fill="${tokens['--ink']}">${parts.slice(1).join('')}</g>
<g fill="${tokens['--ink-muted']}">${dekMarkup}</g>
<rect x="720" y="15" width="440" height="550" fill="${tokens['--paper-raised']}"/>
${sceneSvg}
<rect x="0" y="${SHARE_IMAGE.height - 12}" width="${SHARE_IMAGE.width}" height="12" fill="${tokens['--accent']}"/>
</svg>`;
  return new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'width', value: SHARE_IMAGE.width } }).render().asPng();
}
