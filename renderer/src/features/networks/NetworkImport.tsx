/**
 * Import from the template: four CSV files or one workbook, all or nothing. A problem is
 * shown in an error summary naming the file, line and column; labels that look like
 * names are listed, each with its own "this is not a name" checkbox, and nothing is
 * imported until every one is confirmed (or the files are corrected).
 */
import { useState } from 'react';
import { Button } from '../../components/Button.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { NAME_LIKE_REASONS, NameLikeLabelsError, NetworkImportError, parseNetworkCsv, type NameLikeLabel, type NetworkFiles, type PeerNetwork } from '../../domain/network/index.ts';
import { readTemplateFiles, TemplateFilesError } from './networkFiles.ts';

interface Props {
  networkId: string;
  names: readonly string[];
  onImport: (content: PeerNetwork) => Promise<boolean>;
}

export function NetworkImport({ networkId, names, onImport }: Props) {
  const inputId = `network-files-${networkId}`;
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [pending, setPending] = useState<{ files: NetworkFiles; labels: NameLikeLabel[] } | null>(null);
  const [confirmed, setConfirmed] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);

  const tryParse = async (files: NetworkFiles, keys: Set<string>) => {
    try {
      const content = parseNetworkCsv(files, { names, confirmed: keys });
      setPending(null);
      setError(null);
      if (await onImport(content)) setConfirmed(new Set());
    } catch (e) {
      setAttempt((n) => n + 1);
      if (e instanceof NameLikeLabelsError) {
        setPending({ files, labels: e.labels });
        setError(`${e.labels.length === 1 ? 'A label looks' : `${e.labels.length} labels look`} like a person’s name. Use pseudonyms in the files, or confirm below that each is not a name. Nothing was imported.`);
      } else if (e instanceof NetworkImportError) {
        setPending(null);
        setError(`${e.message}. Nothing was imported.`);
      } else throw e;
    }
  };

  const choose = async (list: FileList | null) => {
    if (!list?.length) return;
    setBusy(true);
    try {
      const files = await readTemplateFiles([...list]);
      setConfirmed(new Set());
      await tryParse(files, new Set());
    } catch (e) {
      if (!(e instanceof TemplateFilesError)) throw e;
      setAttempt((n) => n + 1);
      setPending(null);
      setError(e.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div>
      {error && <ErrorSummary errors={[{ href: `#${inputId}`, text: error }]} attempt={attempt} />}
      <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label govuk-label--s" htmlFor={inputId}>Import from the template</label>
        <div className="govuk-hint" id={`${inputId}-hint`}>
          Choose the four CSV files (people.csv, incidents.csv, institutions.csv, links.csv) together, or one workbook with those four sheets. Importing replaces what this network holds.
        </div>
        {error && <p className="govuk-error-message" id={`${inputId}-error`}><span className="govuk-visually-hidden">Error:</span> {error}</p>}
        <input autoComplete="off"
          className="govuk-file-upload" id={inputId} type="file" multiple accept=".csv,.xlsx" disabled={busy}
          aria-describedby={`${inputId}-hint${error ? ` ${inputId}-error` : ''}`}
          onChange={(e) => { void choose(e.target.files); e.target.value = ''; }}
        />
      </div>
      {pending && (
        <fieldset className="govuk-fieldset govuk-!-margin-bottom-6">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Labels that look like names</legend>
          <div className="govuk-checkboxes govuk-checkboxes--small">
            {pending.labels.map((l) => (
              <div className="govuk-checkboxes__item" key={l.key}>
                <input
                  className="govuk-checkboxes__input" type="checkbox" id={`confirm-${l.key}`} checked={confirmed.has(l.key)}
                  onChange={(e) => setConfirmed((old) => { const next = new Set(old); if (e.target.checked) next.add(l.key); else next.delete(l.key); return next; })}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={`confirm-${l.key}`}>
                  “{l.label}” ({l.file}, line {l.line}) is not a person’s name — it has {NAME_LIKE_REASONS[l.reason]}
                </label>
              </div>
            ))}
          </div>
          <Button className="govuk-!-margin-top-4" disabled={!pending.labels.every((l) => confirmed.has(l.key))} onClick={() => void tryParse(pending.files, confirmed)}>
            Import with these labels
          </Button>
        </fieldset>
      )}
    </div>
  );
}
