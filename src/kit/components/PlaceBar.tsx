// A slim bar at the top of the page: the story's chapters by name, each a link to its first step,
// the one the reader is in marked, and how much of each has been read. React draws it as the
// prerender did (no chapter current, nothing read); once the page is awake, followBar.ts keeps it on
// the reader's place outside React's renders, and announces each chapter entered (nothing else).
//   <PlaceBar />
import { useEffect, useRef } from 'react';
import { usePlace } from '../hooks/placeContext.ts';
import { useStory } from '../hooks/useStory.ts';

export function PlaceBar() {
  const { story, stepIds } = useStory();
  const { chapters, ui } = story;
  const place = usePlace();
  const barRef = useRef<HTMLElement>(null);

  useEffect(() => {
    const bar = barRef.current;
    if (!bar) return;
    const spans = chapters.map((chapter) => ({ first: stepIds.indexOf(chapter.steps[0]?.id ?? ''), count: chapter.steps.length, title: chapter.title }));
    let stop: (() => void) | undefined;
    let isStopped = false;
    void import('../steps/followBar.ts').then(({ followBar }) => {
      if (!isStopped) stop = followBar(bar, place, spans, ui.whereYouAre.chapter);
    });
    return () => {
      isStopped = true;
      stop?.();
    };
  }, [chapters, stepIds, place, ui]);

  return (
    <nav ref={barRef} className="place-bar" aria-label={ui.whereYouAre.label} data-place-bar>
      <div className="place-bar__inner">
        {/* A phone's room for one name: the links beside it carry every name for screen readers. */}
        <p className="place-bar__here" aria-hidden="true">
          {chapters[0]?.title}
        </p>
        <ol className="place-bar__chapters">
          {chapters.map((chapter) => (
            <li key={chapter.id} className="place-bar__item">
              <a className="place-bar__chapter" href={`#${chapter.steps[0]?.id ?? chapter.id}`}>
                <span className="place-bar__name">{chapter.title}</span>
                <span className="place-bar__track" aria-hidden="true">
                  <span className="place-bar__read" />
                </span>
              </a>
            </li>
          ))}
        </ol>
      </div>
      <p className="visually-hidden" aria-live="polite" data-place-announcement />
    </nav>
  );
}
