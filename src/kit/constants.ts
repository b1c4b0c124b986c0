// Values shared by the layout (CSS mirrors the breakpoint) and the scroll logic.

/** Below this width the graphic sits on top and the step cards scroll beneath it. */
export const MOBILE_QUERY = '(max-width: 759px)';

/** Where, as a share of the viewport height, a step becomes active. */
export const STEP_TRIGGER_DESKTOP = 0.5;
/** On a phone the cards enter in the lower band below the graphic. */
export const STEP_TRIGGER_MOBILE = 0.8;

/**
 * How far past the trigger line a step's top is placed when we move the reader to it (keys, links,
 * buttons): enough that a late reflow (fonts, a scene's code arriving) cannot push it back out.
 */
export const STEP_LANDING_MARGIN = 48;

/** Selector for every scrolly step, in document order. */
export const STEP_SELECTOR = '[data-step]';

/**
 * The parts of the page its first layout skips while the story wakes up (src/kit/startup/standIns.ts):
 * every chapter after the first, and each part of the sources.
 */
// STAND_IN_ATTRIBUTE's value, written out: importing standIns.ts (build-time code) would ship its tables.
export const DEFERRED_PARTS = '[data-stand-in]';
