// A chapter told in steps beside (desktop) or beneath (phone) its sticky scene.
//   <ScrollyChapter chapter={chapter} activeIndex={4} stepIds={STEP_IDS} />
import type { AnyChapter } from '../content/types.ts';
import { stepIdAt } from '../steps/activeStep.ts';
import { stepShownByChapter } from '../steps/sceneStep.ts';
import { ChapterHeader } from './ChapterHeader.tsx';
import { ChapterScene } from './ChapterScene.tsx';
import { StepCard } from './StepCard.tsx';
import { StepNav } from './StepNav.tsx';

interface ScrollyChapterProps {
  /** The chapter to render. */
  chapter: AnyChapter;
  /** The reader's step index in the whole story, as this chapter sees it (`indexSeenByChapter`). */
  activeIndex: number;
  /** Every step id in reading order. */
  stepIds: readonly string[];
  /** Skipped by the page's first layout, standing in at a height the build derives (standIns.ts). */
  isDeferred: boolean;
}

export function ScrollyChapter({ chapter, activeIndex, stepIds, isDeferred }: ScrollyChapterProps) {
  const activeStepId = stepIdAt(stepIds, activeIndex);
  const shown = stepShownByChapter(chapter, activeStepId ?? '', stepIds);
  return (
    <section className="chapter" data-chapter={chapter.id} aria-labelledby={`${chapter.id}-title`} data-stand-in={isDeferred ? chapter.id : undefined}>
      <ChapterHeader chapter={chapter} />
      <div className="scrolly">
        <div className="scrolly__track">
          <div className="scrolly__graphic" data-viewport-sized>
            <ChapterScene chapter={chapter} step={shown} isStill={false} />
            <StepNav activeIndex={activeIndex} stepIds={stepIds} chapterTitle={chapter.title} />
          </div>
        </div>
        <div className="scrolly__steps">
          {chapter.steps.map((step) => (
            <StepCard key={step.id} step={step} isActive={step.id === activeStepId} />
          ))}
        </div>
      </div>
    </section>
  );
}
