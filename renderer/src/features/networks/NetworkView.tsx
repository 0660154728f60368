/**
 * One peer network: its details, the import, the figures beside the map (or the table),
 * the filters (at least two connections, overlapping attendance, one person's
 * neighbourhood), PNG and SVG export, and adding or removing entries.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { useCommand } from '../../app/useCommand.ts';
import type { Command } from '../../app/commands.ts';
import { useNotices, messageOf } from '../../app/notices.tsx';
import { Button } from '../../components/Button.tsx';
import { db } from '../../db/index.ts';
import type { NetworkRow } from '../../db/database.ts';
import { deleteNetwork, replaceNetworkContent, restoreNetwork, updateNetworkDetails } from '../../db/networkRepository.ts';
import {
  connectedPeople, figuresOfGraph, focusIds, keptIds, networkGraph, networkSummary, networkSvg, NODE_STYLES, type PeerNetwork,
} from '../../domain/network/index.ts';
import { removeEntity } from '../../domain/network/edit.ts';
import { getHost } from '../../host/index.ts';
import { EntryForms } from './EntryForms.tsx';
import { NetworkImport } from './NetworkImport.tsx';
import { MapControls, NetworkMap, type NetworkMapHandle } from './NetworkMap.tsx';
import { NetworkTable } from './NetworkTable.tsx';

const deleteNetworkCommand: Command<NetworkRow, NetworkRow> = {
  failure: 'Could not delete the network',
  run: (network) => deleteNetwork(db, network.id),
  describe: (_, network) => `Deleted the network “${network.title}”.`,
  undo: (row) => restoreNetwork(db, row),
  focusAfter: () => 'networks-heading',
};

const contentOf = (n: NetworkRow): PeerNetwork => ({ people: n.people, incidents: n.incidents, institutions: n.institutions, links: n.links });

export function NetworkView({ network, names }: { network: NetworkRow; names: readonly string[] }) {
  const { notify } = useNotices();
  const runDelete = useCommand(deleteNetworkCommand);
  const content = useMemo(() => contentOf(network), [network]);
  const [twoOrMore, setTwoOrMore] = useState(false);
  const [overlapping, setOverlapping] = useState(false);
  const [focus, setFocus] = useState('');
  const [view, setView] = useState<'map' | 'table'>('map');
  const [details, setDetails] = useState({ title: network.title, date: network.date ?? '', sourceNote: network.sourceNote });
  const map = useRef<NetworkMapHandle>(null);
  const prefix = `network-${network.id}`;

  const graph = useMemo(() => networkGraph(content, { overlappingAttendanceOnly: overlapping }), [content, overlapping]);
  const figures = useMemo(() => figuresOfGraph(content, graph, { overlappingAttendanceOnly: overlapping }), [content, graph, overlapping]);
  const connected = useMemo(() => connectedPeople(content, graph, { overlappingAttendanceOnly: overlapping }), [content, graph, overlapping]);
  const visible = useMemo(() => {
    let ids = new Set(graph.nodes.map((n) => n.id));
    if (twoOrMore) ids = keptIds(graph);
    if (focus && graph.byId.has(focus)) {
      const around = focusIds(graph, focus);
      ids = new Set([...ids].filter((id) => around.has(id)));
      ids.add(focus);
    }
    return ids;
  }, [graph, twoOrMore, focus]);
  const summary = networkSummary(figures, overlapping);
  const mapLabel = `Network map of ${network.title}: ${visible.size} of ${graph.nodes.length} people, incidents and institutions shown. ${summary} The table view lists the same.`;

  const save = useCallback(async (next: PeerNetwork) => {
    try {
      await replaceNetworkContent(db, network.id, next);
      return true;
    } catch (error) {
      notify({ kind: 'important', title: 'Could not save the network', text: messageOf(error) });
      return false;
    }
  }, [network.id, notify]);

  const saveDetails = async () => {
    try {
      await updateNetworkDetails(db, network.id, { title: details.title, sourceNote: details.sourceNote, ...(details.date.trim() && { date: details.date.trim() }) });
      notify({ kind: 'success', text: 'Saved the network’s details.' });
    } catch (error) {
      notify({ kind: 'important', title: 'Could not save the details', text: 'Give the network a title, and a date written YYYY-MM-DD or none.' + (error instanceof Error && error.name !== 'ZodError' ? ` (${messageOf(error)})` : '') });
    }
  };

  const importContent = async (next: PeerNetwork) => {
    const ok = await save(next);
    if (ok) notify({ kind: 'success', text: `Imported ${next.people.length} people, ${next.incidents.length} incidents, ${next.institutions.length} institutions and ${next.links.length} links.` });
    return ok;
  };

  const fileStem = network.title.replace(/[^\p{L}\p{N} -]+/gu, ' ').trim() || 'network';
  const exportPng = async () => {
    if (!map.current) return;
    await getHost().saveFile(`${fileStem} map.png`, 'png', await map.current.png());
  };
  const exportSvg = async () => {
    if (!map.current) return;
    const placed = map.current.positions();
    const edges = graph.edges.filter(([a, b]) => visible.has(a) && visible.has(b));
    await getHost().saveFile(`${fileStem} map.svg`, 'svg', new TextEncoder().encode(networkSvg(placed, edges, `Map of ${network.title}`)));
  };
  const remove = useCallback((id: string) => void save(removeEntity(content, id)), [content, save]);

  return (
    <section aria-labelledby={`${prefix}-heading`} className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-l" id={`${prefix}-heading`}>{network.title}</h2>
      <details className="govuk-details">
        <summary className="govuk-details__summary"><span className="govuk-details__summary-text">Title, date and source</span></summary>
        <div className="govuk-details__text">
          <div className="govuk-form-group">
            <label className="govuk-label" htmlFor={`${prefix}-title`}>Title</label>
            <input autoComplete="off" className="govuk-input" id={`${prefix}-title`} value={details.title} onChange={(e) => setDetails({ ...details, title: e.target.value })} />
          </div>
          <div className="govuk-form-group">
            <label className="govuk-label" htmlFor={`${prefix}-date`}>Date (YYYY-MM-DD)</label>
            <input autoComplete="off" className="govuk-input govuk-input--width-10" id={`${prefix}-date`} value={details.date} onChange={(e) => setDetails({ ...details, date: e.target.value })} />
          </div>
          <div className="govuk-form-group">
            <label className="govuk-label" htmlFor={`${prefix}-source`}>Source note</label>
            <textarea autoComplete="off" className="govuk-textarea" rows={2} id={`${prefix}-source`} value={details.sourceNote} onChange={(e) => setDetails({ ...details, sourceNote: e.target.value })} />
          </div>
          <Button variant="secondary" onClick={() => void saveDetails()}>Save the details</Button>
          <Button variant="warning" className="govuk-!-margin-left-3" onClick={() => void runDelete(network)}>Delete this network</Button>
        </div>
      </details>
      <p className="govuk-body">{network.date ? `Drawn on ${network.date}. ` : ''}{network.sourceNote ? `Source: ${network.sourceNote}` : ''}</p>

      <NetworkImport networkId={network.id} names={names} onImport={importContent} />
      <EntryForms networkId={network.id} content={content} names={names} onSave={save} />

      {/* Figures and controls above the map or table, each at full width: side by side, the
          table's seven columns and the figures' names were squeezed until words broke. */}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-full">
          <h3 className="govuk-heading-m" id={`${prefix}-figures`}>Figures</h3>
          <dl className="govuk-summary-list govuk-summary-list--no-border" aria-labelledby={`${prefix}-figures`}>
            {([
              ['People', figures.people], ['Incidents', figures.incidents], ['Institutions', figures.institutions],
              ['People connected to at least two others', figures.peopleConnectedToTwoOrMore],
              ['Incidents with at least two people', figures.incidentsWithTwoOrMorePeople],
              ['Institutions with at least two people', figures.institutionsWithTwoOrMorePeople],
              ['Share with at least two connections', `${Math.round(figures.keptShare * 100)}%`],
            ] as const).map(([key, value]) => (
              <div className="govuk-summary-list__row" key={key}>
                <dt className="govuk-summary-list__key">{key}</dt>
                <dd className="govuk-summary-list__value" data-testid={`figure-${key}`}>{value}</dd>
              </div>
            ))}
          </dl>
          <p className="govuk-body" data-testid="network-summary">{summary}</p>
          <div className="govuk-form-group">
            <fieldset className="govuk-fieldset">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Show</legend>
              <div className="govuk-checkboxes govuk-checkboxes--small">
                <div className="govuk-checkboxes__item">
                  <input className="govuk-checkboxes__input" type="checkbox" id={`${prefix}-two`} checked={twoOrMore} onChange={(e) => setTwoOrMore(e.target.checked)} />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor={`${prefix}-two`}>Only what has at least two connections</label>
                </div>
                <div className="govuk-checkboxes__item">
                  <input className="govuk-checkboxes__input" type="checkbox" id={`${prefix}-overlap`} checked={overlapping} onChange={(e) => setOverlapping(e.target.checked)} />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor={`${prefix}-overlap`}>Link people through an institution only when they attended at the same time</label>
                </div>
              </div>
            </fieldset>
          </div>
          <div className="govuk-form-group">
            <label className="govuk-label govuk-label--s" htmlFor={`${prefix}-focus`}>Focus on one person</label>
            <select className="govuk-select" id={`${prefix}-focus`} value={focus} onChange={(e) => setFocus(e.target.value)}>
              <option value="">Everyone</option>
              {network.people.map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}
            </select>
          </div>
          <ul className="govuk-list app-network-key" aria-label="Key">
            {Object.entries(NODE_STYLES).map(([kind, s]) => <li key={kind}><span className={`app-network-key__swatch app-network-key__swatch--${kind}`} aria-hidden="true" />{s.name}</li>)}
          </ul>
        </div>
        <div className="govuk-grid-column-full">
          <div className="govuk-radios govuk-radios--inline govuk-radios--small govuk-!-margin-bottom-4" role="radiogroup" aria-label="Show the network as">
            {(['map', 'table'] as const).map((v) => (
              <div className="govuk-radios__item" key={v}>
                <input className="govuk-radios__input" type="radio" id={`${prefix}-view-${v}`} name={`${prefix}-view`} checked={view === v} onChange={() => setView(v)} />
                <label className="govuk-label govuk-radios__label" htmlFor={`${prefix}-view-${v}`}>{v === 'map' ? 'Map' : 'Table'}</label>
              </div>
            ))}
          </div>
          {view === 'map' ? (
            <>
              <MapControls map={map} hintId={`${prefix}-map-hint`} />
              <NetworkMap ref={map} graph={graph} visible={visible} label={mapLabel} describedBy={`${prefix}-map-hint`} />
              <div className="govuk-button-group govuk-!-margin-top-4">
                <Button variant="secondary" onClick={() => void exportPng().catch((e: unknown) => notify({ kind: 'important', title: 'Could not export the map', text: messageOf(e) }))}>Export the map as PNG</Button>
                <Button variant="secondary" onClick={() => void exportSvg().catch((e: unknown) => notify({ kind: 'important', title: 'Could not export the map', text: messageOf(e) }))}>Export the map as SVG</Button>
              </div>
            </>
          ) : (
            <NetworkTable graph={graph} connected={connected} visible={visible} onRemove={remove} />
          )}
        </div>
      </div>
    </section>
  );
}
