/** Progress while the vault encrypts the reviews already on the computer. */
export interface ProgressState {
  done: number;
  total: number;
}

export function EncryptionProgress({ progress }: { progress: ProgressState | null }) {
  if (!progress || progress.total === 0) return null;
  return (
    <div className="govuk-form-group">
      <label className="govuk-label" htmlFor="encryption-progress">
        Encrypting the reviews on this computer: {progress.done} of {progress.total}
      </label>
      <progress id="encryption-progress" className="app-progress" max={progress.total} value={progress.done} />
    </div>
  );
}
