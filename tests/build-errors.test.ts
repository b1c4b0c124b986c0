// A content problem reaches the writer: the build stops with the content check's own message, and
// no other error after it (the app-chunk rule, run on the half-built graph, used to replace it with
// "the app chunk would be empty"). Built from the fixture story, with one word of a report changed.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, expect, test } from 'vitest';
import { storyConfig } from '../scripts/storyConfig.ts';
import { FIXTURE_PAGE } from './fixture-story/page.ts';
import { FIXTURE_STORY } from './fixture-story/story.ts';

const FIXTURE = join(import.meta.dirname, 'fixture-story');
const scratch = mkdtempSync(join(tmpdir(), 'build-errors-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test('a quote that is not verbatim stops the build with the content check’s message alone', async () => {
  const reportsDir = join(scratch, 'reports');
  cpSync(join(FIXTURE, 'reports'), reportsDir, { recursive: true });
  const report = join(reportsDir, 'fixture-a.txt');
  const text = readFileSync(report, 'utf8');
  expect(text).toContain('climbed the stairs');
  writeFileSync(report, text.replace('climbed the stairs', 'walked up the stairs'));
  const config = storyConfig({ story: FIXTURE_STORY, page: FIXTURE_PAGE, root: FIXTURE, outDir: join(scratch, 'dist'), reportsDir });
  const failure: unknown = await build({ ...config, configFile: false, logLevel: 'silent' }).then(
    () => undefined,
    (error: unknown) => error,
  );
  const message = failure instanceof Error ? failure.message : String(failure);
  // One error, the content check's, naming the quote and the report.
  expect(message).toContain('Build failed with 1 error');
  expect(message).toMatch(/\[plugin content-check\][\s\S]*The story's content \(en\) has \d+ problem/);
  expect(message).toContain('Quote "climbed" is not verbatim in fixture-a.txt');
  expect(message).not.toContain('app chunk');
}, 60_000);
