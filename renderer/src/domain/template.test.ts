import { describe, expect, it } from 'vitest';
import {
  checkFrameworkPackIds, fillPlaceholders, fillPlaceholdersWithReport, formatIssuePath,
  formatTemplateIssue, listPlaceholders, validateFrameworkPack, validateGlossary,
  validateReviewTemplate, type ReviewTemplate, type TemplateProblem,
} from './template';

/** A small valid template; each test breaks one thing. */
function minimalTemplate(): ReviewTemplate {
  return {
    id: 'mini', name: 'Mini', description: 'A small template.', version: 1,
    agencies: [{ key: 'police', name: 'Police', sector: 'police' }],
    themes: [
      { key: 'a', name: 'A', description: 'Theme A.' },
      { key: 'b', name: 'B', description: 'Theme B.', parentKey: 'a' },
      { key: 'c', name: 'C', description: 'Theme C.' },
    ],
    defaultThemeKeys: ['a', 'b'],
    questionGuide: [{ themeKey: 'a', questions: ['One?', 'Two?', 'Three?'] }],
    workshopPrompts: [{ themeKey: 'b', prompts: ['One.', 'Two.'] }],
    reportWording: {
      introduction: 'A review in {{area}}.', background: 'Background.', methodology: '{{engagementCount}} sessions.',
      limitations: 'Limits.', nationalContext: 'National.',
    },
    frameworkPackIds: ['pack'],
  };
}

function problemsOf(data: unknown): TemplateProblem[] {
  const result = validateReviewTemplate(data);
  return result.ok ? [] : result.problems;
}

describe('validateReviewTemplate', () => {
  it('accepts a valid template', () => {
    expect(validateReviewTemplate(minimalTemplate())).toEqual({ ok: true, value: minimalTemplate() });
  });

  it('names a missing field', () => {
    const { description: _omit, ...rest } = minimalTemplate();
    expect(problemsOf(rest)).toEqual([{ path: 'description', message: 'required field is missing' }]);
  });

  it('names a wrong sector and lists the allowed ones', () => {
    const t = minimalTemplate();
    const data = { ...t, agencies: [{ ...t.agencies[0], sector: 'polise' }] };
    const [problem] = problemsOf(data);
    expect(problem?.path).toBe('agencies[0].sector');
    expect(problem?.message).toMatch(/^unknown sector "polise"; expected one of: strategic, police,/);
  });

  it('rejects unknown fields, bad keys, markup and out-of-range question counts', () => {
    const t = minimalTemplate();
    const data = {
      ...t, extra: true,
      themes: [{ ...t.themes[0], key: 'Bad Key' }, ...t.themes.slice(1)],
      questionGuide: [{ themeKey: 'a', questions: ['Only <b>one</b>?'] }],
    };
    const paths = problemsOf(data).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['', 'themes[0].key', 'questionGuide[0].questions', 'questionGuide[0].questions[0]']));
  });

  it('reports an unknown parentKey', () => {
    const t = minimalTemplate();
    t.themes[2] = { ...t.themes[2]!, parentKey: 'foo' };
    expect(problemsOf(t)).toEqual([{ path: 'themes[2].parentKey', message: 'unknown theme "foo"' }]);
  });

  it('reports each theme in a cycle, including a theme that is its own parent', () => {
    const t = minimalTemplate();
    t.themes[0] = { ...t.themes[0]!, parentKey: 'b' };
    t.themes[2] = { ...t.themes[2]!, parentKey: 'c' };
    t.defaultThemeKeys = [];
    expect(problemsOf(t)).toEqual([
      { path: 'themes[0].parentKey', message: 'theme "a" is its own ancestor (a → b → a)' },
      { path: 'themes[1].parentKey', message: 'theme "b" is its own ancestor (b → a → b)' },
      { path: 'themes[2].parentKey', message: 'theme "c" is its own ancestor (c → c)' },
    ]);
  });

  it('reports duplicate keys with the index of the first use', () => {
    const t = minimalTemplate();
    t.agencies.push({ key: 'police', name: 'Police again', sector: 'police' });
    t.themes.push({ key: 'c', name: 'C2', description: 'Again.' });
    expect(problemsOf(t)).toEqual([
      { path: 'agencies[1].key', message: 'duplicate agency key "police" (first at index 0)' },
      { path: 'themes[3].key', message: 'duplicate theme key "c" (first at index 2)' },
    ]);
  });

  it('checks theme references from defaults, question guides and workshop prompts', () => {
    const t = minimalTemplate();
    t.defaultThemeKeys = ['b', 'nope'];
    t.questionGuide[0] = { themeKey: 'x', questions: ['1?', '2?', '3?'] };
    t.workshopPrompts[0] = { themeKey: 'y', prompts: ['1.', '2.'] };
    expect(problemsOf(t)).toEqual([
      { path: 'defaultThemeKeys[0]', message: 'theme "b" is in scope but its parent "a" is not' },
      { path: 'defaultThemeKeys[1]', message: 'unknown theme "nope"' },
      { path: 'questionGuide[0].themeKey', message: 'unknown theme "x"' },
      { path: 'workshopPrompts[0].themeKey', message: 'unknown theme "y"' },
    ]);
  });

  it('reports a misspelt placeholder in report wording', () => {
    const t = minimalTemplate();
    t.reportWording.limitations = 'In {{aera}}.';
    const [problem] = problemsOf(t);
    expect(problem?.path).toBe('reportWording.limitations');
    expect(problem?.message).toMatch(/^unknown placeholder "\{\{aera\}\}"; supported: area, /);
  });
});

