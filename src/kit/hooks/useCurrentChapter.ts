// The chapter the reader is in, from the page's place: a render only when it changes, never per
// scroll frame.
//   const current = useCurrentChapter(place, spans); // -1 outside every chapter
import { useCallback, useSyncExternalStore } from 'react';
import { chapterAt, type ChapterSpan, type PlaceStore } from '../steps/stepPlace.ts';

export function useCurrentChapter(place: PlaceStore, chapters: readonly ChapterSpan[]): number {
  const current = useCallback(() => chapterAt(place.get(), chapters), [place, chapters]);
  // The prerender is at the top of the story, in no chapter.
  return useSyncExternalStore(place.subscribe, current, () => -1);
}
