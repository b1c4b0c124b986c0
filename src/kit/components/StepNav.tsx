// Previous / next step buttons, for readers who do not scroll with a wheel or a finger.
//   <StepNav activeIndex={3} stepIds={STEP_IDS} />
import { fillIn } from '../content/interfaceWords.ts';
import { useStory } from '../hooks/useStory.ts';
import { EditionLinks } from './EditionLinks.tsx';
import { bringStepIntoPlace } from '../steps/trigger.ts';

interface StepNavProps {
  /** The reader's step index (-1 above the first step). */
  activeIndex: number;
  /** Every step id in reading order. */
  stepIds: readonly string[];
  /** Names the controls apart from the other chapters' (landmarks must be unique). */
  chapterTitle: string;
}

export function StepNav({ activeIndex, stepIds, chapterTitle }: StepNavProps) {
  const previous = activeIndex > 0 ? stepIds[activeIndex - 1] : undefined;
  const next = stepIds[activeIndex + 1];
  const { ui } = useStory().story;
  return (
    <nav className="step-nav" aria-label={fillIn(ui.stepsOf, { chapter: chapterTitle })}>
      <button type="button" className="step-nav__button" disabled={!previous} onClick={() => previous && bringStepIntoPlace(previous, { focus: true })}>
        <span aria-hidden="true">↑</span> <span className="step-nav__label">{ui.previousStep}</span>
      </button>
      <button type="button" className="step-nav__button" disabled={!next} onClick={() => next && bringStepIntoPlace(next, { focus: true })}>
        <span aria-hidden="true">↓</span> <span className="step-nav__label">{ui.nextStep}</span>
      </button>
      <EditionLinks stepId={stepIds[Math.max(activeIndex, 0)]} isOthersOnly />
    </nav>
  );
}
