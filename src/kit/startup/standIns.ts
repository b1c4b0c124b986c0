// The stand-in heights of the parts the first layout skips (see idleLayout.ts), derived at build time
// from the prerendered page itself, so that no height is guessed by hand and new copy brings its own.
// The prerender (scripts/prerender.mjs) adds the rules this returns to the page's stylesheet.
//   const css = standInStyles(storyHtml); // "@media (scripting: enabled) { … } @media screen and …"
// A skipped part must stand in at more than its real height at any width down to 240 px, with the web
// fonts or without: the page then only ever shrinks as parts are drawn, the last part first, so a
// reader (or a jump to the end) is never left short. So each part's text is set, in this model, in
// the narrowest column, in the widest characters, in the tallest lines; every step of a chapter is
// given a whole screen besides. A browser test holds the model to the real heights.
import { LAID_OUT_ATTRIBUTE } from './idleLayout.ts';
import { SKIPPABLE_ATTRIBUTE } from './skipWhenAway.ts';

/** The attribute that marks a skipped part, naming it for its stand-in rule. */
export const STAND_IN_ATTRIBUTE = 'data-stand-in';

/**
 * The narrowest text column, at 240 px: the page's and a card's side padding and border taken off.
 * From 490 px up every text column (a step's card, the sources' measure) is at least 420 px wide.
 */
