// The published story's stances: what each report is marked as stating, and how its steps' marks
// read. The kit's own reading of stances, marks and the claims table's orders is tested on the fixture
// story (evidence-marks.test.ts).
import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { HowWeKnow } from '../../../kit/components/HowWeKnow.tsx';
import { indexEvidence } from '../../../kit/content/storyIndex.ts';
import { isDisputed, stanceOf } from '../../../kit/evidence/evidence.ts';
import { locateExcerpt } from '../../../kit/checks/reportContext.ts';
import { ALL_STEPS, STORY } from '../story.ts';
import { STORY_FR } from '../story.fr.ts';
import { renderInStory, renderedMarks } from '../../../../tests/helpers/renderInStory.ts';
import { readReportTexts } from '../../../../scripts/reports.ts';

const claimsByIds = (ids: readonly string[]) => ids.map(indexEvidence(STORY).claim);
const EDITIONS = [STORY, STORY_FR].map((story) => [story.meta.lang, story] as const);

describe('how the reports stand', () => {
  const [height] = claimsByIds(['height']);

  it('reads each report’s stance on a claim, silent where it gives no words', () => {
    expect(['A', 'B', 'C'].map((source) => stanceOf(height!, source as 'A'))).toEqual(['states', 'states', 'differs']);
    expect(stanceOf(claimsByIds(['football-match'])[0]!, 'A')).toBe('silent');
  });

  it('knows a claim is disputed only where a report says otherwise', () => {
    expect(isDisputed(height!)).toBe(true);
    expect(isDisputed(claimsByIds(['football-match'])[0]!)).toBe(false);
  });

  it('throws on an unknown claim id', () => {
    expect(() => claimsByIds(['nope'])).toThrow(/Unknown claim "nope"/);
  });
});

describe('what each report is marked as stating', () => {
  const claim = (id: string) => claimsByIds([id])[0]!;

  it('marks Report A silent on the nickname: it reports the mayor’s “Spider-Man of the 18th”, it never calls him that itself', () => {
    expect(stanceOf(claim('nickname'), 'A')).toBe('silent');
    expect(['B', 'C'].map((source) => stanceOf(claim('nickname'), source as 'B'))).toEqual(['states', 'states']);
  });

  it.each(EDITIONS)('states the nickname as the reports that state it say it (%s)', (_lang, story) => {
    const nickname = story.claims.find((candidate) => candidate.id === 'nickname')!;
    expect(nickname.statement).toMatch(/(Reports|Articles) B (and|et) C/);
  });

  it('marks Report B silent on what the president said of his status: it says only that he is set to receive a residency permit', () => {
    expect(stanceOf(claim('status-regularised'), 'B')).toBe('silent');
    expect(stanceOf(claim('permit-tuesday'), 'B')).toBe('states');
  });

  /** A step's words in an edition, sentence by sentence (its body and its text alternative). */
  const sentencesOf = (story: typeof STORY, stepId: string) => {
    const step = story.chapters.flatMap((chapter) => chapter.steps).find((candidate) => candidate.id === stepId)!;
    return [...step.body, step.alt].flatMap((paragraph) => paragraph.split(/(?<=[.;:])\s+/));
  };

  it.each(EDITIONS)('credits the medal’s giver to Report A alone: Report B names none (%s)', (_lang, story) => {
    const pairedWithB = sentencesOf(story, 'meeting-medal').filter((sentence) => /(Reports|Articles) A (and|et) B/.test(sentence));
    expect(pairedWithB.filter((sentence) => /president|président/.test(sentence))).toEqual([]);
  });

  it.each(EDITIONS)('sets Report A against Report C on what the medal was for, not Report A against Report B (%s)', (_lang, story) => {
    const sentences = sentencesOf(story, 'meeting-medal');
    expect(sentences.filter((sentence) => /do not agree|ne disent pas la même chose/.test(sentence))).toEqual([]);
    expect(sentences.some((sentence) => /(Reports|Articles) A (and|et) C (differ|divergent)/.test(sentence))).toBe(true);
  });

  it.each(EDITIONS)('ties no certificate to his papers: Report B’s commemorates his act of courage (%s)', (_lang, story) => {
    const meeting = story.chapters.find((chapter) => chapter.id === 'meeting')!;
    const papers = [(meeting.sceneWords as { papers: string }).papers, ...sentencesOf(story, 'meeting-papers')];
    expect(papers.filter((words) => /certificat/i.test(words))).toEqual([]);
  });
});