describe('framework packs and glossary', () => {
  it('checks framework pack ids against the packs that loaded', () => {
    expect(checkFrameworkPackIds(minimalTemplate(), new Set(['pack']))).toEqual([]);
    expect(checkFrameworkPackIds(minimalTemplate(), new Set())).toEqual([
      { path: 'frameworkPackIds[0]', message: 'unknown framework pack "pack"' },
    ]);
  });

  it('reports duplicate heading keys and abbreviations', () => {
    const heading = { key: 'h', name: 'H', description: 'D.' };
    const pack = { id: 'p', name: 'P', shortName: 'P', description: 'D.', editable: false, headings: [heading, heading] };
    expect(validateFrameworkPack(pack)).toEqual({
      ok: false, problems: [{ path: 'headings[1].key', message: 'duplicate heading key "h" (first at index 0)' }],
    });
    const entry = { abbreviation: 'VVU', expansion: 'V', definition: 'D.' };
    const glossary = { entries: [entry, { ...entry, abbreviation: 'vvu' }] };
    expect(validateGlossary(glossary).ok).toBe(false);
  });
});

describe('formatting problems', () => {
  it('formats paths and issues as <file>: <path>: <message>', () => {
    expect(formatIssuePath(['themes', 3, 'parentKey'])).toBe('themes[3].parentKey');
    expect(formatIssuePath([])).toBe('');
    expect(formatTemplateIssue({ file: 'templates/x/template.json', path: 'themes[3].parentKey', message: 'unknown theme "foo"' }))
      .toBe('templates/x/template.json: themes[3].parentKey: unknown theme "foo"');
    expect(formatTemplateIssue({ file: 'templates/glossary.json', path: '', message: 'invalid JSON' }))
      .toBe('templates/glossary.json: (file): invalid JSON');
  });
});

describe('fillPlaceholders', () => {
  it('fills known placeholders, every occurrence', () => {
    expect(fillPlaceholders('{{area}} and {{area}} for {{commissioner}}', { area: 'Northtown', commissioner: 'the CSP' }))
      .toBe('Northtown and Northtown for the CSP');
  });

  it('leaves unknown placeholders visible and reports each once', () => {
    expect(fillPlaceholdersWithReport('{{area}}: {{endDate}} {{endDate}}', { area: 'X' }))
      .toEqual({ text: 'X: {{endDate}} {{endDate}}', missing: ['endDate'] });
  });

  it('never re-reads an inserted value as a placeholder', () => {
    const values = { area: '{{commissioner}}', commissioner: '{{area}}' };
    expect(fillPlaceholders('{{area}} / {{commissioner}}', values)).toBe('{{commissioner}} / {{area}}');
  });

  it('inserts replacement-pattern and markup-like text literally', () => {
    expect(fillPlaceholders('In {{area}}.', { area: "$& $1 $` $' $$" })).toBe("In $& $1 $` $' $$.");
    expect(fillPlaceholders('{{area}}', { area: '<script>alert(1)</script>' })).toBe('<script>alert(1)</script>');
  });

  it('ignores inherited properties such as constructor and __proto__', () => {
    expect(fillPlaceholdersWithReport('{{constructor}} {{toString}} {{__proto__}}', {}))
      .toEqual({ text: '{{constructor}} {{toString}} {{__proto__}}', missing: ['constructor', 'toString'] });
  });

  it('only treats exact {{name}} forms as placeholders', () => {
    expect(listPlaceholders('{{ area }} {area} {{1x}} {{{area}}} {{startDate}}')).toEqual(['area', 'startDate']);
    expect(fillPlaceholders('{{ area }} {{{area}}}', { area: 'X' })).toBe('{{ area }} {X}');
  });
});
