// Both editions of the story, held to every rule of the content and of the standards desk, in their
// own language; the same steps, pictures and evidence in each; and the French desk's hedge words.
import { describe, expect, it } from 'vitest';
import { findStoryProblems } from '../../../kit/checks/findStoryProblems.ts';
import { collectProse, findEditorialProblems } from '../../../kit/checks/editorialRules.ts';
import type { Story } from '../../../kit/content/types.ts';
import { PAGE_FR } from '../page.fr.ts';
import { PAGE } from '../page.ts';
import { STORY_FR } from '../story.fr.ts';
import { STORY } from '../story.ts';
import { headersFile, headersFor, parseHeaders } from '../../../../scripts/hostingHeaders.ts';
import { readReportTexts } from '../../../../scripts/reports.ts';
import { storyDate } from '../../../kit/content/storyDate.ts';
import { EDITIONS as EDITION_LIST } from '../editions.ts';
import type { MeetingSceneWords } from '../chapters/meeting/sceneTypes.ts';

const REPORTS = readReportTexts();
const EDITIONS = [
  { story: STORY as Story, page: PAGE },
  { story: STORY_FR as Story, page: PAGE_FR },
] as const;

/** What an edition shows, less its words: its steps and what each draws and cites. */
const planOf = (story: Story) =>
  story.chapters.map(({ id, steps }) => ({ id, steps: steps.map(({ id: step, picture, quoteIds, moreQuoteIds, claimIds, discrepancyIds }) => ({ step, picture, quoteIds, moreQuoteIds, claimIds, discrepancyIds })) }));

/** Every excerpt of the story, quotes, claims' evidence and differences' readings. */
const excerptsOf = (story: Story) => [
  ...story.quotes,
  ...story.claims.flatMap((claim) => claim.evidence),
  ...story.discrepancies.flatMap((discrepancy) => discrepancy.readings.flatMap((reading) => reading.excerpts)),
];

/** The French edition with one claim's statement changed. */
function withStatement(id: string, statement: string): Story {
  return { ...STORY_FR, claims: STORY_FR.claims.map((claim) => (claim.id === id ? { ...claim, statement } : claim)) };
}

describe.each(EDITIONS.map((edition) => [edition.story.meta.lang, edition] as const))('the %s edition', (_lang, { story, page }) => {
  it('passes every check of the content, the evidence and the desk against the reports', () => {
    expect(findStoryProblems(story, page, REPORTS)).toEqual([]);
  });

  it('has the default edition’s steps, pictures, quotes, claims and differences, in the same order', () => {
    expect(planOf(story)).toEqual(planOf(STORY));
    expect(story.quotes.map((quote) => [quote.id, quote.text, quote.report])).toEqual(STORY.quotes.map((quote) => [quote.id, quote.text, quote.report]));
    expect(story.claims.map((claim) => claim.id)).toEqual(STORY.claims.map((claim) => claim.id));
    expect(story.discrepancies.map((discrepancy) => discrepancy.id)).toEqual(STORY.discrepancies.map((discrepancy) => discrepancy.id));
  });

  it('marks every excerpt’s language, and gives our translation of each one not in the edition’s', () => {
    for (const excerpt of excerptsOf(story)) {
      expect(excerpt.lang, excerpt.text).toBeDefined();
      if (excerpt.lang === story.meta.lang) expect(excerpt.translation, excerpt.text).toBeUndefined();
      else expect(excerpt.translation, excerpt.text).toBeTruthy();
    }
  });
});

