// Reads a step id from the URL's fragment, accepting only ids the story has: anything else
// (malformed escapes, script-like text, very long values) is ignored and never rendered.

const LONGEST_ID = 80;

/** The step id named by `hash`, if it is one of `stepIds`; otherwise undefined. */
export function readStepFromHash(hash: string, stepIds: readonly string[]): string | undefined {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw.length === 0 || raw.length > LONGEST_ID * 3) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  return stepIds.includes(id) ? id : undefined;
}

/** The fragment to show for the reader's step: the step's id, or none above the first step. */
export function hashForStep(stepId: string | undefined): string {
  return stepId ? `#${stepId}` : '';
}
