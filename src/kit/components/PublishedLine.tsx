// The opening's dates: when the story was published and, if later, last updated.
//   <PublishedLine />  →  Published 23 November 2026 · Updated 1 December 2026
import { fillIn } from '../content/interfaceWords.ts';
import { storyDate } from '../content/storyDate.ts';
import { useStory } from '../hooks/useStory.ts';

export function PublishedLine() {
  const { meta, ui } = useStory().story;
  const on = (template: string, iso: string) => <time dateTime={iso}>{fillIn(template, { date: storyDate(iso, meta) })}</time>;
  return (
    <p className="opening__dates" data-story-dates>
      {on(ui.published, meta.published)}
      {meta.updated > meta.published && <> · {on(ui.updated, meta.updated)}</>}
    </p>
  );
}
