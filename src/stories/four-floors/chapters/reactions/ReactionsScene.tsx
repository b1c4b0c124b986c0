// The weekend's posts and headlines arriving as a stack: the newest on top, earlier ones stepping back.
// Every card is always rendered, so arrivals move only transform and opacity, never layout.
//   <ReactionsScene stepId="reactions-mayor" picture={{ kind: 'reactions', postsShown: 2 }} alt="…" />
import { m } from 'framer-motion';
import { STORY } from '../../story.ts';
import { getQuote } from '../../quotes.ts';
import { getSource } from '../../sources/reports.ts';
import { SceneFrame } from '../../../../kit/scene/SceneFrame.tsx';
import { withOpacity } from '../../../../kit/scene/transform.ts';
import { pictureOfKind } from '../../../../kit/scene/pictureOfKind.ts';
import type { SceneProps } from '../../../../kit/scene/types.ts';

/** How a card sits in the stack, from its distance behind the newest card (0 = newest). */
export function stackPlacement(depth: number): { y: number; scale: number; opacity: number } {
  if (depth < 0) return { y: 48, scale: 1, opacity: 0 };
  // Cards behind stay opaque (their peeking edge keeps AA contrast); further back, they leave.
  return { y: 0 - depth * 18, scale: 1 - depth * 0.05, opacity: depth > 2 ? 0 : 1 };
}

export function ReactionsScene({ stepId, picture: anyPicture, alt, caption, isStill }: SceneProps) {
  const picture = pictureOfKind(anyPicture, 'reactions');
  return (
    <SceneFrame name="reactions" stepId={stepId} alt={alt} isStill={isStill} caption={caption}>
      <ol className="feed" aria-hidden="true">
        {STORY.feed.map((post, index) => {
          const quote = getQuote(post.quoteId);
          const depth = picture.postsShown - 1 - index;
          return (
            <m.li
              key={post.quoteId}
              className="feed__post"
              data-source={getSource(quote.source).file}
              initial={false}
              animate={withOpacity(stackPlacement(depth))}
              style={{ zIndex: index }}
            >
              <p className="feed__author">
                {post.author} <span className="feed__meta">{post.meta}</span>
              </p>
              <p className="feed__text" lang={quote.lang ?? 'en'} data-quote>
                {quote.text}
              </p>
              {quote.translation && (
                <p className="feed__translation" data-translation>
                  <span className="feed__ours">Our translation:</span> {quote.translation}
                </p>
              )}
            </m.li>
          );
        })}
      </ol>
    </SceneFrame>
  );
}
