// A story's words are documents a reporter edits (*.aml): a line ArchieML would lose is named at its
// file and line, and the documents become modules by when a page needs them. That each content
// check's problem reaches its file and line is document-problems.test.ts's, on the fixture story's
// documents, as its build (build-errors.test.ts) and dev server (dev-overlay.spec.ts) show it.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDocument, writeDocuments } from '../scripts/story-documents.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'story-documents-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('a document', () => {
  it('reads as ArchieML reads it, and names each line it would lose', () => {
    const text = [':skip', 'A note to ourselves.', ':endskip', 'title: The lamp', 'kicker The tower', '[.body]', '* One.', '[]', 'dek: Two lines', 'and their end.', ':end'].join('\n');
    const document = readDocument('chapters/lamp.en.aml', text);
    expect(document.data).toMatchObject({ title: 'The lamp', dek: 'Two lines\nand their end.' });
    expect(document.problems).toEqual([expect.stringMatching(/^chapters\/lamp\.en\.aml:5: this line is read as no key/)]);
  });

  it('names every other line ArchieML would drop without a word', () => {
    const text = [
      '{steps.tower-door}',
      'kicker: At the door',
      '[.body]',
      '* The keeper reaches the tower.',
      'Note: he is late.',
      '[]',
      'kicker: At the tower door',
      '{}',
      '* A paragraph with no list.',
      '[method]',
      'lead: Made for tests.',
      '* A paragraph among parts.',
      'lead: Again.',
      'text: A second part, its lead given once.',
      '[]',
    ].join('\n');
    expect(readDocument('lamp.en.aml', text).problems).toEqual([
      'lamp.en.aml:5: "Note:" inside a list of paragraphs is dropped: start the line with * to make it a paragraph, or close the list with [] above it',
      'lamp.en.aml:7: "kicker" is given twice in {steps.tower-door}: the words on line 2 would be lost',
      'lamp.en.aml:9: a * paragraph outside a list is dropped: open the list with [.name] above it',
      'lamp.en.aml:12: a * paragraph inside a list of parts (keys) is dropped',
    ]);
  });

  it('becomes modules by when a page needs them, rewritten only when its words change', () => {
    const path = join(scratch, 'words.en.aml');
    writeFileSync(path, ['{meta}', 'headline: The lamp', '{}', '{page}', 'title: The lamp, a story', '{}', '{claims.dusk}', 'statement: At dusk.', '{}'].join('\n'));
    const first = writeDocuments([path]);
    expect(first.problems).toEqual([]);
    expect(first.written.map((file) => relative(scratch, file)).sort()).toEqual(['words.en.aml.evidence.ts', 'words.en.aml.page.ts', 'words.en.aml.ts']);
    expect(readFileSync(`${path}.ts`, 'utf8')).toContain('export const WORDS = {\n  meta: {\n    headline: "The lamp",\n  },\n} as const;');
    expect(readFileSync(`${path}.evidence.ts`, 'utf8')).toContain('export const EVIDENCE_WORDS = {\n  claims: {');
    expect(readFileSync(`${path}.page.ts`, 'utf8')).toContain('export const PAGE_WORDS = {\n  page: {');
    expect(writeDocuments([path]).written).toEqual([]);
    // A part moved out of the document takes its module with it.
    writeFileSync(path, ['{meta}', 'headline: The lamp', '{}'].join('\n'));
    expect(writeDocuments([path]).written.map((file) => relative(scratch, file)).sort()).toEqual(['words.en.aml.evidence.ts', 'words.en.aml.page.ts']);
    expect(existsSync(`${path}.page.ts`)).toBe(false);
  });
});
