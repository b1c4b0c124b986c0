// React listens at its root for every event type it supports, though the story's components handle
// only clicks, changes and a disclosure's toggle. Two families of those listeners cost the reader
// for nothing, so the root is created without them; a test checks that no component asks for them.
// - wheel and touchmove: a listener for those, even a passive one, makes the browser hand every
//   wheel and touch-move event of a scroll to the main thread (measured: about a second of a
//   4x-slowed phone's main thread over the whole story, against none without it);
// - the pointer's comings and goings (over, out and move, for the mouse and for pointers, and
//   pointer capture): a tap fires six of them before its click, each run through React's dispatch
//   on the main thread before the tap can be answered (the first tap after load some 20 ms at 4x
//   CPU), and a mouse fires them at every move. React also reads them to hydrate first the part
//   under the pointer; the story hydrates chapter by chapter anyway, and a tap still does.
//   const root = withoutUnhandledListeners(container, () => createRoot(container));

const UNHANDLED_EVENTS: readonly string[] = [
  'wheel',
  'touchmove',
  'pointerover',
  'pointerout',
  'pointermove',
  'mouseover',
  'mouseout',
  'mousemove',
  'gotpointercapture',
  'lostpointercapture',
];

export function withoutUnhandledListeners<T>(container: Element, createRoot: () => T): T {
  const addEventListener = container.addEventListener.bind(container);
  // An own property, shadowing the prototype's method only while React sets up its listeners.
  container.addEventListener = (type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) => {
    if (!UNHANDLED_EVENTS.includes(type)) addEventListener(type, listener, options);
  };
  try {
    return createRoot();
  } finally {
    Reflect.deleteProperty(container, 'addEventListener');
  }
}
