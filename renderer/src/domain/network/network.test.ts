import { describe, expect, it } from 'vitest';
import { focusIds, keptIds, networkFigures, networkGraph, networkSchema, networkTemplate, parseNetworkCsv, NameLikeLabelsError, NetworkImportError, type NetworkFiles } from './index.ts';
import { readCsv } from './csv.ts';
import { layoutNetwork } from './layout.ts';
import { networkSvg } from './svg.ts';

// A hand-worked network (figures worked out on paper, see each test):
//   people A B C D; incidents I1 (A victim, B perpetrator), I2 (C witness);
//   institutions S1 (A in 2020, C from 2021), S2 (B, C, D, dates open).
const FILES: NetworkFiles = {
  people: 'id,label,group\nA,YP-A,\nB,YP-B,x\nC,YP-C,\nD,YP-D,\n',
  incidents: 'id,label,kind,date\nI1,Incident 1,stabbing,2020-05-01\nI2,Incident 2,kidnap,\n',
  institutions: 'id,label,kind\nS1,School 1,school\nS2,PRU 1,pru\n',
  links: 'person,target,role,from,to\nA,I1,victim,,\nB,I1,perpetrator,,\nC,I2,witness,,\nA,S1,,2020-01-01,2020-12-31\nC,S1,,2021-01-01,\nB,S2,,,\nC,S2,,,\nD,S2,,,\nB,S2,,,\n',
};

