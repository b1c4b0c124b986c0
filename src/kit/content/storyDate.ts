// A story's ISO dates in its reader's words: the edition's language (or date locale), read in UTC so that the server's
// render and the reader's browser write the same day whatever their time zones.
//   storyDate('2026-11-23', 'en-GB') // "23 November 2026"

export function storyDate(iso: string, locale: string): string {
  const date = new Date(`${iso}T12:00:00Z`);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
