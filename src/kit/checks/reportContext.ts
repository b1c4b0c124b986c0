// Where an excerpt sits in its report: the sentence around it, and whether it is someone's quoted
// words. The hedge rule reads this, because a report's "allegedly" or "he said" is often just
// outside the words we take from it.
//   const where = locateExcerpt('he fell from the balcony', reportText);
//   where?.sentence // 'On Saturday evening, the boy … was apparently outside … when he fell from …'
import { foldQuoteMarks, normalizeForComparison } from './validate.ts';

export interface ExcerptLocation {
  /** The whole sentence of the report that holds the excerpt's first words (quoted speech kept whole). */
  sentence: string;
  /** Whether the excerpt is, or starts inside, words the report puts in quotation marks. */
  isQuotedSpeech: boolean;
}

const SIC_OR_ELLIPSIS = /\s*\[sic\]|\s*(?:…|\.\.\.)[\s\S]*$/g;

/** Sentence ends: a stop (optionally closing a quotation) followed by white space, outside quotations. */
function sentenceBounds(paragraph: string, at: number): { start: number; end: number; depthAt: number } {
  let depth = 0;
  let start = 0;
  let depthAt = 0;
  for (let index = 0; index < paragraph.length; index += 1) {
    if (index === at) depthAt = depth;
    const char = paragraph[index];
    if (char === '"') depth = depth === 0 ? 1 : 0;
    const next = paragraph[index + 1];
    const isStop = (char === '.' || char === '!' || char === '?') && depth === 0;
    const isClosingStop = char === '"' && depth === 0 && /[.!?,]/.test(paragraph[index - 1] ?? '');
    if ((isStop || isClosingStop) && (next === undefined || next === ' ')) {
      // A closing quotation followed by an attribution ("…," he said.) is still the same sentence.
      const rest = paragraph.slice(index + 2);
      const continues = isClosingStop && /^[a-z]/.test(rest);
      if (!continues) {
        if (index >= at) return { start, end: index + 1, depthAt };
        start = index + 2;
      }
    }
  }
  return { start, end: paragraph.length, depthAt };
}

/** Finds the excerpt's first verbatim part in the report, paragraph by paragraph; undefined when absent. */
export function locateExcerpt(excerpt: string, report: string): ExcerptLocation | undefined {
  const firstPart = foldQuoteMarks(normalizeForComparison(excerpt.replace(SIC_OR_ELLIPSIS, '')));
  for (const rawParagraph of report.split(/\n+/)) {
    // The search folds quotation marks (our nested ‘…’ for the report's "…"); the sentence and its
    // quotation depth are read from the report's own marks, at the same positions.
    const paragraph = normalizeForComparison(rawParagraph);
    const at = foldQuoteMarks(paragraph).indexOf(firstPart);
    if (at < 0) continue;
    const { start, end, depthAt } = sentenceBounds(paragraph, at);
    return { sentence: paragraph.slice(start, end), isQuotedSpeech: depthAt > 0 || paragraph[at] === '"' };
  }
  return undefined;
}
