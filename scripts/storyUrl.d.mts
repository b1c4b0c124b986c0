export const STORY_URL: string;
