/**
 * Loads the training courses shipped in templates/training/. Like the review templates,
 * files are bundled as raw text so a broken course is reported at run time, naming the
 * file and field, and the app (and every other course) still starts.
 */
import { validateCourse, type Course } from '../domain/training/courseSchema.ts';
import { loadTemplates, normaliseTemplatePath, parseTemplateJson, type TemplateLoadError } from './loadTemplates.ts';

export interface LoadedCourses {
  courses: Course[];
  errors: TemplateLoadError[];
}

/** Parses and validates course sources (path → JSON text); never throws. */
export function parseCourseSources(sources: Readonly<Record<string, string>>, glossaryAbbreviations: ReadonlySet<string>): LoadedCourses {
  const result: LoadedCourses = { courses: [], errors: [] };
  const report = (file: string, path: string, message: string) =>
    result.errors.push({ file, path, message, display: `${file}: ${path || '(file)'}: ${message}` });
  const files = Object.keys(sources).map((key) => ({ key, file: normaliseTemplatePath(key) })).sort((a, b) => a.file.localeCompare(b.file));
  const seen = new Map<string, string>();
  for (const { key, file } of files) {
    const parsed = parseTemplateJson(sources[key] ?? '');
    if (!parsed.ok) { report(file, '', parsed.message); continue; }
    const validated = validateCourse(parsed.data);
    if (!validated.ok) {
      for (const p of validated.problems) report(file, p.path, p.message);
      continue;
    }
    const course = validated.course;
    const expected = /([^/]+)\.json$/.exec(file)?.[1];
    if (course.id !== expected) { report(file, 'id', `id "${course.id}" does not match the file name; expected "${expected ?? ''}"`); continue; }
    const first = seen.get(course.id);
    if (first) { report(file, 'id', `duplicate course id "${course.id}" (also in ${first})`); continue; }
    seen.set(course.id, file);
    // A glossary term the glossary lacks is reported; the course loads without it.
    const modules = course.modules.map((m, i) => {
      if (!m.glossary) return m;
      const known = m.glossary.filter((abbreviation, j) => {
        if (glossaryAbbreviations.has(abbreviation)) return true;
        report(file, `modules[${i}].glossary[${j}]`, `"${abbreviation}" is not in templates/glossary.json; the course loads without it`);
        return false;
      });
      return { ...m, glossary: known };
    });
    result.courses.push({ ...course, modules });
  }
  return result;
}

const shippedSources = import.meta.glob<string>('../../../templates/training/*.json', { query: '?raw', import: 'default', eager: true });

let loaded: LoadedCourses | undefined;

/** The shipped courses, parsed once. Never throws; check `errors` for files left out. */
export function loadCourses(): LoadedCourses {
  if (!loaded) {
    const glossary = loadTemplates().glossary;
    loaded = parseCourseSources(shippedSources, new Set(glossary?.entries.map((e) => e.abbreviation) ?? []));
  }
  return loaded;
}
