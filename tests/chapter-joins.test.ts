// A story's chapter list (chapters.aml) joins its chapters' folders, so that a new chapter is its folder
// and one line of the list: the joins follow the list's order and hold only what each folder has, a
// folder the list leaves out or a listed chapter the story cannot tell is a problem at the list's line.
// The published story's own use of its list is tested with it (src/stories/four-floors/tests/chapters.test.ts).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeDocuments } from '../scripts/story-documents.mjs';

const ROOT = join(import.meta.dirname, '..');
const scratch = mkdtempSync(join(tmpdir(), 'chapter-joins-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const LIST = ['[chapters]', '* tower', '* lamp-room', '[]'];

/** A story folder of two chapters, each as `files` gives it (name → text), with the list `list`. */
function storyOf(name: string, list: readonly string[], chapters: Record<string, Record<string, string>>): string {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  for (const [id, files] of Object.entries(chapters)) {
    mkdirSync(join(dir, 'chapters', id), { recursive: true });
    for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, 'chapters', id, file), text);
  }
  writeFileSync(join(dir, 'chapters.aml'), list.join('\n'));
  return dir;
}

const words = (lang: string) => ['{steps.a}', `kicker: ${lang}`, '{}'].join('\n');
const plan = 'export const PLAN = {};\n';

describe('the chapter list', () => {
  const dir = storyOf('two-chapters', LIST, {
    tower: { 'plan.ts': plan, 'claims.ts': 'export const CLAIMS = [];\n', 'excerpts.aml': '{quotes.door}\nreport: A\ntext: The door\n{}', 'words.en.aml': words('en'), 'words.fr.aml': `${words('fr')}\n{claims.dusk}\nstatement: Au soir.\n{}` },
    'lamp-room': { 'plan.ts': plan, 'excerpts.aml': '{excerpts.lit}\nreport: B\ntext: The lamp was lit\n{}', 'words.en.aml': words('en'), 'words.fr.aml': words('fr') },
  });
  const documents = [join(dir, 'chapters.aml'), ...['tower', 'lamp-room'].flatMap((id) => ['excerpts.aml', 'words.en.aml', 'words.fr.aml'].map((file) => join(dir, 'chapters', id, file)))];
  const { problems } = writeDocuments(documents);
  const join_ = (suffix: string) => readFileSync(join(dir, `chapters.aml${suffix}`), 'utf8');

  it('joins the chapters in the list’s order, each part only from the folders that have it', () => {
    expect(problems).toEqual([]);
    expect(readdirSync(dir).filter((file) => file.startsWith('chapters.aml.')).sort()).toEqual([
      'chapters.aml.claims.ts',
      'chapters.aml.en.evidence.ts',
      'chapters.aml.en.ts',
      'chapters.aml.evidence.ts',
      'chapters.aml.fr.evidence.ts',
      'chapters.aml.fr.ts',
      'chapters.aml.plans.ts',
      'chapters.aml.ts',
    ]);
    expect(join_('.plans.ts')).toContain("import { PLAN as TOWER } from './chapters/tower/plan.ts';\nimport { PLAN as LAMP_ROOM } from './chapters/lamp-room/plan.ts';");
    expect(join_('.plans.ts')).toContain("export const CHAPTER_IDS = ['tower', 'lamp-room'] as const;\n/** Their plans, in the same order. */\nexport const PLANS = [TOWER, LAMP_ROOM] as const;");
    expect(join_('.ts')).toContain('export const QUOTE_EXCERPTS = { ...TOWER.quotes };');
    expect(join_('.evidence.ts')).toContain('export const EXCERPTS = { ...LAMP_ROOM.excerpts };');
    expect(join_('.claims.ts')).toContain('export const CLAIMS = [...TOWER] as const;');
    expect(join_('.en.ts')).toContain('export const CHAPTER_WORDS = [TOWER, LAMP_ROOM] as const;');
    expect(join_('.en.evidence.ts')).toContain('export const CLAIM_WORDS = {};');
    expect(join_('.fr.evidence.ts')).toContain('export const CLAIM_WORDS = { ...TOWER.claims };');
  });

  it('stops on a folder it leaves out, a chapter with no plan or no words in an edition, at the list’s line', () => {
    const at = (name: string) => relative(ROOT, join(scratch, name, 'chapters.aml'));
    const unlisted = storyOf('unlisted', ['[chapters]', '* tower', '[]'], { tower: { 'plan.ts': plan, 'words.en.aml': words('en') }, draft: { 'plan.ts': plan } });
    expect(writeDocuments([join(unlisted, 'chapters.aml')]).problems).toEqual([
      `${at('unlisted')}:1: the folder chapters/draft is no chapter of the list: add "* draft" where the story tells it, or move the folder out of chapters/`,
    ]);
    const unplanned = storyOf('unplanned', LIST, { tower: { 'plan.ts': plan, 'words.en.aml': words('en') }, 'lamp-room': { 'words.en.aml': words('en') } });
    expect(writeDocuments([join(unplanned, 'chapters.aml')]).problems).toEqual([
      `${at('unplanned')}:3: chapter "lamp-room" has no plan: chapters/lamp-room/plan.ts (export const PLAN = planChapter({ id: 'lamp-room', … }))`,
    ]);
    const untranslated = storyOf('untranslated', LIST, { tower: { 'plan.ts': plan, 'words.en.aml': words('en'), 'words.fr.aml': words('fr') }, 'lamp-room': { 'plan.ts': plan, 'words.en.aml': words('en') } });
    expect(writeDocuments([join(untranslated, 'chapters.aml')]).problems).toEqual([
      `${at('untranslated')}:3: chapter "lamp-room" has no words in "fr", as the other chapters have: chapters/lamp-room/words.fr.aml`,
    ]);
    const empty = storyOf('empty', ['[chapters]', '[]'], {});
    expect(writeDocuments([join(empty, 'chapters.aml')]).problems).toEqual([`${at('empty')}:1: the chapter list names no chapter: list each chapter's folder by its name on a line of its own, after a *, between [chapters] and []`]);
  });
});
