/** The generated story the browser tests read, and where `npm test` builds it. */
export const LONG_STORY: { steps: number; perChapter: number };
export const LONG_STORY_DIST: string;
