/**
 * Edits a finding in place: title and what was found save as the reviewer types; theme,
 * kind and each piece of evidence save as they are chosen. Moving it to another theme
 * puts it at the end of that theme's findings.
 */
import { useEffect } from 'react';
import { useSaveStatus } from '../../../app/saveStatus.tsx';
import { AutosaveField } from '../../../components/AutosaveField.tsx';
import { Button } from '../../../components/Button.tsx';
import { Field } from '../../../components/Field.tsx';
import { useOptimisticValue } from '../../../components/useOptimistic.ts';
import { db } from '../../../db/index.ts';
import { updateFinding, type FindingDetails } from '../../../db/findingRepository.ts';
import type { Excerpt, Finding, Theme } from '../../../domain/reviewFile.ts';
import type { PassageLookups } from '../evidence/passageLookups.ts';
import { ThemeOptions } from '../evidence/ThemeOptions.tsx';
import { EvidenceChooser } from './EvidenceChooser.tsx';
import { KindRadios } from './KindRadios.tsx';

export interface FindingEditorProps {
  reviewId: string;
  finding: Finding;
  passages: readonly Excerpt[];
  themes: readonly Theme[];
  lookups: PassageLookups;
  /** The field to focus when the editor opens (it opens again after a change of theme moves the finding). */
  focusId: string;
  onThemeChange: () => void;
  onDone: () => void;
}

/** Element ids of the editor's fields, so the view can put focus back on one. */
export const editorFieldId = (findingId: string, field: 'title' | 'theme') => `finding-${findingId}-${field}`;

export function FindingEditor({ reviewId, finding, passages, themes, lookups, focusId, onThemeChange, onDone }: FindingEditorProps) {
  const { track } = useSaveStatus();
  const save = (changes: Partial<FindingDetails>) => track(() => updateFinding(db, finding.id, changes));
  const [themeId, setThemeId] = useOptimisticValue(finding.themeId);
  const [kind, setKind] = useOptimisticValue(finding.kind);
  // Once, on opening: a theme change remounts the editor under its new theme.
  useEffect(() => { document.getElementById(focusId)?.focus(); }, []); // eslint-disable-line react-hooks/exhaustive-deps
  const themeFieldId = editorFieldId(finding.id, 'theme');
  return (
    <div className="app-finding-editor">
      <AutosaveField id={editorFieldId(finding.id, 'title')} label="Title" value={finding.title} width="full"
        validate={(v) => (v.trim() ? undefined : 'Enter a title for the finding')} onSave={(title) => save({ title })} />
      <AutosaveField id={`finding-${finding.id}-detail`} label="What you found" value={finding.detail} multiline rows={4} width="full" onSave={(detail) => save({ detail })} />
      <Field id={themeFieldId} label="Theme" hint="Moving it to another theme puts it last among that theme’s findings.">
        {(describedBy) => (
          <select id={themeFieldId} className="govuk-select" value={themeId} aria-describedby={describedBy}
            onChange={(e) => { setThemeId(e.target.value); onThemeChange(); void save({ themeId: e.target.value }); }}>
            <ThemeOptions themes={themes} />
          </select>
        )}
      </Field>
      <KindRadios id={`finding-${finding.id}-kind`} legend="Kind of finding" value={kind} onChange={(k) => { setKind(k); void save({ kind: k }); }} />
      <EvidenceChooser reviewId={reviewId} finding={finding} passages={passages} themes={themes} lookups={lookups} onChange={(excerptIds) => void save({ excerptIds })} />
      <Button variant="secondary" onClick={onDone}>Done<span className="govuk-visually-hidden"> editing ‘{finding.title}’</span></Button>
    </div>
  );
}
