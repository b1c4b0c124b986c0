import { describe, expect, it } from 'vitest';
import { CLAIMS } from '../src/content/claims.ts';
import {
  agreementCount,
  claimsByIds,
  describeStances,
  differingReports,
  sortClaims,
  stanceOf,
  stepStances,
} from '../src/story/evidence.ts';

describe('how the reports stand', () => {
  const [height] = claimsByIds(['height']);

  it('reads each report’s stance on a claim, silent where it gives no words', () => {
    expect(['A', 'B', 'C'].map((source) => stanceOf(height!, source as 'A'))).toEqual(['states', 'states', 'differs']);
    expect(stanceOf(claimsByIds(['football-match'])[0]!, 'A')).toBe('silent');
  });

  it('combines a step’s claims: a report states them if it states any', () => {
    const claims = claimsByIds(['height', 'shaken-after']);
    expect(stepStances(claims)).toEqual({ A: 'states', B: 'states', C: 'states' });
    expect(differingReports(claims)).toEqual(['C']);
    expect(stepStances(claimsByIds(['height']))).toEqual({ A: 'states', B: 'states', C: 'differs' });
  });

  it('says the stances in words, not in fill alone', () => {
    expect(describeStances({ A: 'states', B: 'states', C: 'states' })).toBe('Reported by A, B and C');
    expect(describeStances({ A: 'silent', B: 'states', C: 'silent' })).toBe('Reported by B; not in A or C');
    expect(describeStances({ A: 'states', B: 'states', C: 'differs' })).toBe('Reported by A and B; C differs');
    expect(describeStances({ A: 'states', B: 'states', C: 'states' }, ['C'])).toBe('Reported by A, B and C; C differs on a detail');
  });

  it('throws on an unknown claim id', () => {
    expect(() => claimsByIds(['nope'])).toThrow(/Unknown claim "nope"/);
  });
});

describe('the claims table’s orders', () => {
  it('keeps story order by default', () => {
    expect(sortClaims(CLAIMS, 'story').map((claim) => claim.id)).toEqual(CLAIMS.map((claim) => claim.id));
  });

  it('sorts by claim, A to Z', () => {
    const statements = sortClaims(CLAIMS, 'claim').map((claim) => claim.statement);
    expect(statements).toEqual([...statements].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('puts the most reports agreeing first, ties in story order', () => {
    const sorted = sortClaims(CLAIMS, 'agreement');
    const counts = sorted.map(agreementCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const threes = sorted.filter((claim) => agreementCount(claim) === 3).map((claim) => CLAIMS.indexOf(claim));
    expect(threes).toEqual([...threes].sort((a, b) => a - b));
  });
});