describe('what each report marked as stating a claim gives of it', () => {
  /** The edition's claims whose statement says what `words` finds, with each report's stance on them. */
  const stancesWhere = (story: typeof STORY, words: RegExp) =>
    story.claims.filter((claim) => words.test(claim.statement)).map((claim) => ({ id: claim.id, stances: (['A', 'B', 'C'] as const).map((source) => `${source}:${stanceOf(claim, source)}`).join(' ') }));

  it.each(EDITIONS)('marks Report B silent on the boy’s age: it gives none (%s)', (_lang, story) => {
    const aged = stancesWhere(story, /four-year-old|four years old|quatre ans/);
    expect(aged.length).toBeGreaterThan(0);
    expect(aged.filter(({ stances }) => !stances.includes('B:silent'))).toEqual([]);
  });

  it.each(EDITIONS)('marks Reports A and C silent on the climb from balcony to balcony: only Report B has it (%s)', (_lang, story) => {
    const balconies = stancesWhere(story, /balcony by balcony|one balcony to the next|balcon par balcon|d’un balcon à l’autre/);
    expect(balconies.length).toBeGreaterThan(0);
    expect(balconies.filter(({ stances }) => !/A:silent B:states C:silent/.test(stances))).toEqual([]);
  });

  it.each(EDITIONS)('marks Reports A and C silent on who filmed the video: only Report B says an onlooker did (%s)', (_lang, story) => {
    const filmed = stancesWhere(story, /onlooker|témoin/);
    expect(filmed.length).toBeGreaterThan(0);
    expect(filmed.filter(({ stances }) => !/A:silent B:states C:silent/.test(stances))).toEqual([]);
  });

  /** Words a claim's statement may not give, because a report marked as stating it does not. */
  const BEYOND_A_REPORT = [
    ['crowd-watched', /street|rue/, 'neither Report B nor Report C says where the crowd stood'],
    ['pulled-to-safety', /pulled|mis en sécurité/, 'Report A says he rescued the boy, not how'],
    ['god-helped', /president|président/, 'Report C does not say he told the president so'],
    ['brigade-job', /Paris/, 'Report C speaks of a job as a firefighter, naming no brigade'],
  ] as const;

  it.each(EDITIONS.flatMap(([lang, story]) => BEYOND_A_REPORT.map(([id, words, why]) => [lang, id, why, story, words] as const)))('(%s) states the claim “%s” no further than every report marked as stating it: %s', (_lang, id, _why, story, words) => {
    expect(story.claims.find((claim) => claim.id === id)!.statement).not.toMatch(words);
  });

  it('shows, from each report marked as saying he ran without stopping to think, words for both', () => {
    const ran = claimsByIds(['ran-to-save'])[0]!;
    expect(ran.evidence.filter((evidence) => !(/think/.test(evidence.text) && /\bran\b/.test(evidence.text))).map((evidence) => evidence.report)).toEqual([]);
  });

  it.each(EDITIONS)('marks Report C silent on the meeting’s date: it gives the Monday only (%s)', (_lang, story) => {
    const dated = stancesWhere(story, /\b28\b/);
    expect(dated.length).toBeGreaterThan(0);
    expect(dated.filter(({ stances }) => !stances.includes('C:silent'))).toEqual([]);
  });
});

describe('what Report C relays from CBS', () => {
  const reportC = readReportTexts()[STORY.reports.find((source) => source.id === 'C')!.file] ?? '';

  it.each(EDITIONS)('keeps “CBS reports that” in every excerpt of Report C taken from a sentence it credits to CBS (%s)', (_lang, story) => {
    const excerpts = [...story.quotes, ...story.claims.flatMap((claim) => claim.evidence), ...story.discrepancies.flatMap((discrepancy) => discrepancy.readings.flatMap((reading) => reading.excerpts))];
    const relayed = excerpts.filter((excerpt) => excerpt.report === 'C' && /^CBS\b/.test(locateExcerpt(excerpt.text, reportC)?.sentence ?? ''));
    expect(relayed.length).toBeGreaterThan(0);
    expect(relayed.filter((excerpt) => !excerpt.text.startsWith('CBS')).map((excerpt) => excerpt.text)).toEqual([]);
  });

  it.each(EDITIONS)('is said to be CBS’s wherever our prose gives his account of his papers through Report C (%s)', (_lang, story) => {
    const status = story.chapters.flatMap((chapter) => chapter.steps).find((step) => step.id === 'meeting-status')!;
    const legalStatus = story.discrepancies.find((discrepancy) => discrepancy.id === 'legal-status')!;
    const meeting = story.chapters.find((chapter) => chapter.id === 'meeting')!;
    const account = [status.body[0], status.alt, legalStatus.explanation[0], (meeting.sceneWords as { accountTitle: string }).accountTitle];
    expect(account.filter((words) => !words?.includes('CBS'))).toEqual([]);
  });
});

describe('the timeline’s dates', () => {
  it.each(EDITIONS)('are said to be ours only where they are: 27 May is the date of the posts Report A reproduces (%s)', (_lang, story) => {
    const caption = story.chapters.find((chapter) => chapter.id === 'aftermath')!.caption;
    expect(caption).not.toMatch(/other dates|autres dates/);
    expect(caption).toMatch(/27.*(Report|Article) A|(Report|Article) A.*27/);
  });
});

describe('a step’s how-we-know marks', () => {
  it('gives each claim of a step its own marks, one per report, never pooled', () => {
    const first = ALL_STEPS[0]!;
    const marks = renderedMarks(first.claimIds, STORY);
    expect(Object.keys(marks)).toEqual(first.claimIds);
    expect(marks['football-match']).toBe('A:silent B:states C:silent');
    for (const claim of claimsByIds(first.claimIds)) {
      expect(marks[claim.id]).toBe((['A', 'B', 'C'] as const).map((source) => `${source}:${stanceOf(claim, source)}`).join(' '));
    }
  });

  it('says each stance in words beside the letter', () => {
    const html = renderInStory(createElement(HowWeKnow, { claimIds: ['height'], stepId: 'a-step' }), STORY);
    expect(html).toMatch(/data-report="A" data-stance="states"><span[^>]*>A<\/span> says so</);
    expect(html).toMatch(/data-report="C" data-stance="differs"><span[^>]*>C<\/span> says otherwise</);
    expect(html).toContain('1 claim; the reports differ on 1');
  });
});
