/**
 * Brings a named form field into view: `?focus=scope-terms` focuses the field whose id is
 * `scope-terms`, so a readiness link lands on the very field to fill in. (Items are
 * focused by their UUID through useFocusTarget instead.) Pass `ready` once the content
 * above the field has loaded, so the field stays in view; each name is honoured once.
 */
import { useEffect, useRef } from 'react';
import { useRoute } from '../../app/router.ts';

const FIELD_NAME = /^[a-z]+(?:-[a-z]+)*$/;
/** About two seconds of frames to wait for the field. */
const MAX_FRAMES = 120;

export function useFieldFocus(ready: boolean): void {
  const route = useRoute();
  const focus = route.page === 'workspace' ? route.focus : undefined;
  const done = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!focus || !ready || done.current === focus || !FIELD_NAME.test(focus)) return;
    done.current = focus;
    // A field under a list that loads on its own (agencies, themes) appears a moment later.
    let frame = 0;
    let tries = 0;
    const attempt = () => {
      const field = document.getElementById(focus);
      if (field) {
        field.scrollIntoView({ block: 'center' });
        field.focus({ preventScroll: true });
      } else if (++tries < MAX_FRAMES) frame = requestAnimationFrame(attempt);
    };
    attempt();
    return () => cancelAnimationFrame(frame);
  }, [focus, ready]);
}

/** The same, for a screen whose fields are all there from its first render (Scope). */
export function FieldFocus() {
  useFieldFocus(true);
  return null;
}
