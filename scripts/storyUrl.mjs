// Where the story will be published, for the canonical link, the share tags, the oEmbed answer and
// the Content-Security-Policy, which must be absolute. Set STORY_URL at build time; the default is a
// placeholder on a reserved domain.
//   STORY_URL=https://news.example/gassama/ npm run build
export const STORY_URL = new URL(process.env.STORY_URL ?? 'https://example.org/story/').href;
