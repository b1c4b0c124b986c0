// Types for story-documents.mjs, which install, the dev server, the build and the tests run under plain Node.
/** A line of a document that gives a value or opens a part: what the locator searches. */
export interface DocumentLine {
  line: number;
  /** The key it sets (`kicker`, `sources.reports`), or the part it opens (`steps.rescue-street`). */
  key?: string;
  /** Its value's words: a key's, or a list item's. */
  value?: string;
}
export interface StoryDocument {
  file: string;
  data: Record<string, unknown>;
  lines: DocumentLine[];
  /** Each as `file:line: what is wrong`. */
  problems: string[];
}
export declare const MODULES: readonly { suffix: string; name: string; keys?: readonly string[] }[];
export declare function readDocument(file: string, text: string): StoryDocument;
export declare function splitByModule(data: Record<string, unknown>): { suffix: string; name: string; words?: Record<string, unknown> }[];
export declare function readDocuments(paths: string[]): StoryDocument[];
export declare function findDocuments(folder: string): string[];
export declare function writeDocuments(documents?: string[]): { problems: string[]; written: string[] };
