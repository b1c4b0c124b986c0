// One verbatim quotation, attributed to its speaker and report; a quotation in another language keeps
// its own words, with our translation outside the quoted element and marked as ours. An edition whose
// interface words name a folded original (`ui.foldedOriginal`) shows our translation first and the
// original one click away, in a <details> that the plain article and print open. The credit names the
// report once: where the speaker names it ("Report A", "as quoted by Report C"), that mention is the link.
//   <QuoteBlock quote={quote} />
//   <QuoteBlock quote={quote} isOriginalOpen /> // the plain article: every original shown
import type { Quote } from '../content/types.ts';
import { useStory } from '../hooks/useStory.ts';

interface QuoteBlockProps {
  /** The quotation to show. */
  quote: Quote;
  /** Whether a folded original stands open (the plain article, where every quote is shown). */
  isOriginalOpen?: boolean;
}

export function QuoteBlock({ quote, isOriginalOpen = false }: QuoteBlockProps) {
  const { story, report: findReport } = useStory();
  const report = findReport(quote.report);
  const original = (
    <blockquote className="quote__text" lang={quote.lang ?? story.meta.lang}>
      <p>
        <span data-quote>{quote.text}</span>
      </p>
    </blockquote>
  );
  const translation = quote.translation && (
    <p className="quote__translation" data-translation>
      <span className="quote__translation-label">{story.ui.ourTranslation} </span>
      {quote.translation}
    </p>
  );
  const foldedOriginal = quote.translation ? story.ui.foldedOriginal : undefined;
  const cite = (
    <cite>
      <a href={`#source-${report.id}`}>{report.label}</a>
    </cite>
  );
  const labelAt = quote.speaker.indexOf(report.label);
  return (
    <figure className="quote" data-source={report.file} data-quote-id={quote.id}>
      {foldedOriginal ? (
        <>
          {translation}
          <details className="quote__original" open={isOriginalOpen || undefined}>
            <summary className="quote__original-summary">{foldedOriginal}</summary>
            {original}
          </details>
        </>
      ) : (
        <>
          {original}
          {translation}
        </>
      )}
      <figcaption className="quote__credit">
        {labelAt < 0 ? (
          <>
            {quote.speaker} · {cite}
          </>
        ) : (
          <>
            {quote.speaker.slice(0, labelAt)}
            {cite}
            {quote.speaker.slice(labelAt + report.label.length)}
          </>
        )}
      </figcaption>
    </figure>
  );
}
