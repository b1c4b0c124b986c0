// The reader's step, kept for this tab, so that a reload lands on it even when the address has not
// caught up yet (useStepUrl writes the address only once the reader has stopped on a step).
//   rememberStep('reactions-phone');  …reload…  recallStepAfterReload(STEP_IDS) === 'reactions-phone'
// Storage can be refused (a sandboxed frame, a privacy setting): then the address alone is used.
import { forgetStored, readStored, writeStored } from '../hooks/readerStorage.ts';

function storageKey(): string {
  return `story-step:${window.location.pathname}`;
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
