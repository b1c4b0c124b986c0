// A content problem reaches the writer: the build stops with the content check's own message, and
// no other error after it (the app-chunk rule, run on the half-built graph, used to replace it with
// "the app chunk would be empty"). Built from the fixture story, with one word of a report changed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, expect, test } from 'vitest';
import { storyConfig } from '../scripts/storyConfig.ts';
import { BROKEN_QUOTE_AT, BROKEN_QUOTE_PROBLEM, FIXTURE, reportsWithBrokenQuote } from './helpers/brokenReport.ts';
import { FIXTURE_PAGE } from './fixture-story/page.ts';
import { FIXTURE_STORY } from './fixture-story/story.ts';

const scratch = mkdtempSync(join(tmpdir(), 'build-errors-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test('a quote that is not verbatim stops the build with the content check’s message alone', async () => {
  const { reportsDir } = reportsWithBrokenQuote(scratch);
  const config = storyConfig({ story: FIXTURE_STORY, page: FIXTURE_PAGE, root: FIXTURE, outDir: join(scratch, 'dist'), reportsDir });
  const failure: unknown = await build({ ...config, configFile: false, logLevel: 'silent' }).then(
    () => undefined,
    (error: unknown) => error,
  );
  const message = failure instanceof Error ? failure.message : String(failure);
  // One error, the content check's, naming the quote and the report, at the line its words are written on.
  expect(message).toContain('Build failed with 1 error');
  expect(message).toMatch(/\[plugin content-check\][\s\S]*The story's content \(en\) has \d+ problem/);
  expect(message).toContain(`${BROKEN_QUOTE_AT}: ${BROKEN_QUOTE_PROBLEM}`);
  expect(message).not.toContain('app chunk');
}, 60_000);
