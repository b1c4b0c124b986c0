// Reads a step id from the URL's fragment, accepting only ids the story has: anything else
// (malformed escapes, script-like text, very long values) is ignored and never rendered. A
// WordPress embed's `#?secret=<secret>`, which WordPress appends after any fragment, is no step:
// it is set apart here, so `#meeting-medal#?secret=Ab12` still lands on the step.

const LONGEST_ID = 80;
const WORDPRESS_SECRET = /#\?secret=([a-zA-Z0-9]{1,64})$/;

/** The secret of a WordPress embed's fragment, if it has one. */
export function wordPressSecret(hash: string): string | undefined {
  return WORDPRESS_SECRET.exec(hash)?.[1];
}

/** The fragment's WordPress secret part (`#?secret=…`), or nothing, kept when the address follows the reader. */
export function secretSuffix(hash: string): string {
  return WORDPRESS_SECRET.exec(hash)?.[0] ?? '';
}

/** The step id named by `hash`, if it is one of `stepIds`; otherwise undefined. */
export function readStepFromHash(hash: string, stepIds: readonly string[]): string | undefined {
  const withoutSecret = hash.slice(0, hash.length - secretSuffix(hash).length);
  const raw = withoutSecret.startsWith('#') ? withoutSecret.slice(1) : withoutSecret;
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
