// The reader's two switches: motion on or off, and the scroll story or the plain article.
//   <ReaderControls preferences={preferences} />
import type { ReaderPreferences } from '../hooks/useReaderPreferences.ts';
import { useStory } from '../hooks/useStory.ts';

interface ReaderControlsProps {
  /** The current choices and their setters. */
  preferences: ReaderPreferences;
}

export function ReaderControls({ preferences }: ReaderControlsProps) {
  const { isMotionOff, setMotionOff, isLinearChosen, setLinearChosen } = preferences;
  const { ui } = useStory().story;
  return (
    <div className="reader-controls">
      <button type="button" className="reader-controls__toggle" aria-pressed={isLinearChosen} data-control="linear" onClick={() => setLinearChosen(!isLinearChosen)}>
        {ui.readAsArticle}
      </button>
      <button type="button" className="reader-controls__toggle" aria-pressed={isMotionOff} data-control="motion" onClick={() => setMotionOff(!isMotionOff)}>
        {ui.turnMotionOff}
      </button>
    </div>
  );
}