describe('the French edition', () => {
  it('keeps every French post in French, untranslated, as the report prints it', () => {
    const posts = STORY_FR.quotes.filter((quote) => quote.lang === 'fr');
    expect(posts.map((quote) => quote.id).sort()).toEqual(['hidalgo-phone-post', 'hidalgo-spiderman-post', 'infos-francaises-post', 'macron-post', 'spiderman-du-18eme']);
    for (const quote of posts) expect(quote.translation).toBeUndefined();
  });

  it('gives the reports’ English beside our French, never our French alone', () => {
    const english = excerptsOf(STORY_FR).filter((excerpt) => excerpt.lang === 'en');
    expect(english.length).toBeGreaterThan(100);
    for (const excerpt of english) expect(excerpt.translation).not.toBe(excerpt.text);
  });

  /** One of the French edition's steps, by id. */
  const stepFr = (id: string) => STORY_FR.chapters.flatMap((chapter) => chapter.steps).find((step) => step.id === id)!;

  it('says the father was detained as Report C says it, “temporarily detained”, never remanded (détention provisoire)', () => {
    expect(JSON.stringify(STORY_FR)).not.toMatch(/provisoirement|détention provisoire/);
    const detained = STORY_FR.claims.find((claim) => claim.id === 'father-investigated')!;
    expect(detained.statement).toMatch(/temporairement détenu/);
  });

  it('gives the status step what the English gives: his account, which Report C relays from CBS, Report C’s own words, and the reports’ difference on his brother', () => {
    const body = stepFr('meeting-status').body.join(' ');
    expect(body).toMatch(/L’Article A rapporte ce qu’il a dit, et l’Article C le relaie d’après CBS/);
    expect(body).toMatch(/papiers pour séjourner en Italie/);
    expect(body).toMatch(/avec ses propres mots/);
    expect(body).toMatch(/divergent sur la durée du séjour de ce frère/);
    expect(body).not.toMatch(/celui de CBS/);
  });

  it('says the word citizenship is the report’s, which quotes no president using it (none says he did not)', () => {
    const body = stepFr('meeting-policy').body.join(' ');
    expect(body).not.toMatch(/l’article qui parle de citoyenneté|pas du président/);
    expect(body).toMatch(/celui de l’Article A, qui ne cite pas le président l’employant/);
  });

  it('keeps the reports’ hedge on his papers for Italy: he said he had them (Report A), he says he was authorized (Report C)', () => {
    const said = [stepFr('meeting-status').body.join(' '), ...STORY_FR.discrepancies.flatMap((discrepancy) => discrepancy.explanation)].join(' ');
    expect(said).not.toMatch(/il avait des papiers/);
    expect(said).toMatch(/il disait avoir des papiers/);
  });

  it('shows the mayor’s own French words first at her step, as Report A reproduces her post, and Report A’s English for them below', () => {
    const step = stepFr('reactions-mayor');
    const first = STORY_FR.quotes.find((quote) => quote.id === step.quoteIds[0])!;
    expect([first.text, first.lang, first.translation]).toEqual(['le Spiderman du 18ème', 'fr', undefined]);
    expect(step.moreQuoteIds).toContain('spider-man-of-18th');
  });

  it('describes the page as it is: our translation first, the English folded below it', () => {
    expect(STORY_FR.ui.foldedOriginal).toBeTruthy();
    expect(stepFr('reactions-mayor').body.join(' ')).not.toMatch(/sous cet anglais/);
    expect(stepFr('reactions-mayor').body.join(' ')).toMatch(/d’abord notre traduction, et l’anglais de l’article s’affiche d’un clic/);
  });

  it('translates the reports’ “story” and “stories” as niveau, and only their “floor” as étage, which counts from above the street', () => {
    const count = (words: string | undefined, pattern: RegExp) => (words ?? '').match(pattern)?.length ?? 0;
    const counted = excerptsOf(STORY_FR).filter((excerpt) => excerpt.lang === 'en' && /\b(stor(y|ies)|floors?)\b/.test(excerpt.text));
    expect(counted.length).toBeGreaterThan(0);
    const misread = counted.filter(
      (excerpt) => count(excerpt.translation, /niveaux?/g) < count(excerpt.text, /\bstor(y|ies)\b/g) || count(excerpt.translation, /étages?/g) > count(excerpt.text, /\bfloors?\b/g),
    );
    expect(misread.map((excerpt) => `${excerpt.text} → ${excerpt.translation}`)).toEqual([]);
    expect(collectProse(STORY_FR, 'story').filter(([, words]) => /cinq étages|quatrième étage|sans trancher/.test(words))).toEqual([]);
  });

  it('draws what was said at the Élysée in our French, marked as ours and never in quotation marks: each line the start of our translation of its quotation', () => {
    const copy = STORY_FR.chapters.find((chapter) => chapter.id === 'meeting')!.sceneWords as MeetingSceneWords;
    const translationOf = (id: string) => STORY_FR.quotes.find((quote) => quote.id === id)?.translation ?? '';
    const drawn = [
      [copy.gassamaSays, 'didnt-think'],
      [copy.presidentSays, 'saved-a-child'],
      [copy.policyLine, 'exceptional-act'],
    ] as const;
    expect(drawn.filter(([words, id]) => /[“”"«»]/.test(words) || !translationOf(id).startsWith(words))).toEqual([]);
    expect(copy.saidNote).toMatch(/^Notre traduction/);
    const english = STORY.chapters.find((chapter) => chapter.id === 'meeting')!.sceneWords as MeetingSceneWords;
    expect([english.gassamaSays, english.presidentSays, english.policyLine].every((words) => /^“.+”$/.test(words))).toBe(true);
    expect(english.saidNote).toBeUndefined();
  });

  it('writes idiomatic French: no calque, no word that reads otherwise', () => {
    const words = JSON.stringify(STORY_FR);
    const unidiomatic = [
      /notre traduction d’abord/, /qui n’est pas ses mots/, /avec les siens/, /Il a dit\s?: Dieu merci/, /"muet"|"Muet"/, /article simple/,
      /l’extérieur de l’immeuble/, /qualifié son geste/, /Sa propre description/, /Le plus d’articles d’accord/,
    ];
    expect(unidiomatic.filter((pattern) => pattern.test(words)).map(String)).toEqual([]);
    expect([STORY_FR.ui.readAsArticle, STORY_FR.ui.stanceMarks.silent, STORY_FR.ui.claimsTable.orders.agreement]).toEqual(['Lire en version texte', 'n’en dit rien', 'Par nombre d’articles concordants']);
    expect(STORY_FR.claims.find((claim) => claim.id === 'thank-god-saved')!.statement).toBe('Il a dit avoir, Dieu merci, sauvé l’enfant.');
    expect(STORY_FR.claims.find((claim) => claim.id === 'exceptional-act')!.statement).toMatch(/le geste de Gassama/);
  });

  it('writes the brigade’s welcome in French, not as a calque', () => {
    expect(JSON.stringify(STORY_FR)).not.toMatch(/exprimé son chaleureux accueil/);
  });

  it('fails a statement that drops the hedge its report keeps, in French', () => {
    // Report B: the boy was "apparently" outside when he fell; "selon l’Article B" keeps it, a bare statement drops it.
    const problems = findEditorialProblems(withStatement('fell-from-flat', 'L’enfant est tombé du balcon de l’appartement familial, plus haut.'), REPORTS);
    expect(problems.join('\n')).toMatch(/fell-from-flat.*(hedges|names it)/);
  });

  it('fails a statement about conduct that does not say so, in French words', () => {
    const story = { ...STORY_FR, claims: STORY_FR.claims.map((claim) => (claim.id === 'video-viral' ? { ...claim, statement: 'Le père a été placé en garde à vue.' } : claim)) };
    expect(findEditorialProblems(story, REPORTS).join('\n')).toMatch(/video-viral" speaks of legal status or conduct/);
  });

  it('fails French words of ours in guillemets that no report has', () => {
    const [first, ...rest] = STORY_FR.chapters;
    if (!first) throw new Error('no chapters');
    const quoting = { ...first, dek: 'Il a dit « je suis monté comme un chat ».' };
    expect(findEditorialProblems({ ...STORY_FR, chapters: [quoting, ...rest] }, REPORTS).join('\n')).toMatch(/quotes words no report has: “je suis monté comme un chat”/);
  });

  it('fails an edition in a language the desk has no hedge words for', () => {
    const problems = findEditorialProblems({ ...STORY_FR, meta: { ...STORY_FR.meta, lang: 'de' } }, REPORTS);
    expect(problems).toContain('The desk lists no hedge or attribution words in "de"');
  });

  it('writes its dates as French does, the day of the week first and the first of the month as 1er', () => {
    expect(storyDate('2018-05-26', STORY_FR.meta)).toBe('samedi 26 mai 2018');
    expect(storyDate('2026-12-01', STORY_FR.meta)).toBe('mardi 1er décembre 2026');
    expect(storyDate(STORY_FR.meta.published, STORY_FR.meta)).toBe('lundi 23 novembre 2026');
    expect(storyDate('2026-12-01', STORY.meta)).toBe('1 December 2026');
  });
});

describe('the hosting headers', () => {
  it('give every edition’s page, by both its addresses, the page’s policy and no-cache', () => {
    const rules = parseHeaders(headersFile(EDITION_LIST.map((edition) => edition.path)));
    for (const page of ['/', '/index.html', '/fr/', '/fr/index.html']) {
      expect(headersFor(rules, page)['Content-Security-Policy'], page).toMatch(/frame-ancestors \*$/);
      expect(headersFor(rules, page)['Cache-Control'], page).toBe('no-cache');
    }
    expect(headersFor(rules, '/fr/oembed.json')['Content-Security-Policy']).toBeUndefined();
  });
});

// A second standards read of both built pages: what no report says, said no more.
describe('both editions, after the second standards read', () => {
  const stepOf = (story: Story, id: string) => story.chapters.flatMap((chapter) => chapter.steps).find((step) => step.id === id);
  const bodyOf = (story: Story, id: string) => stepOf(story, id)?.body.join(' ') ?? '';

  it('dates only the two posts Report A reproduces that bear 27 May, not the president’s of the 28th', () => {
    const captions = [STORY, STORY_FR].map((story) => story.chapters.find((chapter) => chapter.id === 'aftermath')?.caption ?? '');
    expect(captions[0]).toMatch(/the mayor’s and Infos Françaises’ posts that Report A reproduces are dated “May 27, 2018”/);
    expect(captions[1]).toMatch(/les messages de la maire et d’Infos Françaises que reproduit l’Article A sont datés du 27 mai/);
  });

  it('does not say the mayor’s other words were French: no report says in which language she wrote them', () => {
    expect(bodyOf(STORY, 'reactions-mayor')).not.toMatch(/Her posts were in French/);
    expect(bodyOf(STORY, 'reactions-mayor')).toMatch(/does not say in which language she wrote them/);
    expect(bodyOf(STORY_FR, 'reactions-mayor')).not.toMatch(/Ses messages étaient en français|qui ne reprend pas ses mots/);
    expect(bodyOf(STORY_FR, 'reactions-mayor')).toMatch(/sans dire en quelle langue elle les a écrits/);
  });

  it('tells not the parents’ absence, a detail one report gives, in the parents’ step', () => {
    const parentsStep = STORY.chapters.flatMap((chapter) => chapter.steps).find((step) => /father/.test(step.body.join(' ')) && step.id.startsWith('reactions'))?.id ?? '';
    expect(bodyOf(STORY, parentsStep)).not.toMatch(/parents were not there/);
    expect(bodyOf(STORY_FR, parentsStep)).not.toMatch(/parents de l’enfant n’étaient pas présents/);
  });
});

