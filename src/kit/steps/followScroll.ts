// Follows the reader's place (stepPlace.ts) through this window's scroll. The steps' positions are
// read when the layout changes (a resize, the story's height changing as parts are laid out or cards
// open), never while scrolling: a scroll frame reads only the scroll offset (scrollOffset.ts, which
// does not make the browser lay the page out there and then), and works out the place from those
// positions. Each measure also gives every step's range of scroll offsets (place.ranges), for what
// the browser can move along the scroll by itself.
// Loaded by import() once the story follows the reader (useScrollPlace.ts), so the page's first
// download does not carry it.
//   const stop = followScroll('[data-step]', place);
import type { PlaceStore } from './stepPlace.ts';
import { measureStepSpans, placeFromSpans, scrollRangesFromSpans, type StepSpan } from './stepSpans.ts';
import { triggerShare } from './trigger.ts';
import { windowScrollOffset } from './scrollOffset.ts';

export function followScroll(stepSelector: string, place: PlaceStore): () => void {
  let spans: StepSpan[] = [];
  let triggerOffset = 0;
  const offset = windowScrollOffset();
  const measure = () => {
    spans = measureStepSpans(stepSelector);
    offset.measure();
    triggerOffset = window.innerHeight * triggerShare();
    place.ranges.set(scrollRangesFromSpans(spans, triggerOffset, place.ranges.get));
  };
  let frame = 0;
  const follow = () => {
    frame = 0;
    place.set(placeFromSpans(spans, offset.read() + triggerOffset));
  };
  const onScroll = () => {
    frame ||= window.requestAnimationFrame(follow);
  };
  const onLayout = () => {
    measure();
    onScroll();
  };
  measure();
  follow();
  // The story's own height changes whenever a step may have moved (parts laid out, a card opened).
  // The observer's first report is of the height just measured: only a new height is read again.
  // Read in a task of its own, once the frame is drawn: the observer reports in the middle of the
  // frame, before its paint, and the steps' new ranges restyle the moving layers, so a tap that
  // opened a card was shown some 10 ms later at 4x CPU (Event Timing) for a measure it does not need.
  let measuredHeight = document.body.getBoundingClientRect().height;
  let pendingMeasure = 0;
  const layoutWatch = new ResizeObserver(([entry]) => {
    const height = entry?.borderBoxSize[0]?.blockSize;
    if (height === measuredHeight) return;
    measuredHeight = height ?? measuredHeight;
    pendingMeasure ||= window.setTimeout(() => {
      pendingMeasure = 0;
      onLayout();
    });
  });
  layoutWatch.observe(document.body);
  window.addEventListener('scroll', onScroll, { passive: true });
  window.addEventListener('resize', onLayout);
  return () => {
    place.ranges.set([]);
    window.cancelAnimationFrame(frame);
    window.clearTimeout(pendingMeasure);
    layoutWatch.disconnect();
    window.removeEventListener('scroll', onScroll);
    window.removeEventListener('resize', onLayout);
  };
}
