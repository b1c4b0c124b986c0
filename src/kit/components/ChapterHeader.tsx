// A chapter's title and standfirst, shared by the scroll and the linear layouts.
import type { AnyChapter } from '../content/types.ts';

export function ChapterHeader({ chapter }: { chapter: AnyChapter }) {
  return (
    <header className="chapter__header">
      <h2 id={`${chapter.id}-title`} className="chapter__title">
        {chapter.title}
      </h2>
      <p className="chapter__dek">{chapter.dek}</p>
    </header>
  );
}
