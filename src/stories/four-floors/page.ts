// The page's head in this edition: its title, description and the share image's alt text, from the
// edition's words (words.en.aml; see PageHead: build time only).
import type { PageHead } from '../../kit/content/types.ts';
import { PAGE_WORDS } from './words.en.aml.page.ts';

export const PAGE: PageHead = { ...PAGE_WORDS.page, shareStep: 'rescue-balcony' };
