// One verbatim quotation, attributed to its speaker and report; French keeps its French, with our
// translation outside the quoted element and marked as ours.
//   <QuoteBlock quote={quote} />
import type { Quote } from '../content/types.ts';
import { useStory } from '../hooks/useStory.ts';

interface QuoteBlockProps {
  /** The quotation to show. */
  quote: Quote;
}

export function QuoteBlock({ quote }: QuoteBlockProps) {
  const { story, source: findSource } = useStory();
  const source = findSource(quote.source);
  return (
    <figure className="quote" data-source={source.file} data-quote-id={quote.id}>
      <blockquote className="quote__text" lang={quote.lang ?? story.meta.lang}>
        <p>
          <span data-quote>{quote.text}</span>
        </p>
      </blockquote>
      {quote.translation && (
        <p className="quote__translation" data-translation>
          <span className="quote__translation-label">{story.ui.ourTranslation} </span>
          {quote.translation}
        </p>
      )}
      <figcaption className="quote__credit">
        {quote.speaker} · <cite><a href={`#source-${source.id}`}>{source.label}</a></cite>
      </figcaption>
    </figure>
  );
}
