// The kit's reading of the evidence, on the fixture story (its reports "one" and "two"; "dusk" both
// state, "seven" one states and two differs, "beam" one states and two is silent): each report's
// stance, a step's "how we know" marks as the reader gets them, and the claims table's orders.
// The published story's own stances are checked in stances.test.ts.
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { HowWeKnow } from '../src/kit/components/HowWeKnow.tsx';
import { indexEvidence } from '../src/kit/content/storyIndex.ts';
import { agreementCount, isDisputed, sortClaims, stanceOf } from '../src/kit/evidence/evidence.ts';
import { FIXTURE_STORY } from './fixture-story/story.ts';
import { renderInStory, renderedMarks } from './helpers/renderInStory.ts';

const claim = (id: string) => indexEvidence(FIXTURE_STORY).claim(id);
const CLAIMS = FIXTURE_STORY.claims;

describe('how the reports stand', () => {
  it('reads each report’s stance on a claim, silent where it gives no words', () => {
    expect(['one', 'two'].map((source) => stanceOf(claim('seven'), source))).toEqual(['states', 'differs']);
    expect(['one', 'two'].map((source) => stanceOf(claim('beam'), source))).toEqual(['states', 'silent']);
  });

  it('knows a claim is disputed only where a report says otherwise', () => {
    expect(isDisputed(claim('seven'))).toBe(true);
    expect(isDisputed(claim('beam'))).toBe(false);
    expect(isDisputed(claim('dusk'))).toBe(false);
  });

  it('throws on an unknown claim id', () => {
    expect(() => claim('nope')).toThrow(/Unknown claim "nope"/);
  });
});

describe('a step’s how-we-know marks', () => {
  it('gives each claim of a step its own marks, one per report, never pooled', () => {
    const marks = renderedMarks(['dusk', 'seven', 'beam'], FIXTURE_STORY);
    expect(marks).toEqual({ dusk: 'one:states two:states', seven: 'one:states two:differs', beam: 'one:states two:silent' });
  });

  it('says each stance in the story’s own words beside the report, and counts the claims and disputes', () => {
    const html = renderInStory(createElement(HowWeKnow, { claimIds: ['seven', 'beam'], stepId: 'a-step' }), FIXTURE_STORY);
    expect(html).toMatch(/data-report="one" data-stance="states"><span[^>]*>one<\/span> agrees</);
    expect(html).toMatch(/data-report="two" data-stance="differs"><span[^>]*>two<\/span> disagrees</);
    expect(html).toMatch(/data-report="two" data-stance="silent"><span[^>]*>two<\/span> no word</);
    expect(html).toContain('2 facts, 1 in dispute');
  });
});

describe('the claims table’s orders', () => {
  it('keeps story order by default', () => {
    expect(sortClaims(CLAIMS, 'story', 'en').map((each) => each.id)).toEqual(['dusk', 'seven', 'beam']);
  });

  it('sorts by claim, A to Z', () => {
    // "The beam…", "The keeper…", "The lamp…": not the story's order.
    expect(sortClaims(CLAIMS, 'claim', 'en').map((each) => each.id)).toEqual(['beam', 'dusk', 'seven']);
  });

  it('puts the most reports agreeing first, ties in the order given (the story’s, in the table)', () => {
    const given = ['beam', 'seven', 'dusk'].map(claim);
    const sorted = sortClaims(given, 'agreement', 'en');
    expect(sorted.map(agreementCount)).toEqual([2, 1, 1]);
    expect(sorted.map((each) => each.id)).toEqual(['dusk', 'beam', 'seven']);
  });
});
