// The standards desk's rules, as checks over the story's data: quotation marks hold only a report's
// words, a hedged claim stays hedged, an excerpt keeps the "allegedly" of its sentence, a claim gives no number or day of the week that a report marked
// as stating it does not give, a single-source claim about a person's legal status or conduct names
// its report, and a report's slip reproduced in a quote is marked [sic].
//   const problems = findEditorialProblems(story, reports);
import { locateExcerpt } from './reportContext.ts';
import type { Claim, Excerpt, PageHead, Report, Story } from '../content/types.ts';
import { countsIn, COUNT_WORDS } from './countWords.ts';
import { findQuotedWordProblems, LIST_WORDS, type ReportNames } from './quotedWords.ts';
import { SIC, normalizeForComparison, type ReportTexts } from './validate.ts';

export { findQuotedWordProblems, quotedSpans } from './quotedWords.ts';
export { countsIn, COUNT_WORDS } from './countWords.ts';

/** The story, and its page's head when there is one: the head's words are ours too. */
type EditorialContent = Story & { page?: PageHead };

/**
 * Words by which a report signals that it relays what someone said or what is not established.
 * The desk's list ("allegedly", "reportedly", "apparently", "according to", "said", "says") and the
 * speech verbs the reports use to relay an account.
 */
export const HEDGE_WORDS = ['allegedly', 'reportedly', 'apparently', 'according to', 'said', 'says', 'say', 'told', 'added', 'explained', 'recalled', 'wrote', 'citing', 'as quoted by', 'reports', 'notes'];

/**
 * The words by which a report qualifies what its sentence says as unestablished: an excerpt from such
 * a sentence keeps the word, so that quoting the rest never states as fact what the report hedges.
 */
export const QUALIFYING_HEDGES = ['allegedly', 'reportedly', 'apparently'];

/**
 * What counts as keeping a hedge or an attribution in our own statement, in each edition's language:
 * an edition in a language with no list here is a content problem, so a new one must bring its own.
 */
export const ATTRIBUTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: [...HEDGE_WORDS, 'tells', 'writes', 'asked', 'called', 'quotes', 'quoted', 'reported', 'in his words', 'his account', 'own account', 'her account', 'her post', 'his post'],
  // The French desk's list: "selon", "d'après", the verbs of speech, and the conditional of hearsay ("serait", "aurait").
  fr: [
    'selon', 'd’après', "d'après", 'dit', 'disent', 'dire', 'affirme', 'affirment', 'raconte', 'raconté', 'déclare', 'déclaré', 'écrit', 'écrivent', 'explique', 'expliqué',
    'ajoute', 'ajouté', 'cite', 'citent', 'citant', 'cité', 'citée', 'rapporte', 'rapportent', 'rapportant', 'son récit', 'son propre récit', 'serait', 'seraient', 'aurait',
    'auraient', 'demandé', 'appelé', 'appellent', 'qualifié', 'surnomme',
  ],
};

/**
 * Statements about legal status or conduct must declare it, so the single-source rule can find them;
 * in each edition's language, matched as whole words. The desk's words, for any story; a story adds
 * the conduct particular to it (`meta.conductWords`).
 */
export const SENSITIVE_WORDS: Readonly<Record<string, RegExp>> = {
  en: /\b(illegal\w*|legal\w*|papers|permit|citizenship|nationality|regulari\w*|detained|custody|neglect|court|investigat\w*)\b/i,
  fr: /(?<!\p{L})(illégal\p{L}*|légal\p{L}*|papiers|titre de séjour|citoyenneté|nationalité|régularis\p{L}*|détenu\p{L}*|détention|garde à vue|négligence|tribunal|enquête)(?!\p{L})/iu,
};

/** Keys of the data whose strings are not our prose: ids, enums, what a scene draws, translations. An excerpt's `text` is skipped too (checked as verbatim on its own). */
const NOT_PROSE = new Set(['translation', 'id', 'quoteId', 'quoteIds', 'claimIds', 'discrepancyIds', 'discrepancyId', 'report', 'file', 'lang', 'stance', 'scene', 'picture', 'concerns', 'slips', 'shareStep']);

const containsWord = (text: string, word: string) => new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, 'iu').test(text);

