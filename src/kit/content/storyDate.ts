// A story's ISO dates in its reader's words: the edition's language, read in UTC so that the server's
// render and the reader's browser write the same day whatever their time zones.
//   storyDate('2026-11-23', 'en') // "23 November 2026" (as the language writes it)

export function storyDate(iso: string, lang: string): string {
  const date = new Date(`${iso}T12:00:00Z`);
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
