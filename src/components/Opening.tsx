// The story's first screen: headline, standfirst and the lede, all from the copy.
import { STORY } from '../content/story.ts';

export function Opening() {
  return (
    <header className="opening" data-chapter="opening">
      <p className="opening__kicker">Paris, 18th arrondissement · May 2018</p>
      <h1 className="opening__headline">{STORY.headline}</h1>
      <p className="opening__dek">{STORY.dek}</p>
      <div className="opening__lede">
        {STORY.lede.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </div>
      <p className="opening__scroll-hint">Scroll to follow the climb</p>
    </header>
  );
}