/** Every string of ours in a value, with a path naming where it sits ("story.chapters.0.steps.2.alt"). */
export function collectProse(value: unknown, path: string): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => {
      const id = item && typeof item === 'object' && 'id' in item && typeof item.id === 'string' ? item.id : undefined;
      return collectProse(item, id ? `${path}[${id}]` : `${path}.${index}`);
    });
  }
  if (value && typeof value === 'object') {
    const isExcerpt = 'report' in value && 'text' in value;
    return Object.entries(value).flatMap(([key, item]) => (NOT_PROSE.has(key) || (isExcerpt && key === 'text') ? [] : collectProse(item, `${path}.${key}`)));
  }
  return [];
}

function reportFor(report: Excerpt['report'], storyReports: readonly Report[], reports: ReportTexts): string {
  return reports[storyReports.find((candidate) => candidate.id === report)?.file ?? ''] ?? '';
}

/** True when the report relays the words as someone's account, or hedges them: our statement must too. */
export function isHedged(excerpt: Excerpt, storyReports: readonly Report[], reports: ReportTexts): boolean {
  // Words kept in another language than the report's are a post the report reproduces: its author's own account.
  const reportLang = storyReports.find((report) => report.id === excerpt.report)?.lang ?? 'en';
  if (excerpt.lang !== undefined && excerpt.lang !== reportLang) return true;
  const location = locateExcerpt(excerpt.text, reportFor(excerpt.report, storyReports, reports));
  if (!location) return false;
  return location.isQuotedSpeech || HEDGE_WORDS.some((word) => containsWord(location.sentence, word));
}

/** True when our statement, in the edition's language, keeps a hedge, an attribution, or names a report. */
export function isAttributed(statement: string, storyReports: readonly Report[], lang = 'en'): boolean {
  return storyReports.some((report) => statement.includes(report.label)) || (ATTRIBUTION_WORDS[lang] ?? []).some((word) => containsWord(statement, word));
}

/** The report a claim rests on when exactly one report states it; undefined otherwise. */
function soleReport(claim: Claim, storyReports: readonly Report[]): Report | undefined {
  const supporting = claim.evidence.filter((evidence) => evidence.stance === 'states');
  return supporting.length === 1 ? storyReports.find((report) => report.id === supporting[0]?.report) : undefined;
}

/**
 * A number or a day of the week in our statement of a claim (an age, a count of floors, a date) is a
 * part of the claim that each report marked as stating it must give in its words for it: a report
 * that gives only the rest is not saying so, and the claim is to be split or the report marked silent.
 */
function findCountProblems(claim: Claim, content: EditorialContent): string[] {
  const given = countsIn(claim.statement, content.meta.lang);
  return claim.evidence
    .filter((evidence) => evidence.stance === 'states')
    .flatMap((evidence) => {
      const report = content.reports.find((candidate) => candidate.id === evidence.report);
      const theirs = new Set(countsIn(evidence.text, evidence.lang ?? report?.lang ?? 'en').map((count) => count.value));
      return given
        .filter((count) => !theirs.has(count.value))
        .map((count) => `Claim "${claim.id}" gives “${count.words}”, which ${report?.label ?? evidence.report}, marked as stating it, does not give in its words for it: ${claim.statement}`);
    });
}

function findClaimRuleProblems(claim: Claim, content: EditorialContent, reports: ReportTexts): string[] {
  const label = `Claim "${claim.id}"`;
  const problems: string[] = [];
  const supporting = claim.evidence.filter((evidence) => evidence.stance === 'states');
  const { lang } = content.meta;
  if (supporting.length > 0 && supporting.every((evidence) => isHedged(evidence, content.reports, reports)) && !isAttributed(claim.statement, content.reports, lang)) {
    problems.push(`${label}: every report that states it hedges or relays it, but our statement does not: ${claim.statement}`);
  }
  const isSensitive = SENSITIVE_WORDS[lang]?.test(claim.statement) || (content.meta.conductWords ?? []).some((word) => containsWord(claim.statement, word));
  if (!claim.concerns && isSensitive) {
    problems.push(`${label} speaks of legal status or conduct but does not say so (set "concerns")`);
  }
  problems.push(...findCountProblems(claim, content));
  const only = soleReport(claim, content.reports);
  if (claim.concerns && only && !claim.statement.includes(only.label)) {
    problems.push(`${label} is about ${claim.concerns} and rests on ${only.label} alone, but does not name it: ${claim.statement}`);
  }
  return problems;
}

