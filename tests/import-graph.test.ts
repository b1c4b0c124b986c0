// The import graph of src/ and scripts/, read by dependency-cruiser against the rules in
// .dependency-cruiser.cjs: no loops (type-only imports and import() count), the kit below every
// story, the build's tools above the page, each chapter below its story and apart from the others.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
  cycle?: { name: string }[];
}

function violations(): string[] {
  const cli = join(import.meta.dirname, '..', 'node_modules', '.bin', 'depcruise');
  const output = execFileSync(cli, ['src', 'scripts', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], { cwd: join(import.meta.dirname, '..'), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const { summary } = JSON.parse(output) as { summary: { violations: Violation[]; totalCruised: number } };
  return summary.violations.map(({ rule, from, to, cycle }) => `${rule.name}: ${from} → ${cycle ? cycle.map((step) => step.name).join(' → ') : to}`);
}

describe('the import graph', () => {
  it('has no loop, and every import runs down the layers', () => {
    expect(violations()).toEqual([]);
  }, 60_000);
});
