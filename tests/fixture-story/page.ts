// The fixture page's head, from its words (words.en.aml).
import type { PageHead } from '../../src/kit/content/types.ts';
import { PAGE_WORDS } from './words.en.aml.page.ts';

export const FIXTURE_PAGE: PageHead = { ...PAGE_WORDS.page, shareStep: 'lamp-lit' };
