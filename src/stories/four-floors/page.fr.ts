// The page's head in the French edition: its title, description and the share image's alt text (see
// PageHead: build time only).
import type { PageHead } from '../../kit/content/types.ts';
import { HEADLINE_FR } from './text.fr.ts';

export const PAGE_FR: PageHead = {
  title: `${HEADLINE_FR} : comment Mamoudou Gassama a sauvé un enfant à Paris`,
  description:
    'Le sauvetage de mai 2018 dans le 18e arrondissement de Paris, les réactions et la rencontre à l’Élysée, en un récit à faire défiler, construit à partir de trois articles de presse.',
  shareStep: 'rescue-balcony',
  shareImageAlt: `${HEADLINE_FR} : une illustration d’une façade parisienne, avec Mamoudou Gassama et l’enfant en sécurité sur un balcon, et une foule en contrebas.`,
};
