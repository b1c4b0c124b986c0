// Where the fixture story's reports are, and where its build goes: node_modules/.cache, so that it
// never ships.
import { join } from 'node:path';

export const FIXTURE_REPORTS = join(import.meta.dirname, 'reports');

export const FIXTURE_DIST = join(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'fixture-story');
