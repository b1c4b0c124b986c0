// The fixture's French page's head, from its words (words.fr.aml).
import type { PageHead } from '../../src/kit/content/types.ts';
import { PAGE_WORDS } from './words.fr.aml.page.ts';

export const FIXTURE_PAGE_FR: PageHead = { ...PAGE_WORDS.page, shareStep: 'lamp-lit' };
