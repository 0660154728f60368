/** Progress of a running export, announced to screen readers, with a Cancel button that has focus. */
import { useEffect, useRef } from 'react';
import { Button } from '../../components/Button.tsx';
import { EXPORT_NAMES, type RunningExport } from './useExportJob.ts';

export function ExportProgressPanel({ running, onCancel }: { running: RunningExport; onCancel: () => void }) {
  const cancel = useRef<HTMLButtonElement>(null);
  // Focus moves to Cancel, so a keyboard user can stop a long build at once.
  useEffect(() => cancel.current?.focus(), []);
  const { progress } = running;
  const what = EXPORT_NAMES[running.kind].what;
  return (
    <div className="app-export-progress govuk-inset-text">
      <label className="govuk-label govuk-label--s" htmlFor="export-progress">Creating {what}</label>
      <progress id="export-progress" className="app-export-progress__bar" max={progress?.total ?? 1} value={progress?.done ?? 0}>
        {progress ? `${progress.done} of ${progress.total}` : 'Starting'}
      </progress>
      <p className="govuk-body-s" role="status">
        {progress ? `Step ${Math.min(progress.done + 1, progress.total)} of ${progress.total}: ${progress.step}` : 'Reading the review…'}
      </p>
      <Button variant="secondary" ref={cancel} onClick={onCancel}>Cancel</Button>
    </div>
  );
}
