// A chapter told in steps beside (desktop) or beneath (phone) its sticky scene.
//   <ScrollyChapter chapter={RESCUE} activeStepId="rescue-floor-2" stepOrder={ids} />
import type { Chapter } from '../content/types.ts';
import { SCENES } from '../scenes/registry.ts';
import { stepShownByChapter } from '../story/sceneStep.ts';
import { StepCard } from './StepCard.tsx';

interface ScrollyChapterProps {
  /** The chapter to render. */
  chapter: Chapter;
  /** The step the reader is on, anywhere in the story. */
  activeStepId: string;
  /** Every step id in reading order. */
  stepOrder: readonly string[];
}

export function ScrollyChapter({ chapter, activeStepId, stepOrder }: ScrollyChapterProps) {
  const Scene = SCENES[chapter.scene];
  const shown = stepShownByChapter(chapter, activeStepId, stepOrder);
  return (
    <section className="chapter" data-chapter={chapter.id} aria-labelledby={`${chapter.id}-title`}>
      <header className="chapter__header">
        <h2 id={`${chapter.id}-title`} className="chapter__title">
          {chapter.title}
        </h2>
        <p className="chapter__dek">{chapter.dek}</p>
      </header>
      <div className="scrolly">
        <div className="scrolly__graphic">
          {Scene ? (
            <Scene stepId={shown.id} picture={shown.picture} alt={shown.alt} />
          ) : (
            <p className="scene-error" role="alert">
              No scene called “{chapter.scene}” is registered for the chapter “{chapter.title}”.
            </p>
          )}
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
