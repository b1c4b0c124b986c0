// The reader's choices that outlive a step: motion off, and the plain-article (linear) reading
// mode. Both are remembered for the visit (sessionStorage, see readerStorage.ts), as the theme is
// (startup/readerTheme.ts, applied before the app starts); printing switches to the linear mode for
// as long as the page is printed. The motion switch is a store, not state: turning it renders only
// the switch itself, and reaches the scenes without a render (motionContext.ts).
//   const preferences = useReaderPreferences();
//   const isMotionOff = useSyncExternalStore(preferences.motionSwitch.subscribe, preferences.motionSwitch.get, () => false);
import { useCallback, useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { createMotionOffStore, type MotionOffStore } from './motionContext.ts';
import { readStored, writeStored } from './readerStorage.ts';

const MOTION_KEY = 'story:motion-off';
const LINEAR_KEY = 'story:linear';

function readFlag(key: string): boolean {
  return readStored(key) === '1';
}

function writeFlag(key: string, value: boolean): void {
  writeStored(key, value ? '1' : '0');
}

export interface ReaderPreferences {
  /** The reader turned motion off (read it, or subscribe to it: it never re-renders the app). */
  motionSwitch: Pick<MotionOffStore, 'get' | 'subscribe'>;
  setMotionOff: (value: boolean) => void;
  /** The reader asked for the plain article. */
  isLinearChosen: boolean;
  setLinearChosen: (value: boolean) => void;
  /** The page is being printed (or shown as print media). */
  isPrinting: boolean;
}

export function useReaderPreferences(): ReaderPreferences {
  const [motionSwitch] = useState(createMotionOffStore);
  const [isLinearChosen, setLinearChosenState] = useState(false);
  const [isPrinting, setPrinting] = useState(false);

  // Stored choices are read after hydration so the server-rendered page and the first client render agree.
  useEffect(() => {
    motionSwitch.set(readFlag(MOTION_KEY));
    setLinearChosenState(readFlag(LINEAR_KEY));
    const print = window.matchMedia('print');
    setPrinting(print.matches);
    // flushSync: the browser lays out the printed page right after these events.
    const onPrintChange = () => flushSync(() => setPrinting(print.matches));
    const onBeforePrint = () => flushSync(() => setPrinting(true));
    const onAfterPrint = () => setPrinting(print.matches);
    print.addEventListener('change', onPrintChange);
    window.addEventListener('beforeprint', onBeforePrint);
    window.addEventListener('afterprint', onAfterPrint);
    return () => {
      print.removeEventListener('change', onPrintChange);
      window.removeEventListener('beforeprint', onBeforePrint);
      window.removeEventListener('afterprint', onAfterPrint);
    };
  }, [motionSwitch]);

  const setMotionOff = useCallback(
    (value: boolean) => {
      writeFlag(MOTION_KEY, value);
      motionSwitch.set(value);
    },
    [motionSwitch],
  );
  const setLinearChosen = useCallback((value: boolean) => {
    writeFlag(LINEAR_KEY, value);
    setLinearChosenState(value);
  }, []);

  // The same object until a choice changes, so the controls that show it can skip the app's renders.
  return useMemo(
    () => ({ motionSwitch, setMotionOff, isLinearChosen, setLinearChosen, isPrinting }),
    [motionSwitch, setMotionOff, isLinearChosen, setLinearChosen, isPrinting],
  );
}
