// The quoted-words rule over a whole rendered page, for the words no data check sees: labels and
// buttons in components, the share text, index.html's title and description. Quotations themselves
// (`data-quote` elements) are checked as verbatim elsewhere, and code samples quote no one; everything else that a reader sees or
// hears (text, alt, title, aria-label, meta content) must put only a report's words in quotation marks,
// and where a sentence names reports, each of those reports' words.
//   const problems = findPageQuoteProblems(readFileSync('dist/index.html', 'utf8'), reports, { reports: story.reports, lang: 'en' });
import { findQuotedWordProblems, type ReportNames } from './quotedWords.ts';
import type { ReportTexts } from './validate.ts';

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00A0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/** The page without what readers never see as words, and without the verified quotations. */
function stripUnchecked(html: string): string {
  return html
    // Code samples (the embed snippets) quote attribute values, not anyone's words.
    .replace(/<(script|style|code)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(\w+)\b[^>]*\sdata-quote(?:="")?(?=[\s>/])[^>]*>[\s\S]*?<\/\1>/g, ' ');
}

/** Attribute values that readers see or hear. */
function readableAttributes(html: string): string[] {
  const values: string[] = [];
  for (const tag of html.match(/<[a-z][^>]*>/gi) ?? []) {
    for (const [, name, value] of tag.matchAll(/\s(alt|title|aria-label|aria-description|placeholder|content)="([^"]*)"/g)) {
      // A meta's content is read only for the words of share tags and the description.
      if (name === 'content' && !/<meta\b[^>]*(name|property)="(description|og:title|og:description|og:image:alt|twitter:title|twitter:description|twitter:image:alt)"/.test(tag)) continue;
      values.push(decodeEntities(value ?? ''));
    }
  }
  return values;
}

/** Text runs between tags, each checked on its own so a quotation mark never pairs across elements. */
function textRuns(html: string): string[] {
  return html
    .replace(/<[^>]*>/g, '\u0000')
    .split('\u0000')
    .map((run) => decodeEntities(run).trim())
    .filter((run) => run !== '');
}

/**
 * Lists every span in quotation marks on the page, outside the verified quotations, that no report
 * has, or that a report its sentence names (by the edition's `names` for them) does not have.
 */
export function findPageQuoteProblems(html: string, reports: ReportTexts, names?: ReportNames): string[] {
  const page = stripUnchecked(html);
  return [...textRuns(page), ...readableAttributes(page)].flatMap((words) => findQuotedWordProblems('The page', words, reports, names));
}
