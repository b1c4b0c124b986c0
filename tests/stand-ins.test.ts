// The stand-in heights the build derives from the prerendered page (src/kit/startup/standIns.ts): what
// the model reads of a part's markup, so that new copy brings its own height and no height is guessed.
import { describe, expect, it } from 'vitest';
import { DEFERRED_PARTS } from '../src/kit/constants.ts';
import { STAND_IN_ATTRIBUTE, skippedParts, standInHeight, standInStyles, textBlocks } from '../src/kit/startup/standIns.ts';

const chars = (html: string) => textBlocks(html).map((block) => `${block.tag}:${block.characters}`);

describe('the stand-in model', () => {
  it('counts the characters of each block of text, entities as one', () => {
    expect(chars('<p>Four floors</p><ul><li>one &amp; two</li></ul>')).toEqual(['p:11', 'li:9']);
  });

  it('reads a closed <details> by its summary alone, an open one whole', () => {
    expect(chars('<details><summary>How we know</summary><p>hidden words</p></details>')).toEqual(['summary:11']);
    expect(chars('<details open><summary>How we know</summary><p>shown</p></details>')).toEqual(['summary:11', 'p:5']);
  });

  it('leaves out what the viewport sizes (a sticky picture), and gives each step a screen', () => {
    const step = '<article data-step="a"><p>Words</p></article><div data-viewport-sized><p>A long caption in the picture</p></div>';
    expect(chars(step)).toEqual(['p:5']);
    expect(standInHeight(step)).toMatch(/^calc\(3 \* 100 \* var\(--vh\) \+ max\(/);
  });

  it('stands a longer text in taller, and a table row in its tallest cell', () => {
    const height = (html: string) => Number(/max\((\d+)rem/.exec(standInHeight(html))?.[1]);
    expect(height(`<p>${'word '.repeat(400)}</p>`)).toBeGreaterThan(height(`<p>${'word '.repeat(100)}</p>`));
    const row = (cells: number) => `<table><tr>${'<td>States</td>'.repeat(cells)}<th>${'word '.repeat(40)}</th></tr></table>`;
    expect(height(row(4))).toBe(height(row(1)));
  });

  it('finds every marked part with its whole markup, nested sections included', () => {
    const html = '<main><section data-stand-in="one"><section><p>a</p></section><p>b</p></section><section data-stand-in="two"><p>c</p></section></main>';
    expect(skippedParts(html)).toEqual([
      { name: 'one', html: '<section><p>a</p></section><p>b</p>' },
      { name: 'two', html: '<p>c</p>' },
    ]);
  });

  it('marks the parts the app lays out when idle with the attribute the build sizes them by', () => {
    expect(DEFERRED_PARTS).toBe(`[${STAND_IN_ATTRIBUTE}]`);
  });

  it('skips the parts while the story wakes up, and once marked skippable on screen, only with scripts', () => {
    const css = standInStyles('<section data-stand-in="claims"><p>words</p></section>');
    expect(css).toMatch(/^@media \(scripting: enabled\)\{\.story--waking \[data-stand-in\]:not\(\[data-laid-out\]\)\{content-visibility:auto;/);
    // A drawn part's own height is remembered (auto) at any time; the model's stands in until then.
    expect(css).toContain('}[data-stand-in="claims"]{contain-intrinsic-size:auto calc(max(');
    expect(css).toMatch(/\}@media screen and \(scripting: enabled\)\{\[data-stand-in\]\[data-skippable\]\{content-visibility:auto\}\}$/);
    expect(() => standInStyles('<p>nothing marked</p>')).toThrow(/marks no part/);
  });
});
