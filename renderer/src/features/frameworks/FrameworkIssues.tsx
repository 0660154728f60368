/**
 * The framework issues the lead has grouped: each with the findings it brings together
 * across areas. An issue can be renamed, have a finding taken out, or be removed (with
 * Undo, which also puts it back in the priorities that took it up).
 */
import { useMemo, useState } from 'react';
import { useCommand } from '../../app/useCommand.ts';
import { Button } from '../../components/Button.tsx';
import { editIssue, FrameworkIndex, type FrameworkFile, type FrameworkIssue } from '../../domain/framework/index.ts';
import { FINDING_KIND_LABELS } from '../../domain/labels.ts';
import { issueId, removeIssueCommand } from './frameworkCommands.ts';
import type { ChangeFramework } from './useFramework.ts';

function Rename({ issue, change, onDone }: { issue: FrameworkIssue; change: ChangeFramework; onDone: () => void }) {
  const [title, setTitle] = useState(issue.title);
  const [error, setError] = useState('');
  const id = `${issueId(issue.id)}-title`;
  const save = async () => {
    if (!title.trim()) {
      setError('Enter a title for the framework issue');
      document.getElementById(id)?.focus();
      return;
    }
    setError('');
    if (await change((f) => editIssue(f, issue.id, { title }))) onDone();
  };
  return (
    <>
      <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label" htmlFor={id}>Title of the framework issue</label>
        {error && <p className="govuk-error-message" id={`${id}-error`}><span className="govuk-visually-hidden">Error:</span> {error}</p>}
        <input className={`govuk-input${error ? ' govuk-input--error' : ''}`} id={id} value={title} aria-describedby={error ? `${id}-error` : undefined} onChange={(e) => setTitle(e.target.value)} autoComplete="off" />
      </div>
      <div className="govuk-button-group">
        <Button onClick={() => void save()}>Save issue</Button>
        <Button variant="secondary" onClick={onDone}>Cancel</Button>
      </div>
    </>
  );
}

function Issue({ file, issue, index, change }: { file: FrameworkFile; issue: FrameworkIssue; index: FrameworkIndex; change: ChangeFramework }) {
  const [editing, setEditing] = useState(false);
  const remove = useCommand(removeIssueCommand);
  return (
    <li>
      <h4 className="govuk-heading-s" id={issueId(issue.id)} tabIndex={-1}>{issue.title}</h4>
      <p className="govuk-body-s">{FINDING_KIND_LABELS[issue.kind]} in {issue.theme}</p>
      {editing && <Rename issue={issue} change={change} onDone={() => setEditing(false)} />}
      <ul className="govuk-list govuk-list--bullet" aria-label={`Findings in ${issue.title}`}>
        {issue.findings.map((ref) => {
          const area = index.reviewById.get(ref.reviewId)?.area ?? '';
          const finding = index.finding(ref);
          const name = finding?.title || finding?.detail || '';
          return (
            <li key={`${ref.reviewId}/${ref.id}`}>{area}: {name}{' '}
              {issue.findings.length > 1 && (
                <button type="button" className="govuk-link app-link-button"
                  onClick={() => void change((f) => editIssue(f, issue.id, { title: issue.title, findings: issue.findings.filter((x) => x !== ref) }))}>
                  Take out<span className="govuk-visually-hidden"> {area}: {name}</span>
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {!editing && (
        <div className="govuk-button-group">
          <Button variant="secondary" isSmall onClick={() => setEditing(true)}>Rename<span className="govuk-visually-hidden"> {issue.title}</span></Button>
          <Button variant="warning" isSmall onClick={() => void remove({ frameworkId: file.framework.id, issueId: issue.id, title: issue.title })}>Remove<span className="govuk-visually-hidden"> {issue.title}</span></Button>
        </div>
      )}
    </li>
  );
}

export function FrameworkIssues({ file, change }: { file: FrameworkFile; change: ChangeFramework }) {
  const index = useMemo(() => new FrameworkIndex(file), [file]);
  return (
    <>
      <h3 className="govuk-heading-m" id="issues-heading" tabIndex={-1}>Framework issues</h3>
      {file.issues.length === 0 ? <p className="govuk-body">None yet: group findings above into a framework issue.</p> : (
        <ul className="govuk-list" aria-labelledby="issues-heading">
          {file.issues.map((issue) => <Issue key={issue.id} file={file} issue={issue} index={index} change={change} />)}
        </ul>
      )}
    </>
  );
}
