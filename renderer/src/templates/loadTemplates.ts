/**
 * Loads the template data shipped in /templates. Files are bundled as raw text, not as
 * JSON modules, so a broken file is reported at run time (naming the file and field)
 * instead of failing the build; the other files still load and the app still starts.
 */
import {
  checkFrameworkPackIds, formatTemplateIssue, validateFrameworkPack, validateGlossary,
  validateReviewTemplate,
  type FrameworkPack, type Glossary, type ReviewTemplate, type TemplateIssue, type Validated,
} from '../domain/template';

/** One problem with one template file; `display` is `<file>: <path>: <message>`. */
export interface TemplateLoadError extends TemplateIssue { display: string }

export interface LoadedTemplates {
  templates: ReviewTemplate[];
  frameworks: FrameworkPack[];
  glossary: Glossary | null;
  errors: TemplateLoadError[];
}

type FileKind =
  | { kind: 'template'; expectedId: string }
  | { kind: 'framework'; expectedId: string }
  | { kind: 'glossary' };

const LAYOUT_HINT =
  'not a known template file; expected templates/<id>/template.json, templates/frameworks/<id>.json or templates/glossary.json';

/** Glob keys look like `../../../templates/x.json`; errors name files from the repository root. */
export function normaliseTemplatePath(path: string): string {
  const match = /(?:^|\/)(templates\/.+)$/.exec(path.replace(/\\/g, '/'));
  return match?.[1] ?? path;
}

function classify(file: string): FileKind | null {
  if (file === 'templates/glossary.json') return { kind: 'glossary' };
  const framework = /^templates\/frameworks\/([^/]+)\.json$/.exec(file);
  if (framework?.[1] !== undefined) return { kind: 'framework', expectedId: framework[1] };
  const template = /^templates\/([^/]+)\/template\.json$/.exec(file);
  if (template?.[1] !== undefined && template[1] !== 'frameworks') return { kind: 'template', expectedId: template[1] };
  return null;
}

/**
 * Parses and validates template sources (path → JSON text). Never throws: a file with
 * any problem is left out and its problems are listed in `errors`. One exception keeps
 * the app usable: a template that names an unknown framework pack (perhaps one whose own
 * file failed) is kept without that pack id, and the unknown id is reported.
 */
/** One template file's JSON, or why it is not JSON (for the "file: (file): problem" line). */
export function parseTemplateJson(text: string): { ok: true; data: unknown } | { ok: false; message: string } {
  try {
    // Editors on Windows may save a byte-order mark, which JSON.parse rejects.
    return { ok: true, data: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (e) {
    return { ok: false, message: `invalid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
}

export function parseTemplateSources(sources: Readonly<Record<string, string>>): LoadedTemplates {
  const result: LoadedTemplates = { templates: [], frameworks: [], glossary: null, errors: [] };
  const report = (file: string, path: string, message: string) => {
    const issue = { file, path, message };
    result.errors.push({ ...issue, display: formatTemplateIssue(issue) });
  };
  const accept = <T>(file: string, validated: Validated<T>): T | null => {
    if (validated.ok) return validated.value;
    for (const p of validated.problems) report(file, p.path, p.message);
    return null;
  };

  const files = Object.keys(sources).map((key) => ({ key, file: normaliseTemplatePath(key) }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const { key, file } of files) {
    const kind = classify(file);
    if (!kind) { report(file, '', LAYOUT_HINT); continue; }
    const parsed = parseTemplateJson(sources[key] ?? '');
    if (!parsed.ok) { report(file, '', parsed.message); continue; }
    const data = parsed.data;
    if (kind.kind === 'glossary') {
      result.glossary = accept(file, validateGlossary(data));
      continue;
    }
    const value = kind.kind === 'template' ? accept(file, validateReviewTemplate(data)) : accept(file, validateFrameworkPack(data));
    if (!value) continue;
    // The file name is the id, so two files can never silently claim the same one.
    if (value.id !== kind.expectedId) {
      report(file, 'id', `id "${value.id}" does not match the file name; expected "${kind.expectedId}"`);
      continue;
    }
    if ('themes' in value) result.templates.push(value);
    else result.frameworks.push(value);
  }

  const packIds = new Set(result.frameworks.map((p) => p.id));
  result.templates = result.templates.map((t) => {
    const problems = checkFrameworkPackIds(t, packIds);
    if (!problems.length) return t;
    const file = `templates/${t.id}/template.json`;
    for (const p of problems) report(file, p.path, `${p.message}; the template loads without it`);
    return { ...t, frameworkPackIds: t.frameworkPackIds.filter((id) => packIds.has(id)) };
  });
  return result;
}

// Shared by every caller through the memo, so frozen: nobody can edit another's copy.
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

// Relative to this file; Vite resolves it in both vitest and the renderer build.
// Sample reviews live beside the templates but are review files, not templates; training
// courses have their own loader (loadCourses.ts).
const shippedSources = import.meta.glob<string>(['../../../templates/**/*.json', '!../../../templates/samples/**', '!../../../templates/training/**'], {
  query: '?raw', import: 'default', eager: true,
});

let loaded: Readonly<LoadedTemplates> | undefined;

/** The shipped templates, parsed once. Never throws; check `errors` for files left out. */
export function loadTemplates(): Readonly<LoadedTemplates> {
  loaded ??= deepFreeze(parseTemplateSources(shippedSources));
  return loaded;
}
