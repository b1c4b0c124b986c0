// A chapter as a plain article: each step's text, a still picture of its scene, and its quotes.
// Used when the reader asks for it and whenever the page is printed.
//   <LinearChapter chapter={chapter} />
import type { AnyChapter } from '../content/types.ts';
import { ChapterHeader } from './ChapterHeader.tsx';
import { ChapterScene } from './ChapterScene.tsx';
import { StepCard } from './StepCard.tsx';

export function LinearChapter({ chapter }: { chapter: AnyChapter }) {
  return (
    <section className="chapter chapter--linear" data-chapter={chapter.id} aria-labelledby={`${chapter.id}-title`}>
      <ChapterHeader chapter={chapter} />
      <div className="linear">
        {chapter.steps.map((step) => (
          <StepCard key={step.id} step={step} isActive={false} picture={<ChapterScene chapter={chapter} step={step} isStill />} />
        ))}
      </div>
    </section>
  );
}
