// Reads the three reports from assets/reports for the build's content check and the tests.
//   const texts = readReportTexts(); // { '000_….txt': '…', … }
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportTexts } from '../src/kit/checks/validate.ts';

export const REPORTS_DIR = join(import.meta.dirname, '..', 'assets', 'reports');

export function readReportTexts(dir: string = REPORTS_DIR): ReportTexts {
  const texts: Record<string, string> = {};
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.txt'))) {
    texts[file] = readFileSync(join(dir, file), 'utf8');
  }
  return texts;
}
