// Keeps the bar of chapters (PlaceBar.tsx) on the reader's place: each chapter's line filled as far
// as it is read, the reader's chapter marked (`aria-current="location"`) and named on a phone, and
// announced once on entering it. It writes the bar's DOM itself, outside React's renders (React
// renders the bar as the prerender drew it, and never writes these attributes), so a scroll renders
// nothing; and it loads by import() once the page is awake, so the first download does not carry it.
// Where the browser has scroll timelines and the window's own scroll is followed, each line is handed
// to the browser, which fills it with the scroll by itself: a scroll frame then writes no style here
// (restyling the lines on every frame of a scroll held some 140 ms of the main thread at 4x CPU).
//   const stop = followBar(barElement, place, chapters, 'Chapter {number} of {count}: {chapter}');
import { fillIn } from '../content/interfaceWords.ts';
import { hasScrollTimelines, linkKeyframesToScroll } from '../scene/scrollLinked.ts';
import { chapterAt, shareAlongScroll, shareOfChapterRead, type ChapterSpan } from './chapterShare.ts';
import { followStrip } from './chapterStrip.ts';
import type { PlaceStore } from './stepPlace.ts';

export interface BarChapter extends ChapterSpan {
  title: string;
}

const scaleTo = (share: number) => `scaleX(${share})`;

export function followBar(bar: HTMLElement, place: PlaceStore, chapters: readonly BarChapter[], announcement: string): () => void {
  const links = Array.from(bar.querySelectorAll<HTMLElement>('.place-bar__chapter'));
  const lines = Array.from(bar.querySelectorAll<HTMLElement>('.place-bar__read'));
  const here = bar.querySelector('.place-bar__here');
  const announcer = bar.querySelector('[data-place-announcement]');
  const list = bar.querySelector<HTMLElement>('.place-bar__chapters');
  const strip = list ? followStrip(list) : undefined;
  const drawn: (string | undefined)[] = [];
  // The lines the browser fills with the scroll by itself, while the steps' ranges are known, each
  // with what it was linked along: a chapter whose steps have not moved keeps its line's animation
  // when others' do (a card opened further down).
  const linked: ({ animation: Animation; along: string } | undefined)[] = [];
  let shown: number | undefined;

  const draw = () => {
    const now = place.get();
    chapters.forEach((chapter, at) => {
      const line = lines[at];
      if (!line || linked[at]) return;
      // In hundredths: a line is redrawn a hundred times per chapter at most, not on every frame of
      // a scroll, each redraw being a frame the main thread must produce.
      const transform = scaleTo(Math.round(shareOfChapterRead(now, chapter) * 100) / 100);
      if (drawn[at] === transform) return;
      drawn[at] = transform;
      line.style.transform = transform;
    });
    const current = chapterAt(now, chapters);
    if (current === shown) return;
    const isFirstDrawing = shown === undefined;
    shown = current;
    links.forEach((link, at) => {
      if (at === current) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    });
    strip?.show(current);
    const named = chapters[current] ?? chapters[0];
    if (here && named) here.textContent = named.title;
    const entered = chapters[current];
    // Not on the first drawing of a page opened at the top: nothing has changed for the reader.
    if (announcer && !(isFirstDrawing && !entered)) {
      announcer.textContent = entered ? fillIn(announcement, { number: current + 1, count: chapters.length, chapter: entered.title }) : '';
    }
  };
  const link = () => {
    chapters.forEach((chapter, at) => {
      const line = lines[at];
      const along = line && hasScrollTimelines() ? shareAlongScroll(chapter, place.ranges.get) : undefined;
      const alongKey = along && JSON.stringify(along);
      if (alongKey !== undefined && alongKey === linked[at]?.along) return;
      linked[at]?.animation.cancel();
      linked[at] = undefined;
      // Drawn again by the next drawing, from where the place is.
      drawn[at] = undefined;
      if (!line || !along || alongKey === undefined) return;
      const keyframes = along.points.map(({ offset, share }) => ({ offset, transform: scaleTo(share) }));
      linked[at] = { animation: linkKeyframesToScroll(line, keyframes, along.range), along: alongKey };
    });
    draw();
  };
  link();
  const unsubscribe = place.subscribe(draw);
  const unsubscribeRanges = place.ranges.subscribe(link);
  return () => {
    unsubscribe();
    unsubscribeRanges();
    linked.forEach((line) => line?.animation.cancel());
    strip?.stop();
  };
}
