/**
 * The coding form as a modal dialog, so it opens where the reviewer is looking at any
 * window size instead of far down the page. A native <dialog> shown with showModal()
 * keeps focus inside it and makes the page behind inert; Escape cancels. It is removed
 * rather than closed, so the browser does not move focus back on its own: the caller puts
 * focus back in the notes once it has gone.
 */
import { useLayoutEffect, useRef, type ReactNode } from 'react';

export interface CodingDialogProps {
  labelledBy: string;
  onCancel: () => void;
  children: ReactNode;
}

export function CodingDialog({ labelledBy, onCancel, children }: CodingDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  // A layout effect, so the dialog is open before the form inside it focuses its first field.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} className="app-coding-dialog" aria-labelledby={labelledBy}
      onCancel={(event) => { event.preventDefault(); onCancel(); }}>
      {children}
    </dialog>
  );
}
