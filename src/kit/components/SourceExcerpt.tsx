// One report's exact words, named by its report: the quoted words alone in the `data-quote` element,
// French kept in French with our translation beside it, outside the quote and marked as ours.
//   <SourceExcerpt excerpt={{ report: 'C', text: 'scaled five stories of an apartment building' }} />
import type { Excerpt } from '../content/types.ts';
import { useStory } from '../hooks/useStory.ts';

interface SourceExcerptProps {
  /** The words and the report they come from. */
  excerpt: Excerpt;
  /** Words in the sans before the quote, e.g. "differs:"; the report's label always comes first. */
  note?: string;
}

export function SourceExcerpt({ excerpt, note }: SourceExcerptProps) {
  const { story, report: findReport } = useStory();
  const report = findReport(excerpt.report);
  return (
    <p className="excerpt" data-source={report.file}>
      <span className="excerpt__report">
        {report.label}
        {excerpt.context ? `, ${excerpt.context}` : ''}
        {note ? ` ${note}` : ''}
      </span>{' '}
      <q className="excerpt__text" lang={excerpt.lang ?? story.meta.lang} data-quote>
        {excerpt.text}
      </q>
      {excerpt.translation && (
        <span className="excerpt__translation" data-translation>
          {' '}
          <span className="excerpt__ours">{story.ui.ourTranslation}</span> {excerpt.translation}
        </span>
      )}
    </p>
  );
}