const NARROW = { viewportPx: 240, columnPx: 170 };
const WIDE = { viewportPx: 490, columnPx: 420 };
/** An average character's width, in em, in the widest of our faces and their fallbacks. */
const CHARACTER_EM = 0.55;
/** The largest body text and its line height. */
const TEXT_PX = 18;
const LEADING = 1.6;
/** A block's margins and padding, at most. */
const BLOCK_GAP_PX = 24;
/** Headings are set larger than the text: a line holds fewer characters, and is taller. */
const HEADING_SCALE: Readonly<Record<string, number>> = { h1: 2.6, h2: 2.4, h3: 1.4, h4: 1.2, h5: 1.1, h6: 1.1 };
/** Elements that start a block of text of their own; a table's cells stand side by side. */
const BLOCKS = new Set(['p', 'li', 'td', 'th', 'blockquote', 'figcaption', 'summary', 'pre', 'caption', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Elements with no end tag. */
const VOID = new Set(['br', 'img', 'input', 'meta', 'link', 'hr', 'source', 'wbr', 'area', 'col', 'embed', 'param', 'track']);

interface Block {
  tag: string;
  characters: number;
  /** The table row the block is a cell of: a row is as tall as its tallest cell. */
  row?: number;
}

/** The height, in px, the model gives a block of `characters` in a `tag`, in a column `columnPx` wide. */
function blockHeight({ tag, characters }: Block, columnPx: number): number {
  const scale = HEADING_SCALE[tag] ?? 1;
  const perLine = Math.max(1, Math.floor(columnPx / (CHARACTER_EM * TEXT_PX * scale)));
  return Math.ceil(characters / perLine) * TEXT_PX * scale * LEADING + BLOCK_GAP_PX;
}

const decodedLength = (text: string) => text.replace(/&(?:#x?[0-9a-f]+|[a-z]+);/gi, '_').replace(/\s+/g, ' ').trim().length;

interface OpenElement {
  tag: string;
  block?: Block;
  /** A closed <details>: hides what it holds… */
  hides?: boolean;
  /** …except its <summary>. */
  shows?: boolean;
}

/**
 * Marks an element whose height is the viewport's, whatever it holds (a chapter's sticky picture):
 * its words add nothing to its part's height beyond the screen each step is given.
 */
export const VIEWPORT_SIZED_ATTRIBUTE = 'data-viewport-sized';

/** Whether the innermost element that decides hides its content. */
function isHidden(open: readonly OpenElement[]): boolean {
  for (let index = open.length - 1; index >= 0; index -= 1) {
    if (open[index]!.shows) return false;
    if (open[index]!.hides) return true;
  }
  return false;
}

/**
 * The blocks of text a reader sees in `html` (one element's content), each with the number of
 * characters directly in it. A closed <details> shows its summary only.
 */
export function textBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  const open: OpenElement[] = [];
  let rows = 0;
  for (const [, closing, name, attributes = '', text] of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)([^>]*)>|([^<]+)/g)) {
    if (text !== undefined) {
      const block = [...open].reverse().find((element) => element.block)?.block;
      if (block && !isHidden(open)) block.characters += decodedLength(text);
      continue;
    }
    const tag = name!.toLowerCase();
    if (closing) {
      const at = open.map((element) => element.tag).lastIndexOf(tag);
      if (at >= 0) open.length = at;
      continue;
    }
    if (VOID.has(tag) || attributes.endsWith('/')) continue;
    const element: OpenElement = { tag };
    if (tag === 'details' && !/\sopen\b/.test(attributes)) element.hides = true;
    if (attributes.includes(VIEWPORT_SIZED_ATTRIBUTE)) element.hides = true;
    if (tag === 'tr') rows += 1;
    if (tag === 'summary' && open.at(-1)?.tag === 'details') element.shows = true;
    if (BLOCKS.has(tag) && !isHidden([...open, element])) {
      element.block = { tag, characters: 0, ...(tag === 'td' || tag === 'th' ? { row: rows } : {}) };
      blocks.push(element.block);
    }
    open.push(element);
  }
  return blocks;
}

/** The model's height, in px, for the text of `blocks` in a column `columnPx` wide. */
function textHeight(blocks: readonly Block[], columnPx: number): number {
  const rowHeights = new Map<number, number>();
  let total = 0;
  for (const block of blocks) {
    if (block.row === undefined) total += blockHeight(block, columnPx);
    else rowHeights.set(block.row, Math.max(rowHeights.get(block.row) ?? 0, blockHeight(block, columnPx)));
  }
  for (const height of rowHeights.values()) total += height;
  return total;
}

const rem = (px: number) => `${Math.ceil(px / 16)}rem`;

/**
 * The model's height for one part, as CSS: the text's height in the narrowest column down to its
 * height in the wide one, along the straight line between the two viewport widths (a text's height
 * falls ever more slowly as its column widens, so the line stays above it), plus a whole screen for
 * each of its steps and two more.
 */
export function standInHeight(partHtml: string): string {
  const blocks = textBlocks(partHtml);
  const [narrow, wide] = [textHeight(blocks, NARROW.columnPx), textHeight(blocks, WIDE.columnPx)];
  const perPx = ((narrow - wide) / (WIDE.viewportPx - NARROW.viewportPx)).toFixed(3);
  const text = `max(${rem(wide)}, ${rem(narrow)} - (100vw - ${NARROW.viewportPx / 16}rem) * ${perPx})`;
  const steps = (partHtml.match(/\sdata-step="/g) ?? []).length;
  return steps > 0 ? `calc(${steps + 2} * 100 * var(--vh) + ${text})` : `calc(${text})`;
}

/** Each element of `html` that carries the stand-in attribute, with its name and its whole markup. */
export function skippedParts(html: string): { name: string; html: string }[] {
  const parts: { name: string; html: string }[] = [];
  const start = new RegExp(`<([a-z]+)\\b[^>]*\\s${STAND_IN_ATTRIBUTE}="([^"]+)"[^>]*>`, 'g');
  for (const match of html.matchAll(start)) {
    const [opening, tag, name] = match as unknown as [string, string, string];
    let depth = 0;
    const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
    tags.lastIndex = match.index;
    for (const found of html.matchAll(tags)) {
      if (found.index < match.index) continue;
      depth += found[1] ? -1 : 1;
      if (depth === 0) {
        parts.push({ name, html: html.slice(match.index + opening.length, found.index) });
        break;
      }
    }
  }
  return parts;
}

/**
 * The stylesheet rules that skip each marked part while the story wakes up (with JavaScript only),
 * and on screen once the app has marked it skippable (skipWhenAway.ts), never in print. A skipped part
 * stands in at the height a frame last drew it at, or at its model height until one has. Without
 * these rules (the dev server) nothing is skipped.
 */
export function standInStyles(html: string): string {
  const rules = skippedParts(html).map(({ name, html: part }) => `[${STAND_IN_ATTRIBUTE}="${name}"]{contain-intrinsic-size:auto ${standInHeight(part)}}`);
  if (rules.length === 0) throw new Error(`The page marks no part with ${STAND_IN_ATTRIBUTE}`);
  const waking = `.story--waking [${STAND_IN_ATTRIBUTE}]:not([${LAID_OUT_ATTRIBUTE}]){content-visibility:auto;overflow-anchor:none}`;
  const awake = `@media screen and (scripting: enabled){[${STAND_IN_ATTRIBUTE}][${SKIPPABLE_ATTRIBUTE}]{content-visibility:auto}}`;
  return `@media (scripting: enabled){${waking}${rules.join('')}}${awake}`;
}
