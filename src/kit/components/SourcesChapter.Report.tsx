// One report in the sources chapter: its neutral label and file name, what it adds, and every
// quotation the story takes from it.
//   <SourcesReport source={getSource('A')} />
import { QUOTES } from '../../stories/four-floors/quotes.ts';
import type { Source } from '../content/types.ts';

interface SourcesReportProps {
  /** The report to describe. */
  source: Source;
}

export function SourcesReport({ source }: SourcesReportProps) {
  const quotes = QUOTES.filter((quote) => quote.source === source.id);
  return (
    <article className="source" id={`source-${source.id}`} data-source={source.file}>
      <h4 className="source__title">
        {source.label} <span className="source__file">{source.file}</span>
      </h4>
      <p>{source.description}</p>
      <h5 className="source__subhead">What it adds</h5>
      <ul className="source__list">
        {source.contributes.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <details className="source__quotes">
        <summary>
          The {quotes.length} quotations we take from {source.label}
        </summary>
        <ol>
          {quotes.map((quote) => (
            <li key={quote.id} lang={quote.lang ?? 'en'}>
              <q data-quote>{quote.text}</q> <span className="source__speaker" lang="en">({quote.speaker})</span>
            </li>
          ))}
        </ol>
      </details>
    </article>
  );
}
