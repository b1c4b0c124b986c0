// The share image draws the rescue scene as one flat SVG (resvg reads SVG attributes, not the page's
// layers and CSS transforms): every figure must be placed in it, at the camera's window.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import type { RescuePicture } from '../chapters/rescue/sceneTypes.ts';
import { SHARE_ART_CSS } from '../server.tsx';
import { RescueFlatArt } from '../chapters/rescue/RescueScene.Flat.tsx';
import { rescueSceneState } from '../chapters/rescue/rescueGeometry.ts';
import { makeShareImage } from '../../../../scripts/share-image.mjs';
import { tellChapter } from '../../../kit/content/editions.ts';
import { PLAN as RESCUE_PLAN } from '../chapters/rescue/plan.ts';
import { WORDS } from '../chapters/rescue/words.en.aml.ts';

const RESCUE = tellChapter(RESCUE_PLAN, WORDS);

function rescuePicture(stepId: string): RescuePicture {
  const picture = RESCUE.steps.find((candidate) => candidate.id === stepId)?.picture;
  if (!picture) throw new Error(`No rescue step ${stepId}`);
  return picture;
}

const COPY = {
  headline: 'A headline',
  dek: 'A standfirst',
  kicker: 'Kicker',
  css: SHARE_ART_CSS.rules.map((file) => readFileSync(file, 'utf8')).join('\n'),
  tokensCss: SHARE_ART_CSS.tokens.map((file) => readFileSync(file, 'utf8')).join('\n'),
};

describe('the share image’s drawing', () => {
  it('is one SVG framed where the camera stands, every figure placed by an SVG transform', () => {
    for (const stepId of ['rescue-street', 'rescue-balcony']) {
      const picture = rescuePicture(stepId);
      const state = rescueSceneState(picture);
      const markup = renderToStaticMarkup(createElement(RescueFlatArt, { picture, copy: RESCUE.sceneWords }));
      expect(markup).toMatch(new RegExp(`^<svg[^>]*viewBox="0 ${state.windowTop} 480 600"`));
      expect(markup.match(/<svg/g)).toHaveLength(1);
      expect(markup).not.toMatch(/style=/);
      expect(markup).toContain(`transform="translate(${state.climber.x} ${state.climber.y})"`);
      expect(markup).toContain(`transform="translate(${state.child.x} ${state.child.y})"`);
    }
    expect(rescueSceneState(rescuePicture('rescue-balcony')).windowTop).not.toBe(rescueSceneState(rescuePicture('rescue-street')).windowTop);
  });

  it('stops the build on a drawing it would draw wrongly', () => {
    const placed = '<svg viewBox="0 0 480 600"><g style="transform:translate(10px, 20px)"><circle r="8"/></g></svg>';
    expect(() => makeShareImage({ ...COPY, sceneMarkup: placed })).toThrow(/CSS transforms/);
    expect(() => makeShareImage({ ...COPY, sceneMarkup: '<div><svg><circle r="8"/></svg></div>' })).toThrow(/one <svg> with a viewBox/);
  });

  it('sets a longer edition’s headline and standfirst smaller, and stops the build on words that never fit', () => {
    const sceneMarkup = renderToStaticMarkup(createElement(RescueFlatArt, { picture: rescuePicture('rescue-balcony'), copy: RESCUE.sceneWords }));
    const french = { headline: 'Quatre étages en quelques secondes', dek: 'Comment Mamoudou Gassama a escaladé une façade parisienne pour sauver un garçon de quatre ans, et ce qui a suivi.' };
    expect(() => makeShareImage({ ...COPY, ...french, sceneMarkup })).not.toThrow();
    expect(() => makeShareImage({ ...COPY, dek: 'A standfirst that runs on and on. '.repeat(30), sceneMarkup })).toThrow(/do not fit/);
  });

  it('renders a 1200×630 PNG from the balcony step', () => {
    const sceneMarkup = renderToStaticMarkup(createElement(RescueFlatArt, { picture: rescuePicture('rescue-balcony'), copy: RESCUE.sceneWords }));
    const png = makeShareImage({ ...COPY, sceneMarkup });
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
  });
});
