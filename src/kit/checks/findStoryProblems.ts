// Every check the kit holds a story to, over the whole story object and its page's head: verbatim
// quotes and excerpts, the claims and discrepancies, the standards desk's rules. The build (vite.config.ts)
// and the unit tests run it, so copy that moves never slips out of it.
//   const problems = findStoryProblems(STORY, PAGE, readReportTexts());
import type { PageHead, Story } from '../content/types.ts';
import { findEditorialProblems } from './editorialRules.ts';
import { findContentProblems, type ReportTexts } from './validate.ts';
import { findEvidenceProblems } from './validateEvidence.ts';

export function findStoryProblems(story: Story, page: PageHead, reports: ReportTexts): string[] {
  return [
    ...findContentProblems(story, reports),
    ...findEvidenceProblems(story, reports),
    // The head's words are ours too: they are walked with the story's.
    ...findEditorialProblems({ ...story, page }, reports),
  ];
}
