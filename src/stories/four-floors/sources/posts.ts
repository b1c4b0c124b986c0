// A report's words as the story holds them, the same in every edition (claims, claimEvidence.ts;
// differences, discrepancies.ts). Where an excerpt is someone's post that a report reproduces,
// `post` names whose; each edition says it in its own words (its `posts`).
import type { ExcerptText } from '../../../kit/content/editions.ts';
import type { ReportId } from './reports.ts';

/** Whose posts the reports reproduce. */
export type PostAuthor = 'infos-francaises' | 'mayor' | 'president';

/** A report's words as printed, and whose post they are when they are one. */
export type StoryExcerpt = ExcerptText<ReportId> & { post?: PostAuthor };
