// Types for chapter-joins.mjs, which install, the dev server, the build and the tests run under plain Node.
import type { StoryDocument } from './story-documents.mjs';
/** The part of a document that makes it a chapter list. */
export declare const CHAPTER_LIST_KEY: 'chapters';
export declare function chapterJoins(document: StoryDocument, root: string, readChapterDocument: (path: string) => StoryDocument): { problems: string[]; modules: { path: string; text: string }[] };