function expectError(files: Partial<NetworkFiles>, message: RegExp) {
  let caught: unknown;
  try {
    parseNetworkCsv({ ...FILES, ...files });
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(NetworkImportError);
  expect((caught as Error).message).toMatch(message);
}

describe('networkFigures', () => {
  it('counts connections, incidents and institutions with two or more people, and the kept share', () => {
    // Degrees: A 2, B 2, C 3, D 1, I1 2, I2 1, S1 2, S2 3. Connected: A–B, A–C, B–C, B–D, C–D.
    expect(networkFigures(parseNetworkCsv(FILES))).toEqual({
      people: 4, incidents: 2, institutions: 2,
      peopleConnectedToTwoOrMore: 4, incidentsWithTwoOrMorePeople: 1, institutionsWithTwoOrMorePeople: 2, keptShare: 6 / 8,
    });
  });

  it('with overlapping attendance only, an institution joins only people there at the same time', () => {
    // S1: A (2020) and C (2021 on) never overlap, so S1 joins nobody. Connected: A–B, B–C, B–D, C–D.
    // Kept: B, C, I1, S2.
    expect(networkFigures(parseNetworkCsv(FILES), { overlappingAttendanceOnly: true })).toEqual({
      people: 4, incidents: 2, institutions: 2,
      peopleConnectedToTwoOrMore: 3, incidentsWithTwoOrMorePeople: 1, institutionsWithTwoOrMorePeople: 1, keptShare: 4 / 8,
    });
  });

  it('treats a missing start or end as open, and counts a person twice at one place once', () => {
    const files = {
      people: 'id,label\nA,a1\nB,b1\nC,c1\n',
      incidents: 'id,label,kind,date\n',
      institutions: 'id,label,kind\nS,s,school\n',
      links: 'person,target,role,from,to\nA,S,,,2020-01-01\nB,S,,2020-01-01,\nC,S,,2020-01-02,2020-02-01\nA,S,,2019-01-01,2019-02-01\n',
    };
    // A (to 1 Jan 2020) overlaps B (from 1 Jan 2020) on that day; C (from 2 Jan) overlaps only B.
    const figures = networkFigures(parseNetworkCsv(files), { overlappingAttendanceOnly: true });
    expect(figures.peopleConnectedToTwoOrMore).toBe(1);
    expect(figures.institutionsWithTwoOrMorePeople).toBe(1);
    expect(networkFigures(parseNetworkCsv(files)).peopleConnectedToTwoOrMore).toBe(3);
  });

  it('gives zeros for an empty network', () => {
    const empty = networkTemplate(false);
    expect(networkFigures(parseNetworkCsv(empty))).toEqual({
      people: 0, incidents: 0, institutions: 0, peopleConnectedToTwoOrMore: 0, incidentsWithTwoOrMorePeople: 0, institutionsWithTwoOrMorePeople: 0, keptShare: 0,
    });
  });

  it('counts a person linked to one incident in two roles as one neighbour', () => {
    const files = { ...FILES, links: 'person,target,role,from,to\nA,I1,victim,,\nA,I1,witness,,\nB,I1,other,,\n' };
    const graph = networkGraph(parseNetworkCsv(files));
    expect(graph.byId.get('I1')!.neighbours).toEqual(['A', 'B']);
    expect(networkFigures(parseNetworkCsv(files)).incidentsWithTwoOrMorePeople).toBe(1);
  });
});

describe('the graph', () => {
  it('keeps what has two or more neighbours and focuses on a person with their links and connections', () => {
    const graph = networkGraph(parseNetworkCsv(FILES));
    expect([...keptIds(graph)].sort()).toEqual(['A', 'B', 'C', 'I1', 'S1', 'S2']);
    expect([...focusIds(graph, 'A')].sort()).toEqual(['A', 'B', 'C', 'I1', 'S1']);
    expect(focusIds(graph, 'nobody').size).toBe(0);
  });

  it('lays out and draws a map as SVG with escaped labels', () => {
    const network = parseNetworkCsv({ ...FILES, people: 'id,label,group\nA,"<b>&""x""</b>",\nB,YP-B,\nC,YP-C,\nD,YP-D,\n' });
    const graph = networkGraph(network);
    const placed = layoutNetwork(graph);
    expect(placed).toHaveLength(8);
    expect(placed.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
    expect(layoutNetwork(graph)).toEqual(placed); // deterministic
    const svg = networkSvg(placed, graph.edges, 'Map <1>');
    expect(svg).toContain('&lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt;');
    expect(svg).toContain('<title id="title">Map &lt;1&gt;</title>');
    expect(svg).not.toContain('<b>');
    expect(svg.match(/<line /g)).toHaveLength(graph.edges.length);
  });
});

describe('parseNetworkCsv', () => {
  it('reads BOM, CRLF, quoted values with commas, quotes and line breaks, and trims ids', () => {
    const network = parseNetworkCsv({
      people: '\uFEFFid,label,group\r\n  A  ,"YP, one","says ""hi""\r\nacross lines"\r\nB,YP2,\r\n',
      incidents: 'id,label,kind,date\r\n',
      institutions: 'label,kind,id\r\nSchool 1,school, S1\r\n',
      links: 'person,target,role,from,to\r\nA,S1,,,\r\nA ,S1 ,,,\r\n B,S1,,2020-01-01,\r\n',
    });
    expect(network.people).toEqual([{ id: 'A', label: 'YP, one', group: 'says "hi"\r\nacross lines' }, { id: 'B', label: 'YP2' }]);
    expect(network.institutions).toEqual([{ id: 'S1', label: 'School 1', kind: 'school' }]);
    expect(network.links).toEqual([{ person: 'A', target: 'S1' }, { person: 'B', target: 'S1', from: '2020-01-01' }]);
    expect(networkSchema.safeParse({ id: '00000000-0000-4000-8000-000000000001', title: 't', sourceNote: '', createdAt: '2026-01-01T00:00:00.000Z', ...network }).success).toBe(true);
  });

  it('names the file, line and column of a link to an unknown id', () => {
    expectError({ links: 'person,target,role,from,to\nA,I1,victim,,\nA,X9,victim,,\n' }, /^links\.csv, line 3, column 2 \(target\): no incident or institution has the id "X9"/);
    expectError({ links: 'person,target,role,from,to\nZ,I1,victim,,\n' }, /^links\.csv, line 2, column 1 \(person\): no person/);
  });

  it('counts lines from the file, not records, after a value spanning lines', () => {
    expectError({ people: 'id,label,group\nA,YP-A,"two\nlines"\nA,YP-B,\n' }, /^people\.csv, line 4, column 1 \(id\): the id "A" is already used \(people\.csv, line 2\)/);
  });

  it('refuses a duplicate id across files, a bad date, an unknown role and a missing column', () => {
    expectError({ institutions: 'id,label,kind\nI1,School,school\n' }, /^institutions\.csv, line 2, column 1 \(id\): the id "I1" is already used \(incidents\.csv, line 2\)/);
    expectError({ incidents: 'id,label,kind,date\nI1,Incident 1,stabbing,2020-02-30\nI2,x,y,\n' }, /^incidents\.csv, line 2, column 4 \(date\): "2020-02-30" is not a date/);
    expectError({ links: 'person,target,role,from,to\nA,I1,bystander,,\n' }, /^links\.csv, line 2, column 3 \(role\): "bystander" is not a role/);
    expectError({ links: 'person,target,role,from\nA,I1,victim,\n' }, /^links\.csv, line 1, column 5 \(to\): the column "to" is missing/);
    expectError({ people: 'id,label,name\nA,YP,Jo\n' }, /^people\.csv, line 1, column 3: unknown column "name"/);
    expectError({ links: 'person,target,role,from,to\nA,S1,,2021-01-01,2020-01-01\n' }, /line 2, column 5 \(to\): the end of attendance is before its start/);
    expectError({ links: 'person,target,role,from,to\nA,I1,victim,2021-01-01,\n' }, /column 4 \(from\): attendance dates are for links to institutions only/);
    expectError({ people: 'id,label,group\nA,YP,\nB,YP\n' }, /^people\.csv, line 3, column 2: this row has 2 values but the header has 3/);
    expectError({ people: 'id,label,group\nA,"YP,\n' }, /^people\.csv, line 2, column 2: a quoted value is never closed/);
    expectError({ people: 'id,label,group\nA,Y"P,\n' }, /^people\.csv, line 2, column 2: a quote mark inside a value/);
    expectError({ people: '' }, /^people\.csv, line 1, column 1: the file is empty/);
  });

  it('refuses name-like labels with every row named, unless each is confirmed', () => {
    const files = { ...FILES, people: 'id,label,group\nA,Jordan Smith,\nB,Mr K,\nC,YP-C,\nD,Kai 7,\n' };
    let caught: unknown;
    try {
      parseNetworkCsv(files, { names: ['Kai Brown'] });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(NameLikeLabelsError);
    const error = caught as NameLikeLabelsError;
    expect(error.message).toMatch(/^people\.csv, line 2, column 2 \(label\): the label "Jordan Smith" looks like a person’s name .*and 2 more/);
    expect(error.labels.map((l) => [l.line, l.reason, l.key])).toEqual([
      [2, 'two-capitalised-words', 'people.csv:A'], [3, 'honorific', 'people.csv:B'], [5, 'registered-name', 'people.csv:D'],
    ]);
    expect(() => parseNetworkCsv(files, { names: ['Kai Brown'], confirmed: ['people.csv:A', 'people.csv:B'] })).toThrow(/"Kai 7"/);
    expect(parseNetworkCsv(files, { names: ['Kai Brown'], confirmed: ['people.csv:A', 'people.csv:B', 'people.csv:D'] }).people).toHaveLength(4);
    // Institutions may have two capitalised words; never a title and a name.
    expect(parseNetworkCsv({ ...FILES, institutions: 'id,label,kind\nS1,Riverside Academy,school\nS2,PRU 1,pru\n' }).institutions[0]!.label).toBe('Riverside Academy');
    expectError({ institutions: 'id,label,kind\nS1,Mrs Patel,school\nS2,PRU 1,pru\n' }, /institutions\.csv, line 2, column 2 \(label\)/);
  });

  it('reads its own blank template', () => {
    expect(parseNetworkCsv(networkTemplate()).links).toHaveLength(2);
  });
});

describe('readCsv', () => {
  it('skips blank lines and keeps quoted empty records', () => {
    expect(readCsv('a\n\n""\r\nb')).toEqual([{ line: 1, fields: ['a'] }, { line: 3, fields: [''] }, { line: 4, fields: ['b'] }]);
    expect(readCsv('a,b\rc,d')).toEqual([{ line: 1, fields: ['a', 'b'] }, { line: 2, fields: ['c', 'd'] }]);
  });
});
