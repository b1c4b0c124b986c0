// Reading the claims data: how each report stands on a claim or a step, said in words, and the orders
// the claims table can sort by. Pure functions over the typed content.
//   describeStances(stepStances(claimsByIds(step.claimIds))) // "Reported by A and B; not in C"
import { CLAIMS } from '../content/claims.ts';
import { DISCREPANCIES } from '../content/discrepancies.ts';
import type { Claim, Discrepancy, SourceId, Stance } from '../content/types.ts';

export const SOURCE_IDS: readonly SourceId[] = ['A', 'B', 'C'];

export type Stances = Record<SourceId, Stance>;

/** The claims a step names, in its order; an unknown id is a programming error (the build checks ids). */
export function claimsByIds(ids: readonly string[], claims: readonly Claim[] = CLAIMS): Claim[] {
  return ids.map((id) => {
    const claim = claims.find((candidate) => candidate.id === id);
    if (!claim) throw new Error(`Unknown claim "${id}"`);
    return claim;
  });
}

/** Finds a discrepancy by id; the build checks every id a step or claim names. */
export function getDiscrepancy(id: string, discrepancies: readonly Discrepancy[] = DISCREPANCIES): Discrepancy {
  const discrepancy = discrepancies.find((candidate) => candidate.id === id);
  if (!discrepancy) throw new Error(`Unknown discrepancy "${id}"`);
  return discrepancy;
}

/** The id of a discrepancy's callout in the sources chapter, for links to it. */
export function discrepancyAnchor(id: string): string {
  return `differ-${id}`;
}

/** How one report stands on one claim. */
export function stanceOf(claim: Claim, source: SourceId): Stance {
  return claim.evidence.find((evidence) => evidence.source === source)?.stance ?? 'silent';
}

/** How each report stands on a group of claims: it states them if it states any, else differs if it differs on any. */
export function stepStances(claims: readonly Claim[]): Stances {
  const stancesOf = (source: SourceId) => claims.map((claim) => stanceOf(claim, source));
  const combine = (source: SourceId): Stance => {
    const all = stancesOf(source);
    return all.includes('states') ? 'states' : all.includes('differs') ? 'differs' : 'silent';
  };
  return { A: combine('A'), B: combine('B'), C: combine('C') };
}

/** "A", "A and B", "A, B and C" (or "or" for the reports a claim is not in). */
function joinLetters(letters: readonly string[], conjunction: 'and' | 'or'): string {
  if (letters.length <= 1) return letters.join('');
  return `${letters.slice(0, -1).join(', ')} ${conjunction} ${letters.at(-1)}`;
}

/** Reports that differ on at least one of the claims, even where they state others. */
export function differingReports(claims: readonly Claim[]): SourceId[] {
  return SOURCE_IDS.filter((source) => claims.some((claim) => stanceOf(claim, source) === 'differs'));
}

/**
 * The stances in words, so colour and fill are never the only carriers: "Reported by A and C; B differs".
 * `differing` names reports that state some of a step's claims but differ on another.
 */
export function describeStances(stances: Stances, differing: readonly SourceId[] = []): string {
  const reportsWith = (stance: Stance) => SOURCE_IDS.filter((source) => stances[source] === stance);
  const [states, differs, silent] = [reportsWith('states'), reportsWith('differs'), reportsWith('silent')];
  const parts = [states.length > 0 ? `Reported by ${joinLetters(states, 'and')}` : 'Reported by no report'];
  if (differs.length > 0) parts.push(`${joinLetters(differs, 'and')} ${differs.length === 1 ? 'differs' : 'differ'}`);
  if (silent.length > 0) parts.push(`not in ${joinLetters(silent, 'or')}`);
  const alsoDiffering = differing.filter((source) => stances[source] === 'states');
  if (alsoDiffering.length > 0) parts.push(`${joinLetters(alsoDiffering, 'and')} ${alsoDiffering.length === 1 ? 'differs' : 'differ'} on a detail`);
  return parts.join('; ');
}

/** How many reports state the claim. */
export function agreementCount(claim: Claim): number {
  return claim.evidence.filter((evidence) => evidence.stance === 'states').length;
}

export type ClaimOrder = 'story' | 'claim' | 'agreement';

/** The claims in story order, A to Z by statement, or most reports agreeing first (ties keep story order). */
export function sortClaims(claims: readonly Claim[], order: ClaimOrder): Claim[] {
  const sorted = [...claims];
  if (order === 'claim') sorted.sort((a, b) => a.statement.localeCompare(b.statement, 'en'));
  if (order === 'agreement') sorted.sort((a, b) => agreementCount(b) - agreementCount(a));
  return sorted;
}
