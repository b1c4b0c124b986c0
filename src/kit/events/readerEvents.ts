// The reader events a host's analytics may count, dispatched on `document` as CustomEvents named
// `story:<name>`. They say where in the story a reader is, never who the reader is, and the story
// sends them nowhere by itself: in a frame, a host that asked for them gets a copy (embed/eventRelay.ts).
//   document.addEventListener('story:step', (event) => event.detail.step);

export interface ReaderEventDetails {
  /** A step became the reader's step. */
  step: { step: string; chapter: string; index: number };
  /** The reader reached a chapter's last step (once per chapter and page view). */
  'chapter-finished': { chapter: string };
  /** The reader reached the story's last step (once per page view). */
  'story-finished': Record<string, never>;
  /** A step's "How we know" was opened. */
  'how-we-know': { step: string };
  /** The reader switched between the scroll story and the plain article. */
  'reading-mode': { mode: 'article' | 'scroll' };
  /** The reader switched motion off or on. */
  motion: { motion: 'off' | 'on' };
}

export type ReaderEventName = keyof ReaderEventDetails;

export const READER_EVENT_PREFIX = 'story:';

export const READER_EVENT_NAMES: readonly ReaderEventName[] = ['step', 'chapter-finished', 'story-finished', 'how-we-know', 'reading-mode', 'motion'];

export function emitReaderEvent<N extends ReaderEventName>(name: N, detail: ReaderEventDetails[N]): void {
  document.dispatchEvent(new CustomEvent(READER_EVENT_PREFIX + name, { detail }));
}
