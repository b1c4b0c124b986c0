// The fixture story's reports, copied into a scratch folder with one word of a report changed, so
// that the fixture's quote "climbed" is no longer verbatim; `restore` puts the word back.
//   const { reportsDir, restore } = reportsWithBrokenQuote(scratch);
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_REPORTS } from '../fixture-story/dist.ts';

export const FIXTURE = join(import.meta.dirname, '..', 'fixture-story');
/** What the content check says of the broken quote. */
export const BROKEN_QUOTE_PROBLEM = 'Quote "climbed" is not verbatim in fixture-a.txt';

/** Where the quote is written, as the build and the overlay name it: the line of its words in the fixture's excerpts document. */
export const BROKEN_QUOTE_AT = `tests/fixture-story/excerpts.aml:${
  readFileSync(join(FIXTURE, 'excerpts.aml'), 'utf8')
    .split('\n')
    .findIndex((line) => line === 'text: The keeper climbed the stairs of the old tower at dusk.') + 1
}`;

export function reportsWithBrokenQuote(scratch: string): { reportsDir: string; restore: () => void } {
  const reportsDir = join(scratch, 'reports');
  cpSync(FIXTURE_REPORTS, reportsDir, { recursive: true });
  const report = join(reportsDir, 'fixture-a.txt');
  const text = readFileSync(report, 'utf8');
  if (!text.includes('climbed the stairs')) throw new Error('The fixture report no longer has the words its broken copy changes');
  writeFileSync(report, text.replace('climbed the stairs', 'walked up the stairs'));
  return { reportsDir, restore: () => writeFileSync(report, text) };
}
