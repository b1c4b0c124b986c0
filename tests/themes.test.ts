// Which theme a reader gets (the kit's readerTheme.ts): the address's theme wins over a remembered
// one, and nothing else chooses. The published story's colours in each theme are tested with it
// (src/stories/four-floors/tests/themes.test.ts).
import { describe, expect, it } from 'vitest';
import { chosenTheme } from '../src/kit/startup/readerTheme.ts';

describe('the theme chosen', () => {
  it('is the address’s, then the one remembered, and nothing else', () => {
    expect(chosenTheme('?theme=dark', null)).toBe('dark');
    expect(chosenTheme('?embed&theme=light', 'dark')).toBe('light');
    expect(chosenTheme('', 'dark')).toBe('dark');
    expect(chosenTheme('?theme=sepia', 'nonsense')).toBeUndefined();
    expect(chosenTheme('', null)).toBeUndefined();
  });
});
