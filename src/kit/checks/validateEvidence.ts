// Checks the "how we know" layer against the reports: claims, their evidence and the discrepancies.
// Runs beside findContentProblems and findEditorialProblems (which reads every string of ours, these
// included, for quoted words) in the unit tests and in the build (vite.config.ts).
//   const problems = findEvidenceProblems(story, reportTexts);
import type { Claim, Discrepancy, Story } from '../content/types.ts';
import { isDisputed } from '../evidence/evidence.ts';
import { findExcerptProblems, normalizeForComparison, type ReportTexts } from './validate.ts';

function findRepeats(ids: readonly string[]): string[] {
  return ids.filter((id, index) => ids.indexOf(id) !== index);
}

function findClaimProblems(claim: Claim, content: Story, reports: ReportTexts): string[] {
  const label = `Claim "${claim.id}"`;
  const problems = claim.evidence.flatMap((evidence) =>
    findExcerptProblems(`${label}, report ${evidence.report},`, evidence, content.reports, reports, content.meta.lang),
  );
  if (!claim.evidence.some((evidence) => evidence.stance === 'states')) problems.push(`${label} has no supporting report`);
  for (const report of findRepeats(claim.evidence.map((evidence) => evidence.report))) {
    problems.push(`${label} gives report ${report} more than once`);
  }
  if (isDisputed(claim) && !claim.discrepancyId) problems.push(`${label} has a report that differs but no discrepancy to explain it`);
  if (claim.discrepancyId && !content.discrepancies.some((discrepancy) => discrepancy.id === claim.discrepancyId)) {
    problems.push(`${label} names unknown discrepancy "${claim.discrepancyId}"`);
  }
  return problems;
}

function findDiscrepancyProblems(discrepancy: Discrepancy, content: Story, reports: ReportTexts): string[] {
  const label = `Discrepancy "${discrepancy.id}"`;
  const problems: string[] = [];
  const readings = discrepancy.readings.filter((reading) => reading.excerpts.length > 0);
  // Two readings in the same words are one reading: count the distinct wordings.
  const wordings = new Set(readings.map((reading) => reading.excerpts.map((excerpt) => normalizeForComparison(excerpt.text)).sort().join('\n')));
  if (wordings.size < 2) problems.push(`${label} lists fewer than two differing readings`);
  const reportsHeard = new Set(readings.flatMap((reading) => reading.excerpts.map((excerpt) => excerpt.report)));
  if (reportsHeard.size < 2) problems.push(`${label} quotes fewer than two reports`);
  for (const reading of discrepancy.readings) {
    if (reading.excerpts.length === 0) problems.push(`${label}, reading "${reading.label}", quotes no report`);
    for (const excerpt of reading.excerpts) {
      problems.push(...findExcerptProblems(`${label}, reading "${reading.label}",`, excerpt, content.reports, reports, content.meta.lang));
    }
  }
  for (const repeated of findRepeats(discrepancy.readings.map((reading) => reading.label))) {
    problems.push(`${label} lists the reading "${repeated}" twice`);
  }
  if (discrepancy.explanation.length === 0) problems.push(`${label} has no explanation`);
  return problems;
}

/** Lists every problem in the claims and discrepancies and in how steps use them; empty means it may ship. */
export function findEvidenceProblems(content: Story, reports: ReportTexts): string[] {
  const problems: string[] = [];
  const claimIds = content.claims.map((claim) => claim.id);
  const discrepancyIds = content.discrepancies.map((discrepancy) => discrepancy.id);
  for (const id of findRepeats(claimIds)) problems.push(`Claim id "${id}" repeats`);
  for (const id of findRepeats(discrepancyIds)) problems.push(`Discrepancy id "${id}" repeats`);
  for (const claim of content.claims) problems.push(...findClaimProblems(claim, content, reports));
  for (const discrepancy of content.discrepancies) problems.push(...findDiscrepancyProblems(discrepancy, content, reports));

  const steps = content.chapters.flatMap((chapter) => chapter.steps);
  for (const step of steps) {
    if (step.claimIds.length === 0) problems.push(`Step "${step.id}" rests on no claim`);
    for (const id of step.claimIds.filter((claimId) => !claimIds.includes(claimId))) {
      problems.push(`Step "${step.id}" rests on unknown claim "${id}"`);
    }
    for (const id of step.discrepancyIds.filter((discrepancyId) => !discrepancyIds.includes(discrepancyId))) {
      problems.push(`Step "${step.id}" shows unknown discrepancy "${id}"`);
    }
  }
  for (const id of claimIds.filter((claimId) => !steps.some((step) => step.claimIds.includes(claimId)))) {
    problems.push(`Claim "${id}" is under no step`);
  }
  for (const id of discrepancyIds.filter((discrepancyId) => !steps.some((step) => step.discrepancyIds.includes(discrepancyId)))) {
    problems.push(`Discrepancy "${id}" is shown in no step`);
  }
  return problems;
}
