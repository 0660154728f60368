/**
 * A choice shown at once while its save runs, then kept in step with the stored value
 * (so an undo or another window's change still shows). React's "adjust state when a
 * prop changes" pattern, without an effect.
 */
import { useState } from 'react';

export function useOptimisticValue<T>(stored: T): [T, (value: T) => void] {
  const [shown, setShown] = useState(stored);
  const [lastStored, setLastStored] = useState(stored);
  if (!Object.is(lastStored, stored)) {
    setLastStored(stored);
    setShown(stored);
  }
  return [shown, setShown];
}
