// React listens at its root for every event type it supports, wheel and touchmove included, though
// no component of this story handles them. A listener for those, even a passive one, makes the
// browser hand every wheel and touch-move event of a scroll to the main thread (measured: about a
// second of a 4x-slowed phone's main thread over the whole story, against none without it). The
// root is created without those two; a test checks that no component asks for them.
//   const root = withoutScrollListeners(container, () => createRoot(container));

const UNHANDLED_SCROLL_EVENTS: readonly string[] = ['wheel', 'touchmove'];

export function withoutScrollListeners<T>(container: Element, createRoot: () => T): T {
  const addEventListener = container.addEventListener.bind(container);
  // An own property, shadowing the prototype's method only while React sets up its listeners.
  container.addEventListener = (type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) => {
    if (!UNHANDLED_SCROLL_EVENTS.includes(type)) addEventListener(type, listener, options);
  };
  try {
    return createRoot();
  } finally {
    Reflect.deleteProperty(container, 'addEventListener');
  }
}
