/** A set of chosen keys for a checkbox list, with toggle and clear. */
import { useCallback, useState } from 'react';

export function useToggleSet(): { chosen: ReadonlySet<string>; toggle: (key: string) => void; clear: () => void } {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const toggle = useCallback((key: string) => setChosen((current) => {
    const next = new Set(current);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    return next;
  }), []);
  const clear = useCallback(() => setChosen(new Set()), []);
  return { chosen, toggle, clear };
}
