// The sources: each report by a neutral label and its file name, what it contributes, and every
// quotation the story takes from it.
import { memo } from 'react';
import { QUOTES } from '../content/quotes.ts';
import { SOURCES } from '../content/sources.ts';

// Memoised: it has no props, so a step change never re-renders it.
export const SourcesChapter = memo(function SourcesChapter() {
  return (
    <section className="sources" data-chapter="sources" id="sources" aria-labelledby="sources-title">
      <h2 id="sources-title" className="chapter__title">
        Sources
      </h2>
      <p className="sources__intro">
        Everything in this story comes from three English-language news reports of the event. We name them by letter
        because the copies we worked from do not name their publishers. Every quotation is reproduced exactly as it
        appears in its report, and a check in our build fails if one is not. Translations from French are ours.
      </p>
      {SOURCES.map((source) => {
        const quotes = QUOTES.filter((quote) => quote.source === source.id);
        return (
          <article key={source.id} className="source" id={`source-${source.id}`} data-source={source.file}>
            <h3 className="source__title">
              {source.label} <span className="source__file">{source.file}</span>
            </h3>
            <p>{source.description}</p>
            <h4 className="source__subhead">What it adds</h4>
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
                  <li key={quote.id} lang={quote.lang}>
                    <q data-quote>{quote.text}</q> <span className="source__speaker" lang="en">({quote.speaker})</span>
                  </li>
                ))}
              </ol>
            </details>
          </article>
        );
      })}
    </section>
  );
});
