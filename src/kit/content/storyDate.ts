// A story's ISO dates in its reader's words: the edition's language (or date locale) and style, read
// in UTC so that the server's render and the reader's browser write the same day whatever their time
// zones.
//   storyDate('2026-11-23', { lang: 'en', dateLocale: 'en-GB' }) // "23 November 2026"
//   storyDate('2026-12-01', { lang: 'fr', dateStyle: 'full', firstOfMonth: '1er' }) // "mardi 1er décembre 2026"
import type { StoryMeta } from './types.ts';

export function storyDate(iso: string, meta: Pick<StoryMeta, 'lang' | 'dateLocale' | 'dateStyle' | 'firstOfMonth'>): string {
  const date = new Date(`${iso}T12:00:00Z`);
  const parts = new Intl.DateTimeFormat(meta.dateLocale ?? meta.lang, { dateStyle: meta.dateStyle ?? 'long', timeZone: 'UTC' }).formatToParts(date);
  // Intl writes the first of the month as a plain number; some languages write it as an ordinal (French "1er").
  return parts.map((part) => (part.type === 'day' && Number(part.value) === 1 && meta.firstOfMonth ? meta.firstOfMonth : part.value)).join('');
}
