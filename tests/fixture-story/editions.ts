// The fixture's two editions, as a story's are: each its own page, with its own words, at its own
// address, so that the kit's specs run on a story in two languages (the French at fr/).
import type { Edition } from '../../src/kit/content/types.ts';

export const FIXTURE_EDITIONS = [
  { lang: 'en', locale: 'en_GB', name: 'English', path: '' },
  { lang: 'fr', locale: 'fr_FR', name: 'Français', path: 'fr/' },
] as const satisfies readonly Edition[];
