// Where the reader's choices are kept for the visit (sessionStorage), for the preferences hook, the
// theme chosen before the app starts and the step a reload returns to. Storage can be refused (private modes, a sandboxed
// frame): reading then finds nothing, and writing keeps the choice until reload.
//   writeStored('story:theme', 'dark'); readStored('story:theme') // 'dark'

export function readStored(key: string): string | null {
  try {
    return window.sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: string): void {
  try {
    window.sessionStorage.setItem(key, value);
  } catch {
    // Refused: the choice lasts until reload.
  }
}

export function forgetStored(key: string): void {
  try {
    window.sessionStorage.removeItem(key);
  } catch {
    // Refused: there was nothing kept to forget.
  }
}
