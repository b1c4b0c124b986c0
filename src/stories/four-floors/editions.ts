// The story's editions: each is its own page, with its own words, at its own address. The English one
// is the default (x-default); every step id is shared, so a reader switching keeps their step.
import type { Edition } from '../../kit/content/types.ts';

export const EDITIONS = [
  { lang: 'en', locale: 'en_GB', name: 'English', path: '' },
  { lang: 'fr', locale: 'fr_FR', name: 'Français', path: 'fr/' },
] as const satisfies readonly Edition[];
