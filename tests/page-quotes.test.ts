// The quoted-words rule over the rendered page: every label, caption, button and share text, and
// index.html's head, put only a report's words in quotation marks, and where a sentence names reports,
// each of those reports' words. The build runs the same check on the finished page (scripts/prerender.mjs).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPageQuoteProblems } from '../src/kit/checks/pageQuotes.ts';
import type { ReportNames } from '../src/kit/checks/quotedWords.ts';
import { editions } from '../src/stories/four-floors/server.tsx';
import { STORY } from '../src/stories/four-floors/story.ts';
import { STORY_FR } from '../src/stories/four-floors/story.fr.ts';
import { readReportTexts } from '../scripts/reports.ts';

const REPORTS = readReportTexts();
const NAMES: ReportNames = { sources: STORY.sources, lang: 'en' };
const check = (html: string, names: ReportNames = NAMES) => findPageQuoteProblems(html, REPORTS, names);

describe('the rendered story', () => {
  it.each(editions.map((edition) => [edition.lang, edition] as const))('quotes no words that no report has, or that the report it names lacks, in any element or attribute (%s)', async (_lang, edition) => {
    const indexHtml = readFileSync(join(import.meta.dirname, '..', 'index.html'), 'utf8');
    expect(check(indexHtml.replace('<div id="root"></div>', `<div id="root">${await edition.renderStory()}</div>`), edition.reportNames)).toEqual([]);
  });
});

describe('the page check', () => {
  it('fails on our words in quotation marks in text, alt, aria-label and share tags', () => {
    expect(check('<p>He was “a superhero”, they said.</p>')).toEqual(['The page quotes words no report has: “a superhero”']);
    expect(check('<img alt="The &quot;superhero&quot; climbs">')).toHaveLength(1);
    expect(check('<button aria-label="Open “How we know”">+</button>')).toHaveLength(1);
    expect(check('<meta property="og:description" content="The “superhero” of Paris">')).toHaveLength(1);
  });

  it('passes a report’s words, and leaves verified quotations and code samples to their own checks', () => {
    expect(check('<p>Report B: he is “now often called” that.</p>')).toEqual([]);
    expect(check('<p><span data-quote="">“anything at all”</span> and <q class="x" data-quote="">"more"</q></p>')).toEqual([]);
    expect(check('<pre><code>&lt;iframe style="width:100%"&gt;</code></pre>')).toEqual([]);
  });

  it('fails on a report’s words credited to a report that does not have them, in either edition', () => {
    expect(check('<p>Reports A and B agree on “I climbed up” and God’s help.</p>')).toEqual([
      'The page: “I climbed up” is credited to Report A and Report B but is not verbatim in Report A, in the sentence: Reports A and B agree on “I climbed up” and God’s help.',
    ]);
    expect(check('<img alt="Les Articles A et B citent « I climbed up ».">', { sources: STORY_FR.sources, lang: 'fr' }).join('\n')).toMatch(/credited to Article A and Article B but is not verbatim in Article A/);
    expect(check('<p>Report B: he is “now often called” that.</p>')).toEqual([]);
  });

  it('never pairs quotation marks across elements', () => {
    expect(check('<p>“Spider-Man</p><p>of the 18th” ends</p>')).toEqual([]);
  });
});
