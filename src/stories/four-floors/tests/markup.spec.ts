// Valid markup: the W3C Nu HTML checker (the vnu-jar package, run on Java) finds no error on any
// built page. Its CSS parser lags behind the CSS we use, so only its CSS messages are set aside.
// It reads dist/ rather than a page, so it runs once, in the desktop project.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect, test } from '../../../../tests/helpers/test.ts';
import { isDesktop } from '../../../../tests/helpers/projects.ts';

const DIST = join(import.meta.dirname, '..', '..', '..', '..', 'dist');
// The package exports the jar's path (as a String object).
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

/** The checker's errors for the given pages, one line each, CSS parser messages left out. */
function markupErrors(pages: string[]): string[] {
  let output = '';
  try {
    execFileSync('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'gnu', ...pages], { encoding: 'utf8', stdio: 'pipe' });
  } catch (failure) {
    // The checker exits non-zero when it reports an error; its report is on standard error.
    output = String((failure as { stderr?: string }).stderr ?? failure);
  }
  return output.split('\n').filter((line) => line.trim() !== '' && !/: error: CSS: /.test(line));
}

test('every built page is valid HTML', ({}, testInfo) => {
  test.skip(!isDesktop(testInfo), 'reads the build, not a page: once is enough');
  // Every edition's page (fr/index.html…), the embed demo and any other page.
  const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html')).map((name) => join(DIST, name));
  expect(pages.map((page) => page.slice(DIST.length + 1))).toContain(join('fr', 'index.html'));
  expect(markupErrors(pages)).toEqual([]);
});
