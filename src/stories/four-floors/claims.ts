// The facts the story rests on, in story order, each with every report's exact words for it (`states`)
// or against it (`differs`, explained by its discrepancy); a report not listed is silent. Steps name
// the claims they rest on (`claimIds`); the claims table in the sources chapter lists them all. Our
// statement of each is each edition's (each chapter's words). `npm test` and the build check each
// excerpt is verbatim, each claim has a report stating it, a claim whose reports all hedge keeps a
// hedge, and a single-source claim about a person's legal status or conduct names its report.
import { CLAIMS } from './chapters.aml.claims.ts';
import { EXCERPTS } from './excerpts.ts';
import { DISCREPANCY_EVIDENCE } from './sources/discrepancies.ts';
import { REPORTS_LANG } from './sources/reports.ts';

/** In story order: each chapter's claims, as its folder holds them (joined by the chapter list). */
export const CLAIM_EVIDENCE = CLAIMS;

export type ClaimId = (typeof CLAIM_EVIDENCE)[number]['id'];

/** What every edition's evidence tells (the kit's `tellEvidence`): the claims and the differences, loaded after the text. */
export const EVIDENCE_FACTS = { reportLang: REPORTS_LANG, excerpts: EXCERPTS, claims: CLAIM_EVIDENCE, discrepancies: DISCREPANCY_EVIDENCE };
