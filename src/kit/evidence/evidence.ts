// Reading the claims data: how each report stands on a claim, and the orders the claims table can
// sort by. Pure functions over the typed content.
//   stanceOf(index.claim('height'), 'C') // 'differs'
import type { Claim, Stance } from '../content/types.ts';

/** The id of a discrepancy's callout in the sources chapter, for links to it. */
export function discrepancyAnchor(id: string): string {
  return `differ-${id}`;
}

/** How one report stands on one claim. */
export function stanceOf(claim: Claim, report: string): Stance {
  return claim.evidence.find((evidence) => evidence.report === report)?.stance ?? 'silent';
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

/** The claims in story order, A to Z by statement (in the story's language), or most reports agreeing first (ties keep story order). */
export function sortClaims(claims: readonly Claim[], order: ClaimOrder, lang: string): Claim[] {
  const sorted = [...claims];
  if (order === 'claim') sorted.sort((a, b) => a.statement.localeCompare(b.statement, lang));
  if (order === 'agreement') sorted.sort((a, b) => agreementCount(b) - agreementCount(a));
  return sorted;
}
