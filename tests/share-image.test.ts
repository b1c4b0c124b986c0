// The share image draws the rescue scene from its server-rendered markup; the figures and the
// camera are placed by CSS transforms there, which resvg only reads as SVG attributes.
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { RESCUE } from '../src/content/chapters/rescue.ts';
import { RescueScene } from '../src/scenes/RescueScene.tsx';
import { toTransform } from '../src/scenes/transform.ts';
import { cssTransformsToAttributes } from '../scripts/share-image.mjs';

describe('the share image’s transforms', () => {
  it('turns the scenes’ CSS transforms into SVG transform attributes', () => {
    const markup = `<g style="transform:${toTransform({ x: 442, y: -9.5, scale: 0.9 })};transform-origin:50% 50%"></g>`;
    expect(cssTransformsToAttributes(markup)).toBe('<g transform="translate(442 -9.5) scale(0.9 0.9)"></g>');
    expect(cssTransformsToAttributes('<g style="transform:translateY(-120px)"></g>')).toBe('<g transform="translate(0 -120)"></g>');
  });

  it('stops on a transform it cannot draw, rather than dropping it', () => {
    expect(() => cssTransformsToAttributes('<g style="transform:rotate(4deg)"></g>')).toThrow(/rotate/);
    expect(() => cssTransformsToAttributes('<g style="transform:translateY(2em)"></g>')).toThrow(/2em/);
  });

  it('keeps no CSS transform in the rescue scene it draws', () => {
    const step = RESCUE.steps.find((candidate) => candidate.id === 'rescue-balcony');
    if (!step) throw new Error('No rescue-balcony step');
    const markup = renderToStaticMarkup(createElement(RescueScene, { stepId: step.id, picture: step.picture, alt: step.alt, isStill: false }));
    const converted = cssTransformsToAttributes(markup);
    expect(converted).not.toMatch(/style="transform/);
    // The camera, the climber and the boy are each placed.
    expect(converted.match(/<g[^>]*transform="translate\(/g)?.length).toBeGreaterThanOrEqual(3);
  });
});
