import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTemplates, normaliseTemplatePath, parseTemplateSources } from './loadTemplates';

const root = join(import.meta.dirname, '../../..');

/** The shipped files read straight from disk, keyed like the Vite glob keys. */
function shippedFromDisk(): Record<string, string> {
  const files = readdirSync(join(root, 'templates'), { recursive: true, encoding: 'utf8' })
    // Sample reviews sit beside the templates but are review files, not templates.
    .filter((f) => f.endsWith('.json') && !f.startsWith('samples') && !f.startsWith('training'));
  return Object.fromEntries(files.map((f) => {
    const path = join(root, 'templates', f);
    return [`../../../${relative(root, path).replace(/\\/g, '/')}`, readFileSync(path, 'utf8')];
  }));
}

describe('shipped templates', () => {
  const loaded = loadTemplates();

  it('all validate with no errors', () => {
    expect(loaded.errors.map((e) => e.display)).toEqual([]);
  });

  it('are all found by the glob', () => {
    const onDisk = Object.keys(shippedFromDisk()).length;
    expect(loaded.templates.length + loaded.frameworks.length + (loaded.glossary ? 1 : 0)).toBe(onDisk);
  });

  it('ship the default Local Review template with every pack it names', () => {
    const template = loaded.templates.find((t) => t.id === 'local-review');
    expect(template).toBeDefined();
    expect(template?.frameworkPackIds).toHaveLength(loaded.frameworks.length);
    expect(template?.themes.filter((t) => !t.parentKey)).toHaveLength(15);
  });

  it('have the expected number of headings in each framework pack', () => {
    const counts = Object.fromEntries(loaded.frameworks.map((p) => [p.id, p.headings.length]));
    expect(counts).toEqual({
      'egve-2016': 6,
      'serious-violence-strategy-2018': 4,
      'egyv-peer-review': 7,
      'london-violence-vulnerability-plan': 8,
      'serious-violence-duty-2023': 5,
      'vvu-strategic-framework': 5,
      'contextual-safeguarding': 4,
    });
    expect(loaded.frameworks.filter((p) => p.editable).map((p) => p.id)).toEqual(['vvu-strategic-framework']);
  });

  it('is memoised and read-only', () => {
    expect(loadTemplates()).toBe(loaded);
    expect(Object.isFrozen(loaded.templates[0]?.themes)).toBe(true);
  });
});

describe('parseTemplateSources', () => {
  const good = shippedFromDisk();
  const templateKey = '../../../templates/local-review/template.json';
  const edit = (mutate: (t: Record<string, unknown>) => void): string => {
    const data = JSON.parse(good[templateKey] ?? '{}') as Record<string, unknown>;
    mutate(data);
    return JSON.stringify(data);
  };
  const themesOf = (t: Record<string, unknown>) => t.themes as Record<string, unknown>[];
  const agenciesOf = (t: Record<string, unknown>) => t.agencies as Record<string, unknown>[];

  /** Loads the shipped files with one replaced; returns the error lines and what still loaded. */
  function loadWith(key: string, text: string) {
    const result = parseTemplateSources({ ...good, [key]: text });
    return { displays: result.errors.map((e) => e.display), result };
  }

  it.each([
    ['malformed JSON', '{ "id": "local-review", ', /^templates\/local-review\/template\.json: \(file\): invalid JSON: /],
    ['a missing field', edit((t) => { delete t.name; }), /^templates\/local-review\/template\.json: name: required field is missing$/],
    ['a wrong sector', edit((t) => { agenciesOf(t)[2]!.sector = 'police-ish'; }), /^templates\/local-review\/template\.json: agencies\[2\]\.sector: unknown sector "police-ish"/],
    ['an unknown parentKey', edit((t) => { themesOf(t)[3]!.parentKey = 'foo'; }), /^templates\/local-review\/template\.json: themes\[3\]\.parentKey: unknown theme "foo"$/],
    ['a theme cycle', edit((t) => { themesOf(t)[0]!.parentKey = 'cuckooing'; }), /^templates\/local-review\/template\.json: themes\[0\]\.parentKey: theme "county-lines" is its own ancestor \(county-lines → cuckooing → county-lines\)$/],
    ['a duplicate key', edit((t) => { agenciesOf(t)[1]!.key = 'opcc'; }), /^templates\/local-review\/template\.json: agencies\[1\]\.key: duplicate agency key "opcc" \(first at index 0\)$/],
  ])('reports %s in a template and still loads every other file', (_name, text, expected) => {
    const { displays, result } = loadWith(templateKey, text);
    expect(displays.length).toBeGreaterThan(0);
    expect(displays[0]).toMatch(expected);
    expect(result.errors.every((e) => e.file === 'templates/local-review/template.json')).toBe(true);
    expect(result.templates).toEqual([]);
    expect(result.frameworks).toHaveLength(7);
    expect(result.glossary).not.toBeNull();
  });

  it('reports a broken framework pack, keeps the template and drops only that pack id', () => {
    const key = '../../../templates/frameworks/egve-2016.json';
    const { displays, result } = loadWith(key, '{"id": "egve-2016"}');
    expect(displays).toContain('templates/frameworks/egve-2016.json: name: required field is missing');
    expect(displays).toContain('templates/local-review/template.json: frameworkPackIds[3]: unknown framework pack "egve-2016"; the template loads without it');
    expect(result.frameworks).toHaveLength(6);
    expect(result.templates[0]?.frameworkPackIds).not.toContain('egve-2016');
    expect(result.templates[0]?.frameworkPackIds).toHaveLength(6);
  });

  it('reports a glossary error and loads the rest', () => {
    const { displays, result } = loadWith('../../../templates/glossary.json', '{"entries": [{"abbreviation": "X"}]}');
    expect(displays).toContain('templates/glossary.json: entries[0].expansion: required field is missing');
    expect(result.glossary).toBeNull();
    expect(result.templates).toHaveLength(1);
  });

  it('requires the id to match the file name', () => {
    const { displays } = loadWith('../../../templates/frameworks/copy.json', good['../../../templates/frameworks/egve-2016.json'] ?? '');
    expect(displays).toEqual(['templates/frameworks/copy.json: id: id "egve-2016" does not match the file name; expected "copy"']);
  });

  it('reports files outside the known layout, and accepts a byte-order mark', () => {
    const parsed = parseTemplateSources({
      '../../../templates/notes/readme.json': '{}',
      '/abs/templates/glossary.json': `\uFEFF${good['../../../templates/glossary.json'] ?? ''}`,
    });
    expect(parsed.errors.map((e) => e.file)).toEqual(['templates/notes/readme.json']);
    expect(parsed.glossary?.entries.length).toBeGreaterThan(0);
  });

  it('never throws, whatever the input', () => {
    expect(() => parseTemplateSources({ 'templates/glossary.json': 'null', 'templates/x/template.json': '[]' })).not.toThrow();
    expect(normaliseTemplatePath('C:\\app\\templates\\glossary.json')).toBe('templates/glossary.json');
  });
});
