/**
 * Reads the template's four CSV files into a network, all or nothing: the first problem
 * (quoting, a missing or unknown column, a duplicate id, a bad date, an unknown role, a
 * link to an unknown id) throws a NetworkImportError naming the file, line and column.
 * Name-like labels throw a NameLikeLabelsError listing every one, unless the reviewer
 * has confirmed each (see names.ts).
 */
import { CsvSyntaxError, readCsv, type CsvRecord } from './csv.ts';
import { NAME_LIKE_REASONS, nameCheck, type NameLikeReason } from './names.ts';
import {
  ENTITY_ID_MAX, isNetworkDate, LABEL_MAX, LINK_ROLES, type LinkRole, type NetworkIncident, type NetworkInstitution,
  type NetworkLink, type NetworkPerson, type PeerNetwork,
} from './schema.ts';

export type NetworkFileKey = 'people' | 'incidents' | 'institutions' | 'links';
export type NetworkFiles = Record<NetworkFileKey, string>;

/** The template's files and their columns, in the order the template writes them. */
export const NETWORK_FILES: Record<NetworkFileKey, { file: string; columns: readonly string[]; required: readonly string[] }> = {
  people: { file: 'people.csv', columns: ['id', 'label', 'group'], required: ['id', 'label'] },
  incidents: { file: 'incidents.csv', columns: ['id', 'label', 'kind', 'date'], required: ['id', 'label', 'kind', 'date'] },
  institutions: { file: 'institutions.csv', columns: ['id', 'label', 'kind'], required: ['id', 'label', 'kind'] },
  links: { file: 'links.csv', columns: ['person', 'target', 'role', 'from', 'to'], required: ['person', 'target', 'role', 'from', 'to'] },
};

/** Where a problem is: the file's name, its line (1 is the header) and column (1-based). */
export interface CsvPlace {
  file: string;
  line: number;
  column: number;
  columnName?: string;
}

export class NetworkImportError extends Error {
  override readonly name: string = 'NetworkImportError';
  constructor(readonly place: CsvPlace, readonly problem: string) {
    super(`${place.file}, line ${place.line}, column ${place.column}${place.columnName ? ` (${place.columnName})` : ''}: ${problem}`);
  }
}

/** A label that looks like a person's name: where, which entity, and why. */
export interface NameLikeLabel extends CsvPlace {
  /** The key to confirm it with: `<file>:<id>`. */
  key: string;
  id: string;
  label: string;
  reason: NameLikeReason;
}

export class NameLikeLabelsError extends NetworkImportError {
  override readonly name = 'NameLikeLabelsError';
  constructor(readonly labels: NameLikeLabel[]) {
    const first = labels[0]!;
    super(first, `the label "${first.label}" looks like a person’s name (${NAME_LIKE_REASONS[first.reason]})${labels.length > 1 ? `, and ${labels.length - 1} more` : ''}; use a pseudonym such as "YP07", or confirm it is not a name`);
  }
}

export interface ParseOptions {
  /** The review's register of names: a label containing one is name-like. */
  names?: readonly string[];
  /** Keys (`people.csv:P3`) of name-like labels the reviewer has confirmed are not names. */
  confirmed?: Iterable<string>;
}

interface Row {
  line: number;
  get(column: string): string;
  place(column: string): CsvPlace;
}

/** Reads one file into rows, checking quoting and the header. */
function rowsOf(key: NetworkFileKey, text: string): Row[] {
  const spec = NETWORK_FILES[key];
  let records: CsvRecord[];
  try {
    records = readCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new NetworkImportError({ file: spec.file, line: error.line, column: error.column }, error.message);
    throw error;
  }
  const header = records[0];
  if (!header) throw new NetworkImportError({ file: spec.file, line: 1, column: 1 }, `the file is empty; its first line must be the header ${spec.columns.join(',')}`);
  const index = new Map<string, number>();
  header.fields.forEach((raw, i) => {
    const name = raw.trim().toLowerCase();
    const place = { file: spec.file, line: header.line, column: i + 1 };
    if (!spec.columns.includes(name)) throw new NetworkImportError(place, `unknown column "${raw.trim()}"; the columns are ${spec.columns.join(',')}`);
    if (index.has(name)) throw new NetworkImportError(place, `the column "${name}" appears twice`);
    index.set(name, i);
  });
  for (const name of spec.required) {
    if (!index.has(name)) throw new NetworkImportError({ file: spec.file, line: header.line, column: header.fields.length + 1, columnName: name }, `the column "${name}" is missing from the header`);
  }
  const width = header.fields.length;
  return records.slice(1).map((record) => {
    if (record.fields.length !== width) {
      throw new NetworkImportError({ file: spec.file, line: record.line, column: Math.min(record.fields.length, width + 1) },
        `this row has ${record.fields.length} values but the header has ${width}`);
    }
    return {
      line: record.line,
      get: (column: string) => { const i = index.get(column); return i === undefined ? '' : record.fields[i]!.trim(); },
      place: (column: string) => ({ file: spec.file, line: record.line, column: (index.get(column) ?? width) + 1, columnName: column }),
    };
  });
}