/** A step resting on a single-source claim about legal status or conduct names that report in its prose. */
function findStepAttributionProblems(content: EditorialContent): string[] {
  const problems: string[] = [];
  for (const step of content.chapters.flatMap((chapter) => chapter.steps)) {
    const prose = (step.body ?? []).join(' ');
    for (const claim of content.claims.filter((candidate) => step.claimIds.includes(candidate.id) && candidate.concerns)) {
      const only = soleReport(claim, content.reports);
      if (only && !prose.includes(only.label)) {
        problems.push(`Step "${step.id}" rests on "${claim.id}" (${claim.concerns}, ${only.label} alone) but its prose does not name ${only.label}`);
      }
    }
  }
  return problems;
}

/** Every excerpt in the content, with a label for messages. */
function allExcerpts(content: EditorialContent): Array<[string, Excerpt]> {
  return [
    ...content.quotes.map((quote): [string, Excerpt] => [`Quote "${quote.id}"`, quote]),
    ...content.claims.flatMap((claim) => claim.evidence.map((evidence): [string, Excerpt] => [`Claim "${claim.id}", report ${evidence.report},`, evidence])),
    ...content.discrepancies.flatMap((discrepancy) =>
      discrepancy.readings.flatMap((reading) => reading.excerpts.map((excerpt): [string, Excerpt] => [`Discrepancy "${discrepancy.id}", reading "${reading.label}",`, excerpt])),
    ),
  ];
}

/** An excerpt taken from a sentence its report qualifies ("allegedly", "apparently") keeps that word. */
function findCutHedgeProblems(content: EditorialContent, reports: ReportTexts): string[] {
  return allExcerpts(content).flatMap(([label, excerpt]) => {
    const sentence = locateExcerpt(excerpt.text, reportFor(excerpt.report, content.reports, reports))?.sentence ?? '';
    return QUALIFYING_HEDGES.filter((word) => containsWord(sentence, word) && !containsWord(excerpt.text, word)).map(
      (word) => `${label} leaves out the report’s “${word}”, which qualifies the sentence it is taken from: ${sentence}`,
    );
  });
}

/** A quote that reproduces a report's slip marks it [sic], right after the slip. */
function findSlipProblems(content: EditorialContent): string[] {
  return allExcerpts(content).flatMap(([label, excerpt]) => {
    const slips = content.reports.find((report) => report.id === excerpt.report)?.slips ?? [];
    const words = normalizeForComparison(excerpt.text.replaceAll(SIC, ''));
    return slips
      .filter((slip) => words.includes(normalizeForComparison(slip.words)) && !excerpt.text.includes(`${slip.mark} ${SIC}`))
      .map((slip) => `${label} reproduces the report's slip "${slip.mark}" without ${SIC}`);
  });
}

/**
 * The reports a claim's statement and a reading's label belong to, by the path collectProse gives
 * them: quoted words there, in a sentence naming no report, are credited to those reports.
 */
function unitCredits(content: EditorialContent): Map<string, readonly string[]> {
  const credits = new Map<string, readonly string[]>();
  for (const claim of content.claims) {
    credits.set(`story.claims[${claim.id}].statement`, claim.evidence.filter((evidence) => evidence.stance === 'states').map((evidence) => evidence.report));
  }
  for (const discrepancy of content.discrepancies) {
    discrepancy.readings.forEach((reading, index) => {
      credits.set(`story.discrepancies[${discrepancy.id}].readings.${index}.label`, reading.excerpts.map((excerpt) => excerpt.report));
    });
  }
  return credits;
}

/** Lists every breach of the desk's rules; an empty list means the copy may ship. */
export function findEditorialProblems(content: EditorialContent, reports: ReportTexts): string[] {
  const prose = collectProse(content, 'story');
  const { lang } = content.meta;
  const unlisted = [
    ATTRIBUTION_WORDS[lang] ? [] : [`The desk lists no hedge or attribution words in "${lang}"`],
    SENSITIVE_WORDS[lang] ? [] : [`The desk lists no legal-status or conduct words in "${lang}"`],
    LIST_WORDS[lang] ? [] : [`The desk lists no words joining report names in "${lang}"`],
    COUNT_WORDS[lang] ? [] : [`The desk lists no words for numbers and days of the week in "${lang}"`],
  ];
  const names: ReportNames = { reports: content.reports, lang };
  const credits = unitCredits(content);
  return [
    ...unlisted.flat(),
    ...prose.flatMap(([path, text]) => findQuotedWordProblems(path, text, reports, names, credits.get(path))),
    ...content.claims.flatMap((claim) => findClaimRuleProblems(claim, content, reports)),
    ...findStepAttributionProblems(content),
    ...findSlipProblems(content),
    ...findCutHedgeProblems(content, reports),
  ];
}
