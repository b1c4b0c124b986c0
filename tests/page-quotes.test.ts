// The quoted-words rule over a page (the kit's pageQuotes.ts): every label, caption, button and share
// text may put only a report's words in quotation marks, and where a sentence names reports, each of
// those reports' words; tried on the desk's fixture (tests/desk-fixture/): invented reports, and their
// names in an English and a French edition. The published story's own pages are held to it in
// src/stories/four-floors/tests/page-quotes.test.ts.
import { describe, expect, it } from 'vitest';
import { findPageQuoteProblems } from '../src/kit/checks/pageQuotes.ts';
import type { ReportNames } from '../src/kit/checks/quotedWords.ts';
import { DESK_REPORTS as REPORTS, DESK_STORY, DESK_STORY_FR } from './desk-fixture/desk.ts';

const NAMES: ReportNames = { reports: DESK_STORY.reports, lang: 'en' };
const check = (html: string, names: ReportNames = NAMES) => findPageQuoteProblems(html, REPORTS, names);

describe('the page check', () => {
  it('fails on our words in quotation marks in text, alt, aria-label and share tags', () => {
    expect(check('<p>He was “a hero”, they said.</p>')).toEqual(['The page quotes words no report has: “a hero”']);
    expect(check('<img alt="The &quot;hero&quot; climbs">')).toHaveLength(1);
    expect(check('<button aria-label="Open “How we know”">+</button>')).toHaveLength(1);
    expect(check('<meta property="og:description" content="The “hero” of the harbour">')).toHaveLength(1);
  });

  it('passes a report’s words, and leaves verified quotations and code samples to their own checks', () => {
    expect(check('<p>Report B: he ran up to the “cheers of fishermen”.</p>')).toEqual([]);
    expect(check('<p><span data-quote="">“anything at all”</span> and <q class="x" data-quote="">"more"</q></p>')).toEqual([]);
    expect(check('<pre><code>&lt;iframe style="width:100%"&gt;</code></pre>')).toEqual([]);
  });

  it('fails on a report’s words credited to a report that does not have them, in either edition', () => {
    expect(check('<p>Reports A and B agree on “I ran up” and the wick.</p>')).toEqual([
      'The page: “I ran up” is credited to Report A and Report B but is not verbatim in Report A, in the sentence: Reports A and B agree on “I ran up” and the wick.',
    ]);
    expect(check('<img alt="Les Articles A et B citent « I ran up ».">', { reports: DESK_STORY_FR.reports, lang: 'fr' }).join('\n')).toMatch(/credited to Article A and Article B but is not verbatim in Article A/);
    expect(check('<p>Report B: he said “I ran up” and the wick caught.</p>')).toEqual([]);
  });

  it('never pairs quotation marks across elements', () => {
    expect(check('<p>“I ran up</p><p>to the top” ends</p>')).toEqual([]);
  });
});
