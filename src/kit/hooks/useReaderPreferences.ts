// The reader's choices that outlive a step: motion off, and the plain-article (linear) reading
// mode. Both are remembered for the visit (sessionStorage, see readerStorage.ts), as the theme is
// (startup/readerTheme.ts, applied before the app starts); printing switches to the linear mode for
// as long as the page is printed.
//   const preferences = useReaderPreferences();
import { useCallback, useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
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
  isMotionOff: boolean;
  setMotionOff: (value: boolean) => void;
  /** The reader asked for the plain article. */
  isLinearChosen: boolean;
  setLinearChosen: (value: boolean) => void;
  /** The page is being printed (or shown as print media). */
  isPrinting: boolean;
}

export function useReaderPreferences(): ReaderPreferences {
  const [isMotionOff, setMotionOffState] = useState(false);
  const [isLinearChosen, setLinearChosenState] = useState(false);
  const [isPrinting, setPrinting] = useState(false);

  // Stored choices are read after hydration so the server-rendered page and the first client render agree.
  useEffect(() => {
    setMotionOffState(readFlag(MOTION_KEY));
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
  }, []);

  const setMotionOff = useCallback((value: boolean) => {
    writeFlag(MOTION_KEY, value);
    setMotionOffState(value);
  }, []);
  const setLinearChosen = useCallback((value: boolean) => {
    writeFlag(LINEAR_KEY, value);
    setLinearChosenState(value);
  }, []);

  // The same object until a choice changes, so the controls that show it can skip the app's renders.
  return useMemo(
    () => ({ isMotionOff, setMotionOff, isLinearChosen, setLinearChosen, isPrinting }),
    [isMotionOff, setMotionOff, isLinearChosen, setLinearChosen, isPrinting],
  );
}
