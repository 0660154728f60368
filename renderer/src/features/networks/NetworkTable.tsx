/** The accessible alternative to the map: every entity with its connections, sortable by any column. */
import { memo, useMemo, useState } from 'react';
import { Button } from '../../components/Button.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import type { NetworkGraph } from '../../domain/network/index.ts';

type SortKey = 'kind' | 'id' | 'label' | 'links' | 'people';
type Direction = 'ascending' | 'descending';
const KIND_NAMES = { person: 'Person', incident: 'Incident', institution: 'Institution' } as const;

interface Props {
  graph: NetworkGraph;
  connected: Map<string, Set<string>>;
  visible: ReadonlySet<string>;
  onRemove?: (id: string, label: string) => void;
}

export const NetworkTable = memo(function NetworkTable({ graph, connected, visible, onRemove }: Props) {
  const [sort, setSort] = useState<{ key: SortKey; direction: Direction }>({ key: 'links', direction: 'descending' });
  const rows = useMemo(() => {
    const list = graph.nodes.filter((n) => visible.has(n.id)).map((n) => ({
      ...n,
      links: n.neighbours.length,
      people: n.kind === 'person' ? (connected.get(n.id)?.size ?? 0) : n.neighbours.length,
    }));
    const sign = sort.direction === 'ascending' ? 1 : -1;
    return list.sort((a, b) => {
      const x = a[sort.key];
      const y = b[sort.key];
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'en-GB', { numeric: true });
      return sign * order || a.id.localeCompare(b.id, 'en-GB', { numeric: true });
    });
  }, [graph, connected, visible, sort]);
  const header = (key: SortKey, label: string) => {
    const isSorted = sort.key === key;
    return (
      <th scope="col" className="govuk-table__header" aria-sort={isSorted ? sort.direction : 'none'}>
        <button type="button" onClick={() => setSort({ key, direction: isSorted && sort.direction === 'ascending' ? 'descending' : 'ascending' })}>
          {label}<span aria-hidden="true" className="app-sort-arrow">{!isSorted ? '↕' : sort.direction === 'ascending' ? '▲' : '▼'}</span>
        </button>
      </th>
    );
  };
  const labelOf = (id: string) => graph.byId.get(id)?.label ?? id;
  return (
    <TableScroll label="Every person, incident and institution with its connections">
      <table className="govuk-table app-network-table">
        <caption className="govuk-table__caption govuk-table__caption--s">Every person, incident and institution shown, with its connections ({rows.length})</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {header('kind', 'Kind')}
            {header('id', 'Id')}
            {header('label', 'Label')}
            {header('links', 'Links')}
            {header('people', 'People connected')}
            <th scope="col" className="govuk-table__header">Linked to</th>
            {onRemove && <th scope="col" className="govuk-table__header"><span className="govuk-visually-hidden">Actions</span></th>}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((r) => (
            <tr key={r.id} className="govuk-table__row">
              <td className="govuk-table__cell">{KIND_NAMES[r.kind]}</td>
              <td className="govuk-table__cell">{r.id}</td>
              <th scope="row" className="govuk-table__header">{r.label}</th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{r.links}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{r.people}</td>
              <td className="govuk-table__cell">{r.neighbours.map(labelOf).join(', ') || 'Nothing'}</td>
              {onRemove && (
                <td className="govuk-table__cell">
                  <Button variant="secondary" isSmall className="govuk-!-margin-bottom-0" onClick={() => onRemove(r.id, r.label)}>
                    Remove<span className="govuk-visually-hidden"> {r.label}</span>
                  </Button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
});
