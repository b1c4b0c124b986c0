// The system's reduced-motion setting, kept current if the reader changes it while reading.
//   const prefersReducedMotion = usePrefersReducedMotion();
import { useEffect, useState } from 'react';

export function usePrefersReducedMotion(): boolean {
  // False on the server and in the first client render, so hydration matches; corrected on mount.
  const [prefersReduced, setPrefersReduced] = useState(false);
  useEffect(() => {
    const query = window.matchMedia('(prefers-reduced-motion: reduce)');
    const update = () => setPrefersReduced(query.matches);
    update();
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return prefersReduced;
}
