// The page's head in this edition: its title, description and the share image's alt text (see
// PageHead: build time only).
import type { PageHead } from '../../kit/content/types.ts';
import { HEADLINE } from './text.ts';

export const PAGE: PageHead = {
  title: `${HEADLINE}: how Mamoudou Gassama saved a boy in Paris`,
  description:
    'A scroll-driven explainer of the May 2018 rescue in Paris’s 18th arrondissement, the reactions, and the meeting at the Élysée, built from three news reports.',
  shareStep: 'rescue-balcony',
  shareImageAlt: `${HEADLINE}: an illustration of a Paris façade, with Mamoudou Gassama and the boy safe on a balcony and a crowd below.`,
};
