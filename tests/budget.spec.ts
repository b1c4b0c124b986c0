// The byte budget of the production build that `npm test` has just made (gzipped, 1 KB = 1000 bytes).
// It reads dist/ rather than a page, so it runs once, in the desktop project.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { measureBuild } from '../scripts/bundle-bytes.mjs';

const DIST = join(import.meta.dirname, '..', 'dist');
const KB = 1000;

test.describe('the byte budget', () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'reads the build, not a page: once is enough');
  });

  test('keeps the JavaScript loaded before the story hydrates within 95 KB', () => {
    const bytes = measureBuild(DIST);
    expect(bytes.firstLoadJs, `first-load chunks: ${bytes.firstLoadFiles.join(', ')}`).toBeLessThanOrEqual(95 * KB);
  });

  test('keeps all JavaScript within 130 KB, scenes and motion features included', () => {
    const bytes = measureBuild(DIST);
    expect(bytes.firstSceneJs).toBeLessThanOrEqual(bytes.allJs);
    expect(bytes.allJs).toBeLessThanOrEqual(130 * KB);
  });

  test('keeps CSS within 15 KB', () => {
    expect(measureBuild(DIST).css).toBeLessThanOrEqual(15 * KB);
  });

  test('ships only woff2 fonts, and preloads the opening screen’s faces with font-display: optional', () => {
    const bytes = measureBuild(DIST);
    expect(bytes.fontFiles.length).toBeGreaterThan(0);
    expect(bytes.fontFiles.filter((name) => !name.endsWith('.woff2'))).toEqual([]);
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const preloaded = [...html.matchAll(/<link rel="preload" href="\/([^"]+)" as="font" type="font\/woff2" crossorigin/g)].map(([, href]) => href);
    expect(preloaded.length).toBeGreaterThan(0);
    for (const href of preloaded) expect(bytes.fontFiles).toContain(href);
    const stylesheet = html.match(/href="\/(assets\/[^"]+\.css)"/)?.[1];
    if (!stylesheet) throw new Error('The page links no stylesheet');
    const faces = readFileSync(join(DIST, stylesheet), 'utf8').match(/@font-face\{[^}]*\}/g) ?? [];
    expect(faces.length).toBe(bytes.fontFiles.length);
    for (const face of faces) expect(face).toContain('font-display:optional');
  });
});
