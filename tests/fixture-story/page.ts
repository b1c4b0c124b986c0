// The fixture page's head.
import type { PageHead } from '../../src/kit/content/types.ts';

export const FIXTURE_PAGE: PageHead = {
  title: 'The harbour lamp: a test story',
  description: 'A small story that proves the kit tells any story.',
  shareStep: 'lamp-lit',
  shareImageAlt: 'A tower with its lamp lit.',
};
