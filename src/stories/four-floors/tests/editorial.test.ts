// The standards desk's rules over the published story, in both editions: it breaks none, shows its
// reports' disagreements, keeps Report C's headline in its place, marks as ours what we work out or
// convert, and tells nothing single-source about private people. The rules themselves are tested in
// tests/editorial.test.ts.
import { describe, expect, it } from 'vitest';
import { collectProse, findEditorialProblems } from '../../../kit/checks/editorialRules.ts';
import { ALL_STEPS, STORY } from '../story.ts';
import { STORY_FR } from '../story.fr.ts';
import { readReportTexts } from '../../../../scripts/reports.ts';
import { tellChapter } from '../../../kit/content/editions.ts';
import { PLAN as REACTIONS_PLAN } from '../chapters/reactions/plan.ts';
import { WORDS } from '../chapters/reactions/words.en.aml.ts';

const REACTIONS = tellChapter(REACTIONS_PLAN, WORDS);

const { quotes: QUOTES, discrepancies: DISCREPANCIES } = STORY;
const REPORTS = readReportTexts();

describe('the shipped story', () => {
  it('breaks none of the rules', () => {
    expect(findEditorialProblems(STORY, REPORTS)).toEqual([]);
  });

  it('shows at least nine disagreements, each with two readings from two reports, each in a step', () => {
    expect(DISCREPANCIES.length).toBeGreaterThanOrEqual(9);
    for (const discrepancy of DISCREPANCIES) {
      const reports = new Set(discrepancy.readings.flatMap((reading) => reading.excerpts.map((excerpt) => excerpt.report)));
      expect(discrepancy.readings.length, discrepancy.id).toBeGreaterThanOrEqual(2);
      expect(reports.size, discrepancy.id).toBeGreaterThanOrEqual(2);
      expect(ALL_STEPS.some((step) => step.discrepancyIds.includes(discrepancy.id)), discrepancy.id).toBe(true);
    }
  });

  it('shows the Infos Françaises post once, whole, with its LCI credit', () => {
    const posts = REACTIONS.sceneWords.feed.map((post) => QUOTES.find((quote) => quote.id === post.quoteId));
    const infos = posts.filter((quote) => quote?.speaker.startsWith('Infos Françaises'));
    expect(infos).toHaveLength(1);
    expect(infos[0]?.text).toMatch(/^Paris : à mains nues.*\(LCI\)\.$/);
  });

  it('keeps report C’s headline, which reports Monday’s outcome, out of the weekend and names it as C’s', () => {
    const headline = QUOTES.find((quote) => quote.id === 'headline-c');
    expect(headline?.speaker).toMatch(/^Report C, its headline/);
    expect(REACTIONS.sceneWords.feed.map((post) => post.quoteId)).not.toContain('headline-c');
    const stepsShowing = ALL_STEPS.filter((step) => step.quoteIds.includes('headline-c')).map((step) => step.id);
    const meetingIndex = ALL_STEPS.findIndex((step) => step.id === 'meeting-invitation');
    expect(stepsShowing.every((id) => ALL_STEPS.findIndex((step) => step.id === id) > meetingIndex)).toBe(true);
  });

  it.each([STORY, STORY_FR].map((story) => [story.meta.lang, story] as const))('marks as ours, wherever it appears, our conversion of the étage count into storeys (%s)', (lang, story) => {
    const STOREY_COUNT = { en: /\b(first|second|third|fourth|fifth|sixth|\d+(st|nd|rd|th))[- ]storey/i, fr: /\b(premier|deuxième|troisième|quatrième|cinquième|sixième)\s+niveau/i }[lang];
    const OURS = { en: /\b(our|ours)\b/i, fr: /(?<!\p{L})(notre|nos|nôtre|nôtres)(?!\p{L})/iu }[lang];
    const counted = collectProse(story, 'story').filter(([, words]) => STOREY_COUNT?.test(words));
    expect(counted.length).toBeGreaterThan(0);
    expect(counted.filter(([, words]) => !OURS?.test(words))).toEqual([]);
  });

  it.each([STORY, STORY_FR].map((story) => [story.meta.lang, story] as const))('says, in a note marked as ours, that Report C’s five stories may count the street level, since the headline keeps four floors (%s)', (_lang, story) => {
    const height = story.discrepancies.find((discrepancy) => discrepancy.id === 'height')!;
    const notes = height.explanation.filter((paragraph) => /\b(Our|our)\b|(?<!\p{L})(Notre|notre)(?!\p{L})/u.test(paragraph));
    expect(notes.filter((paragraph) => /(Report|Article) C/.test(paragraph) && /five|cinq/.test(paragraph) && /street level|ground|rez-de-chaussée/.test(paragraph))).toHaveLength(1);
  });

  it.each([STORY, STORY_FR].map((story) => [story.meta.lang, story] as const))('marks as ours, wherever it appears, a day we count or a date and weekday we work out; only the timeline’s own dates lean on its caption (%s)', (lang, story) => {
    const WORKED_OUT = /two days|the day after|\b26\b|Sunday|\bSun\b|deux jours|lendemain|dimanche|\bdim\./i;
    const OURS = { en: /\b(our|ours)\b/i, fr: /(?<!\p{L})(notre|nos|nôtre|nôtres|de nous)(?!\p{L})/iu }[lang];
    const told = collectProse(story, 'story').filter(([path, words]) => WORKED_OUT.test(words) && !/\.sceneWords\.timeline\.\d+\.date$/.test(path));
    expect(told.length).toBeGreaterThan(0);
    expect(told.filter(([, words]) => !OURS?.test(words))).toEqual([]);
  });

  it.each([STORY, STORY_FR].map((story) => [story.meta.lang, story] as const))('tells nothing single-source about the boy’s parents, private people: no court date for the father, no word of the mother (%s)', (_lang, story) => {
    const told = collectProse(story, 'story').filter(([, words]) => /September|septembre|\bcourt\b|tribunal|compara[iî]t|mother|\bmère/i.test(words));
    expect(told).toEqual([]);
    expect(story.quotes.filter((quote) => /court in September|mother/.test(quote.text)).map((quote) => quote.id)).toEqual([]);
    // The father's investigation, which two reports give, stays, with their hedges.
    const investigated = story.claims.find((claim) => claim.id === 'father-investigated');
    expect(investigated?.evidence.map((evidence) => evidence.report)).toEqual(['A', 'C']);
  });

  it.each([STORY, STORY_FR].map((story) => [story.meta.lang, story] as const))('makes no legal judgement of ours about his status: what his papers for Italy allowed him in France is no reading of ours (%s)', (_lang, story) => {
    const legalStatus = story.discrepancies.find((discrepancy) => discrepancy.id === 'legal-status')!;
    expect(legalStatus.explanation.filter((paragraph) => /\b(our|ours)\b|(?<!\p{L})(notre|nos)(?!\p{L})/iu.test(paragraph))).toEqual([]);
    expect(collectProse(story, 'story').filter(([, words]) => /need not contradict|papers for Italy are not|ne se contredisent pas|pour l’Italie ne sont pas/.test(words))).toEqual([]);
  });

  it('says we do not translate what was said aloud, without supposing the reports’ English is already a translation', () => {
    const translations = STORY.method.find((paragraph) => paragraph.lead === 'Translations.')!;
    expect(translations.text).toMatch(/we do not translate it\b/);
    expect(translations.text).not.toMatch(/translate it again/);
  });

  it('narrates no single-source damaging detail: the Pokémon Go line is in no quote, claim or step', () => {
    const everything = JSON.stringify(STORY);
    expect(everything).not.toMatch(/Pokemon/i);
  });
});
