/** The framework's own words, saved as they are typed: region, foreword, partners, governance, principles, definition, cross-border working, monitoring. */
import { AutosaveField } from '../../components/AutosaveField.tsx';
import type { FrameworkFile } from '../../domain/framework/index.ts';
import { SECTOR_LABELS } from '../../domain/labels.ts';
import type { ChangeFramework } from './useFramework.ts';

type TextField = 'title' | 'region' | 'foreword' | 'governance' | 'definition' | 'crossBorder' | 'monitoring';
const required = (label: string) => (value: string) => (value.trim() ? undefined : `Enter ${label}`);

export function FrameworkContents({ file, change }: { file: FrameworkFile; change: ChangeFramework }) {
  const { framework } = file;
  const save = (field: TextField) => (value: string) => change((f) => ({ ...f, framework: { ...f.framework, [field]: value } }));
  const text = (field: TextField, label: string, hint?: string) => (
    <AutosaveField id={`framework-${field}`} label={label} hint={hint} value={framework[field]} onSave={save(field)} multiline rows={4} />
  );
  return (
    <section aria-labelledby="contents-heading">
      <h2 className="govuk-heading-l" id="contents-heading">Contents</h2>
      <AutosaveField id="framework-title" label="Title" value={framework.title} onSave={save('title')} validate={required('a title')} />
      <AutosaveField id="framework-region" label="County or region" value={framework.region} onSave={save('region')} validate={required('the county or region')} width="one-half" />
      {text('foreword', 'Foreword', 'Left empty, the Word framework opens with a short generated foreword.')}
      <h3 className="govuk-heading-m">Partners and their part</h3>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-visually-hidden">Partners</caption>
        <thead className="govuk-table__head"><tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Partner</th><th scope="col" className="govuk-table__header">Part in the framework</th>
        </tr></thead>
        <tbody className="govuk-table__body">
          {framework.partners.map((p) => (
            <tr className="govuk-table__row" key={p.id}>
              <td className="govuk-table__cell">{p.name}<br /><span className="govuk-hint govuk-!-margin-0">{SECTOR_LABELS[p.sector]}</span></td>
              <td className="govuk-table__cell">
                <AutosaveField id={`partner-${p.id}-role`} label={`Part played by ${p.name}`} isLabelHidden value={p.role} width="full"
                  onSave={(role) => change((f) => ({ ...f, framework: { ...f.framework, partners: f.framework.partners.map((x) => (x.id === p.id ? { ...x, role } : x)) } }))} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {text('governance', 'Governance and accountability', 'Which board owns the framework, who reports to it and how it holds partners to account.')}
      <AutosaveField id="framework-principles" label="Shared principles" hint="One principle a line." multiline rows={4} value={framework.principles.join('\n')}
        onSave={(value) => change((f) => ({ ...f, framework: { ...f.framework, principles: value.split('\n').map((l) => l.trim()).filter(Boolean) } }))} />
      {text('definition', 'Definition of serious violence', 'The partnership’s shared definition under the Serious Violence Duty.')}
      {text('crossBorder', 'Cross-border working')}
      {text('monitoring', 'Monitoring and review cycle')}
    </section>
  );
}
