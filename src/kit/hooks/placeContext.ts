// Carries the page's place store (steps/stepPlace.ts) down to the scenes. The context holds a store
// that never changes, so following the scroll renders nothing: each scene subscribes to it.
//   <PlaceContext.Provider value={place}>…</PlaceContext.Provider>   const place = usePlace();
import { createContext, useContext } from 'react';
import { NO_PLACE, type PlaceStore } from '../steps/stepPlace.ts';

export const PlaceContext = createContext<PlaceStore>(NO_PLACE);

export function usePlace(): PlaceStore {
  return useContext(PlaceContext);
}
