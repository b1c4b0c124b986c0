// The story's first screen: headline, standfirst, the lede and the reader's switches.
//   <Opening controls={<ReaderControls … />} />
import { memo, type ReactNode } from 'react';
import { useStory } from '../hooks/useStory.ts';
import { EditionLinks } from './EditionLinks.tsx';
import { PublishedLine } from './PublishedLine.tsx';

interface OpeningProps {
  /** The reader's switches, shown under the lede. */
  controls: ReactNode;
  /** Inside a publisher's iframe: offer the full story in a new tab. */
  isEmbedded: boolean;
}

// Memoised: App renders again at every step change, which the opening has no part in.
export const Opening = memo(function Opening({ controls, isEmbedded }: OpeningProps) {
  const { story } = useStory();
  const { meta, ui } = story;
  return (
    <header className="opening" data-chapter="opening">
      {isEmbedded && (
        <a className="embed-link" href="./" target="_blank" rel="noopener" data-embed-link>
          {ui.openFullStory}
          <span aria-hidden="true"> ↗</span>
          <span className="visually-hidden"> {ui.opensInNewTab}</span>
        </a>
      )}
      {(meta.editions?.length ?? 0) > 1 && (
        <nav className="opening__editions" aria-label={ui.editions}>
          <EditionLinks />
        </nav>
      )}
      <p className="opening__kicker">{meta.kicker}</p>
      <h1 className="opening__headline">{meta.headline}</h1>
      <p className="opening__dek">{meta.dek}</p>
      <PublishedLine />
      <div className="opening__lede">
        {meta.lede.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </div>
      {controls}
      <p className="opening__scroll-hint">{meta.scrollHint}</p>
    </header>
  );
});
