// The reader's two switches: motion on or off, and the scroll story or the plain article.
//   <ReaderControls preferences={preferences} />
import { useSyncExternalStore } from 'react';
import { emitReaderEvent } from '../events/readerEvents.ts';
import type { ReaderPreferences } from '../hooks/useReaderPreferences.ts';
import { useStory } from '../hooks/useStory.ts';

interface ReaderControlsProps {
  /** The current choices and their setters. */
  preferences: ReaderPreferences;
}

export function ReaderControls({ preferences }: ReaderControlsProps) {
  const { motionSwitch, setMotionOff, isLinearChosen, setLinearChosen } = preferences;
  // Followed here, not in the app: a tap on the switch renders the switch alone.
  const isMotionOff = useSyncExternalStore(motionSwitch.subscribe, motionSwitch.get, () => false);
  const { ui } = useStory().story;
  const toggleLinear = () => {
    setLinearChosen(!isLinearChosen);
    emitReaderEvent('reading-mode', { mode: isLinearChosen ? 'scroll' : 'article' });
  };
  const toggleMotion = () => {
    setMotionOff(!isMotionOff);
    emitReaderEvent('motion', { motion: isMotionOff ? 'on' : 'off' });
  };
  return (
    <div className="reader-controls">
      <button type="button" className="reader-controls__toggle" aria-pressed={isLinearChosen} data-control="linear" onClick={toggleLinear}>
        {ui.readAsArticle}
      </button>
      <button type="button" className="reader-controls__toggle" aria-pressed={isMotionOff} data-control="motion" onClick={toggleMotion}>
        {ui.turnMotionOff}
      </button>
    </div>
  );
}
