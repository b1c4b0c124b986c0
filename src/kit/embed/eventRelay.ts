// Passes the reader events (events/readerEvents.ts) on to the hosts that asked for them, each at the
// origin it asked from, so no other page the frame may be moved to can read them. A host that never
// subscribes gets none. An opaque origin ("null") cannot be addressed, so it is refused.
//   const relay = startEventRelay(); relay.subscribe('pym', origin, (name, detail) => post(…)); relay.stop();
import { READER_EVENT_NAMES, READER_EVENT_PREFIX } from '../events/readerEvents.ts';

export type EventSender = (name: string, detail: object) => void;

export interface EventRelay {
  /** `protocol` names the wire the sender uses; one sender per protocol and origin. */
  subscribe: (protocol: string, origin: string, send: EventSender) => void;
  stop: () => void;
}

export function startEventRelay(): EventRelay {
  // Keyed by protocol and origin: a host that subscribes again is not sent each event twice.
  const senders = new Map<string, EventSender>();
  const forward = (event: Event) => {
    const name = event.type.slice(READER_EVENT_PREFIX.length);
    const detail = event instanceof CustomEvent && typeof event.detail === 'object' ? (event.detail as object) : {};
    senders.forEach((send) => send(name, detail));
  };
  for (const name of READER_EVENT_NAMES) document.addEventListener(READER_EVENT_PREFIX + name, forward);
  return {
    subscribe: (protocol, origin, send) => {
      if (origin !== 'null') senders.set(`${protocol} ${origin}`, send);
    },
    stop: () => {
      for (const name of READER_EVENT_NAMES) document.removeEventListener(READER_EVENT_PREFIX + name, forward);
      senders.clear();
    },
  };
}