function requireId(row: Row, column: string): string {
  const id = row.get(column);
  if (!id) throw new NetworkImportError(row.place(column), 'an id is needed here');
  if (id.length > ENTITY_ID_MAX) throw new NetworkImportError(row.place(column), `an id must be ${ENTITY_ID_MAX} characters or fewer`);
  return id;
}

function requireLabel(row: Row): string {
  const label = row.get('label');
  if (!label) throw new NetworkImportError(row.place('label'), 'a label is needed');
  if (label.length > LABEL_MAX) throw new NetworkImportError(row.place('label'), `a label must be ${LABEL_MAX} characters or fewer`);
  return label;
}

function shortText(row: Row, column: string): string {
  const value = row.get(column);
  if (value.length > LABEL_MAX) throw new NetworkImportError(row.place(column), `must be ${LABEL_MAX} characters or fewer`);
  return value;
}

function optionalDate(row: Row, column: string): string | undefined {
  const value = row.get(column);
  if (!value) return undefined;
  if (!isNetworkDate(value)) throw new NetworkImportError(row.place(column), `"${value}" is not a date written YYYY-MM-DD`);
  return value;
}

/**
 * Parses the template's four CSV files (header first; UTF-8 with or without BOM; CRLF
 * or LF; RFC 4180 quoting; ids trimmed; a repeated link counts once) into a network.
 */
export function parseNetworkCsv(files: NetworkFiles, options: ParseOptions = {}): PeerNetwork {
  const kinds = new Map<string, { kind: 'person' | 'incident' | 'institution'; place: CsvPlace }>();
  const claim = (row: Row, kind: 'person' | 'incident' | 'institution', id: string) => {
    const earlier = kinds.get(id);
    if (earlier) throw new NetworkImportError(row.place('id'), `the id "${id}" is already used (${earlier.place.file}, line ${earlier.place.line})`);
    kinds.set(id, { kind, place: row.place('id') });
  };
  const check = nameCheck(options.names ?? []);
  const confirmed = new Set(options.confirmed ?? []);
  const nameLike: NameLikeLabel[] = [];
  const noteLabel = (row: Row, file: string, id: string, label: string, isPerson: boolean) => {
    const reason = check(label, isPerson);
    const key = `${file}:${id}`;
    if (reason && !confirmed.has(key)) nameLike.push({ ...row.place('label'), key, id, label, reason });
  };

  const people: NetworkPerson[] = rowsOf('people', files.people).map((row) => {
    const id = requireId(row, 'id');
    claim(row, 'person', id);
    const label = requireLabel(row);
    noteLabel(row, 'people.csv', id, label, true);
    const group = shortText(row, 'group');
    return group ? { id, label, group } : { id, label };
  });
  const incidents: NetworkIncident[] = rowsOf('incidents', files.incidents).map((row) => {
    const id = requireId(row, 'id');
    claim(row, 'incident', id);
    const label = requireLabel(row);
    noteLabel(row, 'incidents.csv', id, label, false);
    const date = optionalDate(row, 'date');
    return { id, label, kind: shortText(row, 'kind'), ...(date && { date }) };
  });
  const institutions: NetworkInstitution[] = rowsOf('institutions', files.institutions).map((row) => {
    const id = requireId(row, 'id');
    claim(row, 'institution', id);
    const label = requireLabel(row);
    noteLabel(row, 'institutions.csv', id, label, false);
    return { id, label, kind: shortText(row, 'kind') };
  });

  const seen = new Set<string>();
  const links: NetworkLink[] = [];
  for (const row of rowsOf('links', files.links)) {
    const person = requireId(row, 'person');
    if (kinds.get(person)?.kind !== 'person') throw new NetworkImportError(row.place('person'), `no person in people.csv has the id "${person}"`);
    const target = requireId(row, 'target');
    const targetKind = kinds.get(target)?.kind;
    if (targetKind !== 'incident' && targetKind !== 'institution') {
      throw new NetworkImportError(row.place('target'), `no incident or institution has the id "${target}"`);
    }
    const rawRole = row.get('role').toLowerCase();
    const from = optionalDate(row, 'from');
    const to = optionalDate(row, 'to');
    let link: NetworkLink;
    if (targetKind === 'incident') {
      if (!(LINK_ROLES as readonly string[]).includes(rawRole)) {
        throw new NetworkImportError(row.place('role'), `${rawRole ? `"${row.get('role')}" is not a role` : 'a link to an incident needs a role'}; the roles are ${LINK_ROLES.join(', ')}`);
      }
      if (from || to) throw new NetworkImportError(row.place(from ? 'from' : 'to'), 'attendance dates are for links to institutions only');
      link = { person, target, role: rawRole as LinkRole };
    } else {
      if (rawRole) throw new NetworkImportError(row.place('role'), 'a link to an institution has no role; leave it empty');
      if (from && to && from > to) throw new NetworkImportError(row.place('to'), 'the end of attendance is before its start');
      link = { person, target, ...(from && { from }), ...(to && { to }) };
    }
    const key = `${person}\u0000${target}\u0000${link.role ?? ''}\u0000${from ?? ''}\u0000${to ?? ''}`;
    if (seen.has(key)) continue; // a repeated link counts once
    seen.add(key);
    links.push(link);
  }
  if (nameLike.length) throw new NameLikeLabelsError(nameLike);
  return { people, incidents, institutions, links };
}
