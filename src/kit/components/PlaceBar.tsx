// A slim bar at the top of the page: the story's chapters by name, each a link to its first step,
// the one the reader is in marked, and how much of each has been read. The share read follows the
// scroll as a transform of each chapter's line, written outside React's renders; the bar renders
// only when the reader enters another chapter, which it announces (and nothing else).
//   <PlaceBar />
import { useLayoutEffect, useMemo, useRef } from 'react';
import { fillIn } from '../content/interfaceCopy.ts';
import { usePlace } from '../hooks/placeContext.ts';
import { useCurrentChapter } from '../hooks/useCurrentChapter.ts';
import { useStory } from '../hooks/useStory.ts';
import { shareOfChapterRead, type ChapterSpan } from '../steps/stepPlace.ts';

export function PlaceBar() {
  const { story, stepIds } = useStory();
  const { chapters, ui } = story;
  const place = usePlace();
  const spans = useMemo<ChapterSpan[]>(() => chapters.map((chapter) => ({ first: stepIds.indexOf(chapter.steps[0]?.id ?? ''), count: chapter.steps.length })), [chapters, stepIds]);
  const current = useCurrentChapter(place, spans);
  const lines = useRef<(HTMLElement | null)[]>([]);

  useLayoutEffect(() => {
    const drawn: string[] = [];
    const draw = () => {
      spans.forEach((span, at) => {
        // In hundredths: a line is redrawn a hundred times per chapter at most, not on every frame of
        // a scroll, each redraw being a frame the main thread must produce.
        const transform = `scaleX(${Math.round(shareOfChapterRead(place.get(), span) * 100) / 100})`;
        const line = lines.current[at];
        if (!line || drawn[at] === transform) return;
        drawn[at] = transform;
        line.style.transform = transform;
      });
    };
    draw();
    return place.subscribe(draw);
  }, [place, spans]);

  const currentChapter = chapters[current];
  return (
    <nav className="place-bar" aria-label={ui.whereYouAre.label} data-place-bar>
      <div className="place-bar__inner">
        {/* A phone's room for one name: the links beside it carry every name for screen readers. */}
        <p className="place-bar__here" aria-hidden="true">
          {(currentChapter ?? chapters[0])?.title}
        </p>
        <ol className="place-bar__chapters">
          {chapters.map((chapter, at) => (
            <li key={chapter.id} className="place-bar__item">
              <a className="place-bar__chapter" href={`#${chapter.steps[0]?.id ?? chapter.id}`} aria-current={at === current ? 'location' : undefined}>
                <span className="place-bar__name">{chapter.title}</span>
                <span className="place-bar__track" aria-hidden="true">
                  <span
                    className="place-bar__read"
                    ref={(line) => {
                      lines.current[at] = line;
                    }}
                  />
                </span>
              </a>
            </li>
          ))}
        </ol>
      </div>
      <p className="visually-hidden" aria-live="polite" data-place-announcement>
        {currentChapter ? fillIn(ui.whereYouAre.chapter, { number: current + 1, count: chapters.length, chapter: currentChapter.title }) : ''}
      </p>
    </nav>
  );
}
