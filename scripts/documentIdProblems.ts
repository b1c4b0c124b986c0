// Words a document gives for something the story does not have: a step no chapter plans, a quotation,
// claim, discrepancy or reading the story does not hold, a translation of an excerpt no excerpts
// document writes. The type check catches words left out (each module is typed from its document);
// words left over would be dropped without a word, so the build and the dev server name their file and
// line. An edition's documents are named for its language (words.fr.aml); excerpts documents are every edition's.
//   documentIdProblems(STORY_FR, readDocuments(findDocuments('src/stories/four-floors')))   → ['…/words.fr.aml:31: words for a step "rescue-roof" that no chapter plans']
import type { Story } from '../src/kit/content/types.ts';
import type { StoryDocument } from './story-documents.mjs';

const keysOf = (value: unknown): string[] => (value && typeof value === 'object' ? Object.keys(value) : []);

/**
 * The line that gives words for `key` in a document's `part`: the part's own line (`{steps.rescue-roof}`),
 * or the key's line after the line that opens the part (`{translations}`, then `no-such-excerpt: …`).
 */
function lineOf(document: StoryDocument, part: string, key: string): number {
  const own = document.lines.find((line) => line.key === `${part}.${key}`);
  const from = document.lines.findIndex((line) => line.key === part);
  const within = from < 0 ? undefined : document.lines.slice(from + 1).find((line) => line.key === key || line.key?.startsWith(`${key}.`));
  return own?.line ?? within?.line ?? 1;
}

/** The problems of one edition's words, in the story's documents (every edition's, as read). */
export function documentIdProblems(story: Story, documents: readonly StoryDocument[]): string[] {
  const excerptIds = new Set(documents.filter(({ file }) => file.endsWith('excerpts.aml')).flatMap(({ data }) => [...keysOf(data.quotes), ...keysOf(data.excerpts)]));
  const known = {
    steps: new Set(story.chapters.flatMap((chapter) => chapter.steps.map((step) => step.id))),
    quotes: new Set<string>(story.quotes.map((quote) => quote.id)),
    claims: new Set<string>(story.claims.map((claim) => claim.id)),
    discrepancies: new Set<string>(story.discrepancies.map((discrepancy) => discrepancy.id)),
    translations: excerptIds,
  };
  const what = { steps: 'a step that no chapter plans', quotes: 'a quotation the story does not show', claims: 'a claim the story does not make', discrepancies: 'a discrepancy the story does not hold', translations: 'an excerpt that no excerpts document writes' };
  const edition = documents.filter(({ file }) => file.endsWith(`.${story.meta.lang}.aml`));
  return edition.flatMap((document) => {
    const problems = (Object.keys(known) as (keyof typeof known)[]).flatMap((part) =>
      keysOf(document.data[part])
        .filter((id) => !known[part].has(id))
        .map((id) => `${document.file}:${lineOf(document, part, id)}: words for ${what[part]}: "${id}"`),
    );
    // A reading's label the story does not show is one for a reading its difference does not have.
    const discrepancies = (document.data.discrepancies ?? {}) as Record<string, { readings?: Record<string, string> }>;
    for (const [id, words] of Object.entries(discrepancies)) {
      const labels = new Set(story.discrepancies.find((discrepancy) => discrepancy.id === id)?.readings.map((reading) => reading.label));
      for (const [reading, label] of Object.entries(words.readings ?? {})) {
        if (known.discrepancies.has(id) && !labels.has(label)) problems.push(`${document.file}:${lineOf(document, `discrepancies.${id}`, `readings.${reading}`)}: a label for a reading the discrepancy "${id}" does not have: "${reading}"`);
      }
    }
    return problems;
  });
}
