// One report in the sources chapter: its neutral label and file name, what it adds, and every
// quotation the story takes from it.
//   <SourcesReport source={getSource('A')} />
import { fillIn } from '../content/interfaceWords.ts';
import type { Report } from '../content/types.ts';
import { useStory } from '../hooks/useStory.ts';

interface SourcesReportProps {
  /** The report to describe. */
  source: Report;
}

export function SourcesReport({ source }: SourcesReportProps) {
  const { story } = useStory();
  const words = story.ui.sources;
  const quotes = story.quotes.filter((quote) => quote.report === source.id);
  return (
    <article className="source" id={`source-${source.id}`} data-source={source.file}>
      <h4 className="source__title">
        {source.label} <span className="source__file">{source.file}</span>
      </h4>
      <p>{source.description}</p>
      <h5 className="source__subhead">{words.whatItAdds}</h5>
      <ul className="source__list">
        {source.contributes.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <details className="source__quotes">
        <summary>
          {fillIn(words.quotations, { count: quotes.length, report: source.label })}
        </summary>
        <ol>
          {quotes.map((quote) => (
            <li key={quote.id} lang={quote.lang ?? story.meta.lang}>
              <q data-quote>{quote.text}</q> <span className="source__speaker" lang={story.meta.lang}>({quote.speaker})</span>
              {quote.translation && (
                <span className="source__translation" lang={story.meta.lang} data-translation>
                  <span className="excerpt__ours">{story.ui.ourTranslation}</span> {quote.translation}
                </span>
              )}
            </li>
          ))}
        </ol>
      </details>
    </article>
  );
}
