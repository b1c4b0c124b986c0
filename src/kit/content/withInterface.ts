// A story's interface words: the kit's for its language (interfaceWords.en.ts, interfaceWords.fr.ts),
// with the story's own in their place wherever it has some. A group (howWeKnow, sources, embed…) is
// merged word by word, so a story names only the words it changes.
//   withInterface(INTERFACE_EN, { turnMotionOff: 'Hold still', sources: { reports: 'The three reports' } })
import type { InterfaceWords } from './interfaceWords.ts';

/** Any of the interface's words, a group's words each on its own. */
export type InterfaceOverrides = { [Key in keyof InterfaceWords]?: InterfaceWords[Key] extends string | undefined ? InterfaceWords[Key] : Partial<InterfaceWords[Key]> };

export function withInterface(defaults: InterfaceWords, overrides: InterfaceOverrides): InterfaceWords {
  const words: Record<string, unknown> = { ...defaults };
  for (const [key, value] of Object.entries(overrides)) {
    const base = words[key];
    words[key] = typeof value === 'object' && typeof base === 'object' ? { ...base, ...value } : value;
  }
  return words as unknown as InterfaceWords;
}
