// A story's content problems as its writer meets them: found by the kit's checks over the story and
// its reports (one report changed by a test, say), then placed at the file and line of the words they
// are about in the story's documents, as the build and the dev server place them.
//   const { reportsWith, located, expectAt } = documentProblems({ root, storyDir, page, reports });
//   expectAt(located(story, reportsWith('at seven', 'reportedly at seven'), 'Claim "seven"'), /lamp\.en\.aml$/, 'statement:');
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { locateProblems } from '../../scripts/locateProblems.ts';
import type { ReportTexts } from '../../src/kit/checks/validate.ts';
import { findStoryProblems } from '../../src/kit/checks/findStoryProblems.ts';
import type { PageHead, Story } from '../../src/kit/content/types.ts';

interface StoryDocuments {
  /** The repository's root, which the located files are named from. */
  root: string;
  /** The story's folder, from the root. */
  storyDir: string;
  page: PageHead;
  reports: ReportTexts;
}

export function documentProblems({ root, storyDir, page, reports }: StoryDocuments) {
  /** The reports with `from` replaced by `to` in the one that has it. */
  const reportsWith = (from: string, to: string): ReportTexts => {
    const file = Object.keys(reports).find((name) => reports[name]?.includes(from));
    if (!file) throw new Error(`No report has "${from}"`);
    return { ...reports, [file]: reports[file]!.replace(from, to) };
  };

  /** The first of the story's problems that starts with `label`, at the file and line found for it. */
  const located = (story: Story, texts: ReportTexts, label: string): string => {
    const problem = findStoryProblems(story, page, texts).find((candidate) => candidate.startsWith(label));
    if (!problem) throw new Error(`No problem starts with ${label}`);
    return locateProblems([problem], storyDir, story.meta.lang)[0]!;
  };

  /** The text of `file`'s line `line` (1-based). */
  const lineText = (file: string, line: number): string => readFileSync(join(root, file), 'utf8').split('\n')[line - 1] ?? '';

  /** Splits `file:line: message`, and checks the line named holds `words`. */
  const expectAt = (locatedProblem: string, file: RegExp, words: string): void => {
    const match = /^([^:]+):(\d+): /.exec(locatedProblem);
    expect(match, `a file and line before: ${locatedProblem}`).not.toBeNull();
    expect(match![1]).toMatch(file);
    expect(lineText(match![1]!, Number(match![2]))).toContain(words);
  };

  return { reportsWith, located, lineText, expectAt };
}
