// Where the trigger line sits for the current layout, shared by the scroll hook and step navigation.
import { MOBILE_QUERY, STEP_LANDING_MARGIN, STEP_TRIGGER_DESKTOP, STEP_TRIGGER_MOBILE } from '../constants.ts';

/** Share of the viewport height at which a step becomes active. */
export function triggerShare(): typeof STEP_TRIGGER_DESKTOP | typeof STEP_TRIGGER_MOBILE {
  return window.matchMedia(MOBILE_QUERY).matches ? STEP_TRIGGER_MOBILE : STEP_TRIGGER_DESKTOP;
}

/** An element's top in document coordinates. */
export function documentTop(element: Element): number {
  return element.getBoundingClientRect().top + window.scrollY;
}

/**
 * The scroll position that puts a step's top just past the trigger line of a viewport this tall:
 * our own window's, or, in a responsive embed, the host's (then measured from the iframe's top).
 */
export function scrollTopForStep(step: Element, viewportHeight: number = window.innerHeight): number {
  return Math.max(0, documentTop(step) - viewportHeight * triggerShare() + STEP_LANDING_MARGIN);
}

/** Moves a step to its active position; the page scrolls itself unless a host page does it for us. */
export type StepScroller = (step: HTMLElement) => void;

const scrollOwnWindow: StepScroller = (step) => window.scrollTo({ top: scrollTopForStep(step), behavior: 'instant' });
let scrollStep = scrollOwnWindow;

/** In a responsive embed the host page scrolls; pass nothing to return to scrolling this window. */
export function setStepScroller(scroller?: StepScroller): void {
  scrollStep = scroller ?? scrollOwnWindow;
}

/** Scrolls a step into its active position and, if asked, moves keyboard focus to its card. */
export function bringStepIntoPlace(stepId: string, { focus }: { focus: boolean }): boolean {
  const step = document.getElementById(stepId);
  if (!step?.matches('[data-step]')) return false;
  scrollStep(step);
  if (focus) step.focus({ preventScroll: true });
  return true;
}
