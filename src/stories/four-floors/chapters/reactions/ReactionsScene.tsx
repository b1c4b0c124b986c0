// The weekend's posts and headlines arriving as a stack: the newest on top, earlier ones stepping back.
// Every card is always rendered, so arrivals move only transform and opacity, never layout. The cards
// share one height (the tallest post's) and step back by less than their top padding, so an earlier
// card shows only its blank top edge: its words are wholly hidden, never cut by the card above.
//   <ReactionsScene stepId="reactions-mayor" picture={{ postsShown: 2 }} alt="…" />
import { useStory } from '../../../../kit/hooks/useStory.ts';
import { Moving } from '../../../../kit/scene/Moving.tsx';
import { SceneFrame } from '../../../../kit/scene/SceneFrame.tsx';
import { withOpacity } from '../../../../kit/scene/transform.ts';
import type { SceneProps } from '../../../../kit/scene/types.ts';
import type { ReactionsPicture, ReactionsSceneWords } from './sceneTypes.ts';

/** How far each earlier card stands above the one in front, in px: less than a card's top padding. */
export const STACK_STEP = 9;

/** How a card sits in the stack, from its distance behind the newest card (0 = newest). */
export function stackPlacement(depth: number): { y: number; scale: number; opacity: number } {
  if (depth < 0) return { y: 48, scale: 1, opacity: 0 };
  // Cards behind stay opaque (their text stays hidden under the card in front); further back, they leave.
  return { y: 0 - depth * STACK_STEP, scale: 1 - depth * 0.04, opacity: depth > 2 ? 0 : 1 };
}

export function ReactionsScene({ stepId, picture, alt, caption, copy, isStill }: SceneProps<ReactionsPicture, ReactionsSceneWords>) {
  const { story, quote: findQuote, report } = useStory();
  return (
    <SceneFrame name="reactions" stepId={stepId} alt={alt} isStill={isStill} caption={caption}>
      <ol className="feed" aria-hidden="true">
        {copy.feed.map((post, index) => {
          const quote = findQuote(post.quoteId);
          const depth = picture.postsShown - 1 - index;
          return (
            <Moving as="li" key={post.quoteId} className="feed__post" data-source={report(quote.report).file} to={withOpacity(stackPlacement(depth))} style={{ zIndex: index }}>
              <p className="feed__poster">
                {post.poster} <span className="feed__meta">{post.meta}</span>
              </p>
              <p className="feed__text" lang={quote.lang ?? story.meta.lang} data-quote>
                {quote.text}
              </p>
              {quote.translation && (
                <p className="feed__translation" data-translation>
                  <span className="feed__ours">{story.ui.ourTranslation}</span> {quote.translation}
                </p>
              )}
            </Moving>
          );
        })}
      </ol>
    </SceneFrame>
  );
}
