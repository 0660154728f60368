/** The figures of a network in one plain-English paragraph, for the map screen, the report and alt text. */
import type { NetworkFigures } from './figures.ts';

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

export function networkSummary(f: NetworkFigures, overlappingAttendanceOnly = false): string {
  const total = f.people + f.incidents + f.institutions;
  if (total === 0) return 'This network is empty: import the template or add people, incidents and institutions.';
  const share = Math.round(f.keptShare * 100);
  return [
    `The network has ${plural(f.people, 'person', 'people')}, ${plural(f.incidents, 'incident')} and ${plural(f.institutions, 'institution')}.`,
    `${plural(f.peopleConnectedToTwoOrMore, 'person is', 'people are')} connected to at least two others${overlappingAttendanceOnly ? ' (counting an institution only where attendance overlapped)' : ''};`,
    `${plural(f.incidentsWithTwoOrMorePeople, 'incident')} and ${plural(f.institutionsWithTwoOrMorePeople, 'institution')} involve at least two of the people.`,
    `Mapping only what has at least two connections keeps ${share}% of the data.`,
  ].join(' ');
}
