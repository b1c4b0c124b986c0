// Every excerpt the claims and the differences cite, by id: each written once, in the excerpts.aml of
// the chapter whose claims first cite it (or the sources chapter's, for one only a difference cites),
// or as a quotation. Loaded with the evidence: a quotation's words are already in the text.
import { EXCERPTS as CHAPTER_EXCERPTS } from './chapters.aml.evidence.ts';
import { QUOTE_EXCERPTS } from './quotes.ts';
import { EVIDENCE_WORDS as SOURCES } from './sources/excerpts.aml.evidence.ts';

export const EXCERPTS = { ...QUOTE_EXCERPTS, ...CHAPTER_EXCERPTS, ...SOURCES.excerpts };

/** The excerpts' ids: a claim or a reading citing another is a type error. */
export type ExcerptId = keyof typeof EXCERPTS;
