// The published story's chapter list (chapters.aml): it lists every folder of chapters/, and no module
// of the story names a chapter's folder but the joins written from the list, so a new chapter is its
// folder and a line of the list (the kit's joins are tested in tests/chapter-joins.test.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const STORY_DIR = join(import.meta.dirname, '..');

describe('the chapter list', () => {
  it('lists every folder of its chapters, and names a chapter’s folder only in the joins of that list', () => {
    const list = readFileSync(join(STORY_DIR, 'chapters.aml'), 'utf8');
    const folders = readdirSync(join(STORY_DIR, 'chapters'));
    expect(folders.every((folder) => list.includes(`* ${folder}\n`))).toBe(true);
    // Outside the chapters' folders, their tests and the joins: the story's modules import no chapter by
    // name, so a new chapter is its folder and a line of the list. The one exception is the server
    // entry's share image, which draws one chapter's picture as the story's.
    const modules = readdirSync(STORY_DIR).filter((file) => /\.tsx?$/.test(file) && !file.startsWith('chapters.aml.'));
    const naming = modules.filter((file) => /from '\.\/chapters\//.test(readFileSync(join(STORY_DIR, file), 'utf8')));
    expect(naming).toEqual(['server.tsx']);
    expect(readdirSync(join(STORY_DIR, 'sources')).filter((file) => /\.tsx?$/.test(file) && /chapters\//.test(readFileSync(join(STORY_DIR, 'sources', file), 'utf8')))).toEqual([]);
  });
});
