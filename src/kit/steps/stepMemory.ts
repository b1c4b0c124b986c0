// The reader's step, kept for this tab, so that a reload lands on it even when the address has not
// caught up yet (useStepUrl writes the address only once the reader has stopped on a step); and, as
// the page goes, how far through it they were, so the reload lands on the same picture too.
//   rememberStep('reactions-phone');  …reload…  recallStepAfterReload(STEP_IDS) === 'reactions-phone'
//   rememberProgress('rescue-floor-2', 0.5);  …reload…  recallProgressAfterReload('rescue-floor-2') === 0.5
// Storage can be refused (a sandboxed frame, a privacy setting): then the address alone is used.
import { forgetStored, readStored, writeStored } from '../hooks/readerStorage.ts';

function storageKey(): string {
  return `story-step:${window.location.pathname}`;
}

function progressKey(): string {
  return `story-progress:${window.location.pathname}`;
}

/** How far through `stepId` the reader was; written as the page goes, not per scroll frame. */
export function rememberProgress(stepId: string | undefined, progress: number): void {
  if (stepId) writeStored(progressKey(), `${stepId} ${progress}`);
  else forgetStored(progressKey());
}

/** How far through `stepId` the reader was before this page was reloaded, if it was that step. */
export function recallProgressAfterReload(stepId: string): number | undefined {
  if (!isReload()) return undefined;
  const [kept, progress] = (readStored(progressKey()) ?? '').split(' ');
  const value = Number(progress);
  return kept === stepId && progress !== undefined && value >= 0 && value <= 1 ? value : undefined;
}

export function rememberStep(stepId: string | undefined): void {
  if (stepId) writeStored(storageKey(), stepId);
  else forgetStored(storageKey());
}

function isReload(): boolean {
  const [navigation] = performance.getEntriesByType('navigation');
  return navigation instanceof PerformanceNavigationTiming && navigation.type === 'reload';
}

/** The step the reader was on before this page was reloaded, if it is one of `stepIds`. */
export function recallStepAfterReload(stepIds: readonly string[]): string | undefined {
  if (!isReload()) return undefined;
  const stepId = readStored(storageKey());
  return stepId !== null && stepIds.includes(stepId) ? stepId : undefined;
}
