// A dated timeline from the climb to the residency permit, filling as the reader scrolls.
//   <AftermathScene stepId="aftermath-permit" picture={{ filledUpTo: 3 }} alt="…" />
import { Moving } from '../../../../kit/scene/Moving.tsx';
import { SceneFrame } from '../../../../kit/scene/SceneFrame.tsx';
import { toTransform } from '../../../../kit/scene/transform.ts';
import type { SceneProps } from '../../../../kit/scene/types.ts';
import type { AftermathPicture, AftermathSceneWords } from './sceneTypes.ts';

/** Share of the timeline's rail that is filled when entries up to `filledUpTo` are reached. */
export function railFill(filledUpTo: number, entryCount: number): number {
  if (entryCount <= 1) return 1;
  return Math.max(0, Math.min(1, filledUpTo / (entryCount - 1)));
}

export function AftermathScene({ stepId, picture, alt, caption, copy, isStill }: SceneProps<AftermathPicture, AftermathSceneWords>) {
  const entries = copy.timeline;
  return (
    <SceneFrame name="aftermath" stepId={stepId} alt={alt} isStill={isStill} caption={caption}>
      <div className="timeline" aria-hidden="true">
        <div className="timeline__rail">
          <Moving className="timeline__fill" to={{ transform: toTransform({ scaleY: railFill(picture.filledUpTo, entries.length) }) }} />
        </div>
        <ol className="timeline__entries">
          {entries.map((entry, index) => (
            // Entries still ahead keep AA contrast (a muted colour, not transparency); the dot fills.
            <li key={entry.date} className={index <= picture.filledUpTo ? 'timeline__entry is-filled' : 'timeline__entry'}>
              <Moving as="span" className="timeline__dot" to={{ transform: toTransform({ scale: index <= picture.filledUpTo ? 1 : 0.6 }) }} />
              <span className="timeline__date">{entry.date}</span>
              <span className="timeline__label">{entry.label}</span>
              {entry.note && (
                <Moving as="span" className="timeline__note" to={{ opacity: picture.hasNotes ? 1 : 0, transform: toTransform({ y: picture.hasNotes ? 0 : -6 }) }}>
                  {entry.note}
                </Moving>
              )}
            </li>
          ))}
        </ol>
      </div>
    </SceneFrame>
  );
}
