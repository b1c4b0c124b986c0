// Reading a built page's article data: its one NewsArticle JSON-LD block, and a file of a build.
//   const article = newsArticle(readBuilt(DIST, 'index.html'));
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';

export const readBuilt = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8');

/** The page's JSON-LD, of which it has exactly one block. */
export function newsArticle(html: string): Record<string, unknown> {
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  expect(blocks).toHaveLength(1);
  return JSON.parse(blocks[0]?.[1] ?? '{}') as Record<string, unknown>;
}
