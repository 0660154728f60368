/**
 * The question before training results are deleted: says in plain words what goes and
 * until when Undo is offered, and takes focus so a keyboard user lands on it. Cancel
 * hands focus back to the button that asked (named by `returnTo`).
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { Button } from '../../components/Button.tsx';
import { focusAfter } from '../../components/focus.ts';

/** How long Undo lasts, the same for every delete (see app/notices.tsx). */
export const UNDO_LASTS = 'You can undo this until you leave this page or start something else.';

interface ConfirmDeleteProps {
  id: string;
  children: ReactNode;
  confirmLabel: string;
  returnTo: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDelete({ id, children, confirmLabel, returnTo, onConfirm, onCancel }: ConfirmDeleteProps) {
  const group = useRef<HTMLDivElement>(null);
  useEffect(() => group.current?.focus(), []);
  const cancel = () => {
    onCancel();
    void focusAfter(returnTo);
  };
  return (
    <div className="app-inline-actions" role="group" aria-labelledby={id} tabIndex={-1} ref={group}>
      <p className="govuk-body-s govuk-!-margin-bottom-0" id={id}>{children} {UNDO_LASTS}</p>
      <Button variant="warning" onClick={onConfirm}>{confirmLabel}</Button>
      <Button variant="secondary" onClick={cancel}>Cancel</Button>
    </div>
  );
}
