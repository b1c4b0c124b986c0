// The desk's quoted-words rule: words of ours in quotation marks are a report's words, and where the
// sentence credits them to reports ("Reports A and B agree on “…”"), they are each of those reports'
// words. Read over the story's data (editorialRules.ts) and over the finished page (pageQuotes.ts).
//   const problems = findQuotedWordProblems('story.chapters[rescue].caption', caption, reports, { sources, lang });
import type { Report } from '../content/types.ts';
import { isVerbatimIn, type ReportTexts } from './validate.ts';

/** How an edition names the reports in its prose: each report's label ("Report A", "Article A"), and its language. */
export interface ReportNames {
  reports: readonly Pick<Report, 'id' | 'file' | 'label'>[];
  lang: string;
}

/**
 * The words that join report letters in a list ("Reports A, B and C", "les Articles A et B"), in each
 * edition's language: an edition in a language with no list here is a content problem.
 */
export const LIST_WORDS: Readonly<Record<string, readonly string[]>> = { en: ['and'], fr: ['et'] };

/** Quoted spans in our prose: curly or straight double quotation marks, or French guillemets. */
const QUOTED_SPAN = /“([^”]+)”|"([^"]+)"|«\s*([^»]+?)\s*»/g;

/** Every span our words put in quotation marks. */
export function quotedSpans(prose: string): string[] {
  return [...prose.matchAll(QUOTED_SPAN)].map((match) => match[1] ?? match[2] ?? match[3] ?? '').filter((span) => span.trim() !== '');
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A finder for the reports a text names, from their labels: a label's last word is the report's key
 * ("A"), the words before it its stem ("Report"), which may be plural before a list of keys and
 * capitalised or not ("Reports A and C", "l’Article C", "les Articles A et B").
 */
function reportFinder({ reports, lang }: ReportNames): (text: string) => Array<ReportNames['reports'][number]> {
  const byStem = new Map<string, Map<string, ReportNames['reports'][number]>>();
  for (const report of reports) {
    const at = report.label.lastIndexOf(' ');
    if (at < 0) continue;
    const stem = report.label.slice(0, at);
    byStem.set(stem, (byStem.get(stem) ?? new Map()).set(report.label.slice(at + 1), report));
  }
  const joins = (LIST_WORDS[lang] ?? []).map(escapeRegExp);
  const finders = [...byStem].map(([stem, keys]) => {
    const key = `(?:${[...keys.keys()].map(escapeRegExp).join('|')})(?!\\p{L})`;
    const head = `[${stem[0]?.toUpperCase()}${stem[0]?.toLowerCase()}]${escapeRegExp(stem.slice(1))}`;
    const more = joins.length > 0 ? `(?:\\s*,\\s*|\\s+(?:${joins.join('|')})\\s+)` : '\\s*,\\s*';
    return { keys, list: new RegExp(`(?<!\\p{L})${head}s?\\s+${key}(?:${more}${key})*`, 'gu'), key: new RegExp(key, 'gu') };
  });
  return (text) => {
    const named = new Set<ReportNames['reports'][number]>();
    for (const { keys, list, key } of finders) {
      for (const [mention] of text.matchAll(list)) {
        const letters = mention.slice(mention.search(/\s/));
        for (const [letter] of letters.matchAll(key)) named.add(keys.get(letter)!);
      }
    }
    return reports.filter((report) => named.has(report));
  };
}

/** One clause of our prose (a sentence, or a part of it between semicolons), with the sentence it belongs to. */
interface Clause {
  text: string;
  sentence: string;
  /** Whether it starts a sentence (a clause naming no report takes the credit of the clause before it in its sentence). */
  isFirst: boolean;
}

/** Splits prose into clauses, at sentence ends and semicolons outside quotation marks. */
function clausesOf(prose: string): Clause[] {
  const quoted = [...prose.matchAll(QUOTED_SPAN)].map((match) => [match.index, match.index + match[0].length - 1] as const);
  const isInside = (at: number) => quoted.some(([start, end]) => at > start && at < end);
  const isClosing = (at: number) => quoted.some(([, end]) => at === end);
  const sentences: Array<Array<string>> = [[]];
  let start = 0;
  for (let at = 0; at < prose.length; at += 1) {
    if (isInside(at)) continue;
    const isSentenceEnd = /[.!?]/.test(prose[at] ?? '') || (isClosing(at) && /[.!?]/.test(prose[at - 1] ?? ''));
    const isBreak = at + 1 === prose.length || /\s/.test(prose[at + 1] ?? '');
    if (prose[at] === ';' || (isSentenceEnd && isBreak)) {
      sentences.at(-1)!.push(prose.slice(start, at + 1));
      start = at + 1;
      if (isSentenceEnd) sentences.push([]);
    }
  }
  sentences.at(-1)!.push(prose.slice(start));
  return sentences.flatMap((parts) => {
    const sentence = parts.join('').trim();
    return parts.filter((part) => part.trim() !== '').map((part, index) => ({ text: part, sentence, isFirst: index === 0 }));
  });
}

/** "Report A", "Report A and Report B", "Report A, Report B and Report C". */
const listLabels = (named: readonly { label: string }[]) => named.map((report) => report.label).join(', ').replace(/, ([^,]*)$/, ' and $1');

/**
 * Words our prose puts in quotation marks must be some report's words; where their clause names
 * reports (or, naming none, the clause before it in its sentence does), each of those reports'.
 * `unitCredit` stands for the reports of the claim or reading the prose belongs to, where its
 * sentence names none.
 */
export function findQuotedWordProblems(label: string, prose: string, reports: ReportTexts, names?: ReportNames, unitCredit: readonly string[] = []): string[] {
  const findNamed = names ? reportFinder(names) : () => [];
  const problems: string[] = [];
  let credited: ReturnType<typeof findNamed> = [];
  for (const clause of clausesOf(prose)) {
    const named = findNamed(clause.text);
    credited = named.length > 0 ? named : clause.isFirst ? [] : credited;
    const credit = credited.length > 0 ? credited : (names?.reports ?? []).filter((report) => unitCredit.includes(report.id));
    for (const words of quotedSpans(clause.text)) {
      if (!Object.values(reports).some((report) => isVerbatimIn(words, report))) {
        problems.push(`${label} quotes words no report has: “${words}”`);
        continue;
      }
      const missing = credit.filter((report) => !isVerbatimIn(words, reports[report.file] ?? ''));
      if (missing.length > 0) problems.push(`${label}: “${words}” is credited to ${listLabels(credit)} but is not verbatim in ${listLabels(missing)}, in the sentence: ${clause.sentence}`);
    }
  }
  return problems;
}
