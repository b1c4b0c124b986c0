// The shapes of this story's evidence as the reports print it, the same in every edition. Where an
// excerpt is someone's post that a report reproduces, `post` names whose; each edition says it in its
// own words (its `posts`).
import type { ExcerptText } from '../../../kit/content/editions.ts';
import type { Claim, Evidence } from '../../../kit/content/types.ts';
import type { DiscrepancyId } from './discrepancies.ts';
import type { SourceId } from './reports.ts';

/** Whose posts the reports reproduce. */
export type PostAuthor = 'infos-francaises' | 'mayor' | 'president';

/** A report's words as printed, and whose post they are when they are one. */
export type StoryExcerpt = ExcerptText<SourceId> & { post?: PostAuthor };

/** A claim's evidence: every report's words for or against it; our statement of it is each edition's. */
export interface ClaimEvidence extends Pick<Claim, 'concerns'> {
  id: string;
  discrepancyId?: DiscrepancyId;
  evidence: readonly (StoryExcerpt & Pick<Evidence, 'stance'>)[];
}
