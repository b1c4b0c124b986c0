// Shares one step by its deep link: the system's share sheet where the browser has one, otherwise the
// link copied to the clipboard; where neither is allowed (a frame without the permission), the link
// is shown to copy by hand. The outcome is written in a status region, which screen readers announce.
//   <ShareStep stepId="rescue-floor-2" />
import { useState } from 'react';
import { fillIn } from '../content/interfaceWords.ts';
import { useStory } from '../hooks/useStory.ts';

/** The step's address on the story's own page, without the embed's query. */
function stepLink(stepId: string): string {
  return `${window.location.origin}${window.location.pathname}#${stepId}`;
}

async function share(link: string, title: string): Promise<'shared' | 'copied' | 'cancelled'> {
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ title, url: link });
      return 'shared';
    } catch (error) {
      // The reader closed the sheet; anything else (not allowed here) falls back to copying.
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    }
  }
  await navigator.clipboard.writeText(link);
  return 'copied';
}

interface ShareStepProps {
  /** The step whose deep link is shared. */
  stepId: string;
}

export function ShareStep({ stepId }: ShareStepProps) {
  const { meta, ui } = useStory().story;
  const [status, setStatus] = useState('');
  const onClick = () => {
    const link = stepLink(stepId);
    share(link, meta.headline).then(
      (outcome) => setStatus(outcome === 'cancelled' ? '' : ui.share[outcome]),
      () => setStatus(fillIn(ui.share.copyThis, { link })),
    );
  };
  return (
    <div className="share-step">
      <button type="button" className="share-step__button" data-share-step={stepId} onClick={onClick}>
        {ui.share.button}
      </button>
      <span className="share-step__status" role="status" data-share-status>
        {status}
      </span>
    </div>
  );
}
