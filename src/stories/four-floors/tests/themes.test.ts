// The published story's dark and forced-colour editions, its palette over the kit's tokens: each
// colour token has a dark value drawn for it and a system colour, the light values stay those of the
// light edition (and of the share image), and every pair of words and their ground the story sets
// meets WCAG AA in light and dark. Which theme a reader gets is the kit's (tests/themes.test.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../../../${path}`, import.meta.url), 'utf8');
const KIT = { light: read('src/kit/styles/tokens.css'), themes: read('src/kit/styles/themes.css') };
const STORY = { light: read('src/stories/four-floors/palette.css'), themes: read('src/stories/four-floors/palette.themes.css') };

/** The tokens a stylesheet gives a colour of its own (a hex value, not another token). */
function hexTokens(css: string): Record<string, string> {
  return Object.fromEntries([...css.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{3,6});/gi)].map(([, name, value]) => [name, value]));
}

/** Each token's light and dark values, from its light-dark() declaration. */
function lightDark(css: string): Record<string, { light: string; dark: string }> {
  return Object.fromEntries([...css.matchAll(/(--[\w-]+):\s*light-dark\((#[0-9a-f]+),\s*(#[0-9a-f]+)\);/gi)].map(([, name, light, dark]) => [name, { light, dark }]));
}

/** The tokens the forced-colours block sets. */
function forcedTokens(css: string): string[] {
  const block = css.slice(css.indexOf('@media (forced-colors: active)'));
  return [...block.matchAll(/(--[\w-]+):\s*[A-Za-z]+;/g)].map(([, name]) => name ?? '');
}

function luminance(hex: string): number {
  const digits = hex.length === 4 ? [...hex.slice(1)].map((digit) => digit + digit).join('') : hex.slice(1);
  const [r, g, b] = [0, 2, 4].map((at) => parseInt(digits.slice(at, at + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05);
}

/** Words (first) on their ground (second), wherever the story sets them; the story's aliases resolved. */
const TEXT_PAIRS = [
  ['--ink', '--paper'], ['--ink', '--paper-raised'], ['--ink-muted', '--paper'], ['--ink-muted', '--paper-raised'],
  ['--accent', '--paper'], ['--accent', '--paper-raised'], ['--alert', '--paper'], ['--alert', '--paper-raised'],
  ['--differ', '--differ-tint'], ['--ink-muted', '--differ-tint'], ['--on-accent', '--accent'],
  // The drawings' words: the names on the salon's floor, the figure labels on their halo.
  ['--ink', '--room-floor'], ['--accent', '--room-floor'], ['--ink', '--room-wall'],
] as const;

describe('the dark edition', () => {
  const kit = lightDark(KIT.themes);
  const story = lightDark(STORY.themes);

  it('keeps every light value as the light edition (and the share image) has it', () => {
    expect(Object.fromEntries(Object.entries(kit).map(([name, { light }]) => [name, light]))).toEqual(hexTokens(KIT.light));
    expect(Object.fromEntries(Object.entries(story).map(([name, { light }]) => [name, light]))).toEqual(hexTokens(STORY.light));
  });

  it('meets WCAG AA for every pair of words and ground, in light and in dark', () => {
    const colours = { ...kit, ...story };
    const failing = TEXT_PAIRS.flatMap(([text, ground]) =>
      (['light', 'dark'] as const).flatMap((theme) => {
        const a = colours[text]?.[theme];
        const b = colours[ground]?.[theme];
        if (!a || !b) return [`${text} on ${ground}: no ${theme} value`];
        const ratio = contrast(a, b);
        return ratio < 4.5 ? [`${text} on ${ground} in ${theme}: ${ratio.toFixed(2)}`] : [];
      }),
    );
    expect(failing).toEqual([]);
  });
});

describe('the forced-colours edition', () => {
  it('gives every colour token a system colour', () => {
    expect(forcedTokens(KIT.themes).sort()).toEqual(Object.keys(hexTokens(KIT.light)).sort());
    const storyForced = forcedTokens(STORY.themes);
    expect(Object.keys(hexTokens(STORY.light)).filter((name) => !storyForced.includes(name))).toEqual([]);
  });
});
