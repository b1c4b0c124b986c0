// In-page moves and readings for the climb that follows the scroll: each function runs inside the
// page or a story frame (page.evaluate, also by the engine runner), so it imports nothing at run time.
//   const top = await frame.evaluate(placeTop, { stepId: 'rescue-floor-1', progress: 0.5 });
//   await page.evaluate(scrollToPlace, { top, trigger: TRIGGER, isHost: false });
//   const { onFacade, inWindow } = await frame.evaluate(climberPlace);
import type { StepTrigger } from '../../../../tests/helpers/inPage.ts';

/**
 * Where in the story's document a place lies: `progress` of the way from the step's top to the next
 * step's top (the last step: to its bottom), as the story measures it.
 */
export function placeTop({ stepId, progress }: { stepId: string; progress: number }): number {
  const steps = [...document.querySelectorAll('[data-step]')];
  const step = document.getElementById(stepId);
  if (!step) throw new Error(`no step ${stepId}`);
  const next = steps[steps.indexOf(step) + 1];
  const top = step.getBoundingClientRect().top + window.scrollY;
  const end = next ? next.getBoundingClientRect().top + window.scrollY : top + step.getBoundingClientRect().height;
  return top + progress * (end - top);
}

/**
 * Scrolls this window so that the trigger line sits at `top`: in the story's own window, or, on a
 * host page (`isHost`), with `top` measured from the top of its story frame.
 */
export function scrollToPlace({ top, trigger, isHost }: { top: number; trigger: StepTrigger; isHost: boolean }): void {
  const frameTop = isHost ? (document.querySelector('iframe')?.getBoundingClientRect().top ?? 0) + window.scrollY : 0;
  const share = window.matchMedia(trigger.mobileQuery).matches ? trigger.mobileShare : trigger.desktopShare;
  // Rounded up, so the trigger line is on the place or just past it, never just short of the step.
  window.scrollTo({ top: Math.ceil(frameTop + top - window.innerHeight * share), behavior: 'instant' });
}

/**
 * The climber's head, in CSS pixels: its top on the façade (the layer the camera slides, so only his
 * own climb moves it) and in the scene's window (where the camera has put him), rounded to tenths.
 */
export function climberPlace(): { onFacade: number; inWindow: number } {
  const head = document.querySelector('[data-scene="rescue"] .figure--climber circle');
  const facade = head?.closest('.stage__layer')?.parentElement?.closest('.stage__layer');
  const stage = head?.closest('.stage');
  if (!head || !facade || !stage) throw new Error('no climber in the rescue scene');
  const round = (value: number) => Math.round(value * 10) / 10;
  const top = head.getBoundingClientRect().top;
  return { onFacade: round(top - facade.getBoundingClientRect().top), inWindow: round(top - stage.getBoundingClientRect().top) };
}
