// The reader's theme: `?theme=dark` or `?theme=light` in the address (so a host's own dark mode can
// set it in an embed) wins, and is remembered for the visit with the other reading preferences;
// without either, the system's colour scheme decides, in CSS alone (styles/themes.css). Applied before
// the app loads, so the page turns at its first paint or soon after, never once the reader is in it.
//   applyThemeChoice(); // <html data-theme="dark"> for ?theme=dark, or for a visit that chose it
import { readStored, writeStored } from '../hooks/readerStorage.ts';

const THEME_KEY = 'story:theme';
const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

function asTheme(value: string | null): Theme | undefined {
  return THEMES.find((theme) => theme === value);
}

/** The theme the address asks for, or else the one this visit chose before, if any. */
export function chosenTheme(search: string, stored: string | null): Theme | undefined {
  return asTheme(new URLSearchParams(search).get('theme')) ?? asTheme(stored);
}

export function applyThemeChoice(): void {
  const theme = chosenTheme(window.location.search, readStored(THEME_KEY));
  if (!theme) return;
  writeStored(THEME_KEY, theme);
  document.documentElement.dataset.theme = theme;
}
