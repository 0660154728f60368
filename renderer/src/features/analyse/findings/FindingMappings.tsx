/**
 * A finding's mapping to headings of the national framework packs the templates ship.
 * The Word report lists the mappings in its appendix "Mapping to national frameworks",
 * and a strategic framework rolls them up into its priorities.
 */
import { useState } from 'react';
import { useSaveStatus } from '../../../app/saveStatus.tsx';
import { db } from '../../../db/index.ts';
import { updateFinding } from '../../../db/findingRepository.ts';
import { describeMapping } from '../../../domain/framework/headings.ts';
import type { Finding, FrameworkMapping } from '../../../domain/reviewFile.ts';
import { loadTemplates } from '../../../templates/loadTemplates.ts';

export function FindingMappings({ finding }: { finding: Finding }) {
  const packs = loadTemplates().frameworks;
  const { track } = useSaveStatus();
  const [pick, setPick] = useState('');
  const mappings = finding.frameworkMappings ?? [];
  const title = finding.title.trim() || 'Untitled finding';
  const save = (next: FrameworkMapping[]) => track(() => updateFinding(db, finding.id, { frameworkMappings: next }));
  const id = `finding-${finding.id}-mapping`;
  return (
    <div className="app-finding-mappings">
      <h5 className="govuk-heading-s govuk-!-margin-bottom-2">National frameworks</h5>
      {mappings.length > 0 && (
        <ul className="govuk-list" aria-label={`National frameworks for ‘${title}’`}>
          {mappings.map((m) => (
            <li key={`${m.pack}/${m.heading}`}>{describeMapping(packs, m)}{' '}
              <button type="button" className="govuk-link app-link-button" onClick={() => void save(mappings.filter((x) => x !== m))}>
                Remove<span className="govuk-visually-hidden"> {describeMapping(packs, m)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="govuk-form-group govuk-!-margin-bottom-2">
        <label className="govuk-label" htmlFor={id}>Map ‘{title}’ to a national framework heading</label>
        <select className="govuk-select" id={id} value={pick} onChange={(e) => setPick(e.target.value)}>
          <option value="">Choose a heading</option>
          {packs.map((pack) => (
            <optgroup key={pack.id} label={pack.name}>
              {pack.headings.map((h) => <option key={h.key} value={`${pack.id}/${h.key}`}>{h.name}</option>)}
            </optgroup>
          ))}
        </select>{' '}
        <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => {
          const [pack = '', heading = ''] = pick.split('/');
          if (pack && !mappings.some((m) => m.pack === pack && m.heading === heading)) void save([...mappings, { pack, heading }]);
          setPick('');
        }}>Map<span className="govuk-visually-hidden"> ‘{title}’</span></button>
      </div>
    </div>
  );
}
