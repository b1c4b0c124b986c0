// One report in the sources chapter: its neutral label and file name, what it adds, and every
// quotation the story takes from it.
//   <SourcesReport report={story.reports[0]} />
import { fillIn } from '../content/interfaceWords.ts';
import type { Report } from '../content/types.ts';
import { useStory } from '../hooks/useStory.ts';

interface SourcesReportProps {
  /** The report to describe. */
  report: Report;
}

export function SourcesReport({ report }: SourcesReportProps) {
  const { story } = useStory();
  const words = story.ui.sources;
  const quotes = story.quotes.filter((quote) => quote.report === report.id);
  return (
    <article className="source" id={`source-${report.id}`} data-source={report.file}>
      <h4 className="source__title">
        {report.label} <span className="source__file">{report.file}</span>
      </h4>
      <p>{report.description}</p>
      <h5 className="source__subhead">{words.whatItAdds}</h5>
      <ul className="source__list">
        {report.contributes.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <details className="source__quotes">
        <summary>
          {fillIn(words.quotations, { count: quotes.length, report: report.label })}
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
