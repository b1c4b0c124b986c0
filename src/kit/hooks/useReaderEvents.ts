// Emits the reader events that follow the reader's step: the step reached, and a chapter or the
// whole story finished (its last step reached, once per page view). The switches emit their own
// (ReaderControls), so a choice remembered from earlier in the visit is not counted again.
//   useReaderEvents(story, activeIndex);
import { useEffect, useRef } from 'react';
import type { StoryIndex } from '../content/storyIndex.ts';
import { emitReaderEvent } from '../events/readerEvents.ts';

export function useReaderEvents({ chapters, stepIds }: StoryIndex, activeIndex: number): void {
  const finished = useRef(new Set<string>());

  useEffect(() => {
    const stepId = stepIds[activeIndex];
    const chapter = chapters.find((candidate) => candidate.steps.some((step) => step.id === stepId));
    if (!stepId || !chapter) return;
    emitReaderEvent('step', { step: stepId, chapter: chapter.id, index: activeIndex });
    if (chapter.steps.at(-1)?.id !== stepId || finished.current.has(chapter.id)) return;
    finished.current.add(chapter.id);
    emitReaderEvent('chapter-finished', { chapter: chapter.id });
    if (activeIndex === stepIds.length - 1) emitReaderEvent('story-finished', {});
  }, [activeIndex, chapters, stepIds]);
}
