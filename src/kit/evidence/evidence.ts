// Reading the claims data: how each report stands on a claim, and the orders the claims table can
// sort by. Pure functions over the typed content.
//   stanceOf(claimsByIds(['height'])[0], 'C') // 'differs'
import { CLAIMS } from '../../stories/four-floors/claims.ts';
import { DISCREPANCIES } from '../../stories/four-floors/sources/discrepancies.ts';
import type { Claim, Discrepancy, SourceId, Stance } from '../content/types.ts';

export const SOURCE_IDS: readonly SourceId[] = ['A', 'B', 'C'];

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

/** Whether any report says something other than the claim. */
export function isDisputed(claim: Claim): boolean {
  return claim.evidence.some((evidence) => evidence.stance === 'differs');
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
