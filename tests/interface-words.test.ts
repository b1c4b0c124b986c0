// The kit's default interface words and a story's own in their place (withInterface).
import { describe, expect, it } from 'vitest';
import { INTERFACE_EN } from '../src/kit/content/interfaceWords.en.ts';
import { INTERFACE_FR } from '../src/kit/content/interfaceWords.fr.ts';
import { withInterface } from '../src/kit/content/withInterface.ts';

describe('a story’s interface words', () => {
  it('are the kit’s where the story names none', () => {
    expect(withInterface(INTERFACE_EN, {})).toEqual(INTERFACE_EN);
  });

  it('take the story’s word in place of the kit’s, one word of a group at a time', () => {
    const words = withInterface(INTERFACE_EN, { turnMotionOff: 'Hold still', sources: { reports: 'The two reports' } });
    expect(words.turnMotionOff).toBe('Hold still');
    expect(words.sources).toEqual({ ...INTERFACE_EN.sources, reports: 'The two reports' });
    expect(words.howWeKnow).toEqual(INTERFACE_EN.howWeKnow);
  });

  it('leave the kit’s words as they were', () => {
    const before = structuredClone(INTERFACE_FR);
    withInterface(INTERFACE_FR, { sources: { reports: 'Les deux articles' } });
    expect(INTERFACE_FR).toEqual(before);
  });

  it('give French every word the English has, with the same templates to fill in', () => {
    const placeholders = (words: object): string[] =>
      Object.entries(words).flatMap(([key, value]) => (typeof value === 'string' ? [`${key}:${[...value.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort().join(',')}`] : placeholders(value).map((inner) => `${key}.${inner}`)));
    const french = placeholders(INTERFACE_FR).filter((entry) => !entry.startsWith('foldedOriginal'));
    expect(french).toEqual(placeholders(INTERFACE_EN));
  });
});
