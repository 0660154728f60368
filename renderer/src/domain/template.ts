/**
 * Review templates, framework packs and the glossary are data (templates/**.json) that
 * reviewers' leads edit without touching code, so every file is checked here before the
 * app relies on it: first its shape (zod), then the references between its parts.
 * Pure TypeScript: no React, Dexie or DOM.
 */
import { z } from 'zod';

import { SECTORS } from './reviewFile.ts';

export { SECTORS };
export type { Sector } from './reviewFile.ts';

/** Placeholders that report wording may use; the report builder supplies each as plain text. */
export const PLACEHOLDER_NAMES = [
  'area', 'commissioner', 'reviewTitle', 'startDate', 'endDate',
  'engagementCount', 'participantCount', 'agencyCount',
] as const;
export type PlaceholderName = (typeof PLACEHOLDER_NAMES)[number];

const keySchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/,
  'expected a lower-case key of letters, digits and single hyphens, e.g. "county-lines"');
// Template text reaches the UI and Word reports as plain text, so a tag is always a mistake.
const textSchema = z.string().trim().min(1, 'must not be empty')
  .refine((s) => !/<\/?[a-z][^<>]*>/i.test(s), 'plain text only: remove the HTML or XML tag');
export const sectorSchema = z.enum(SECTORS, {
  error: (iss) => `unknown sector ${JSON.stringify(iss.input)}; expected one of: ${SECTORS.join(', ')}`,
});
const textList = (min: number, max: number, noun: string) => z.array(textSchema)
  .min(min, `expected ${min} to ${max} ${noun}`).max(max, `expected ${min} to ${max} ${noun}`);

export const templateAgencySchema = z.strictObject({
  key: keySchema, name: textSchema, sector: sectorSchema, group: textSchema.optional(),
});
export const templateThemeSchema = z.strictObject({
  key: keySchema, name: textSchema, description: textSchema, parentKey: keySchema.optional(),
});
/** Standard report sections; the first five are required, the rest are optional lead-ins. */
export const reportWordingSchema = z.strictObject({
  introduction: textSchema, background: textSchema, methodology: textSchema,
  limitations: textSchema, nationalContext: textSchema,
  localContext: textSchema.optional(), engagementIntro: textSchema.optional(),
  findingsIntro: textSchema.optional(), strengthsIntro: textSchema.optional(),
  recommendationsIntro: textSchema.optional(), actionPlanIntro: textSchema.optional(),
  frameworkMappingIntro: textSchema.optional(), glossaryIntro: textSchema.optional(),
});
export const reviewTemplateSchema = z.strictObject({
  id: keySchema,
  name: textSchema,
  description: textSchema,
  version: z.int().min(1),
  agencies: z.array(templateAgencySchema).min(1, 'expected at least one agency'),
  themes: z.array(templateThemeSchema).min(1, 'expected at least one theme'),
  defaultThemeKeys: z.array(keySchema),
  questionGuide: z.array(z.strictObject({ themeKey: keySchema, questions: textList(3, 6, 'questions') })),
  workshopPrompts: z.array(z.strictObject({ themeKey: keySchema, prompts: textList(2, 4, 'prompts') })),
  reportWording: reportWordingSchema,
  frameworkPackIds: z.array(keySchema),
});
export const frameworkHeadingSchema = z.strictObject({ key: keySchema, name: textSchema, description: textSchema });
export const frameworkPackSchema = z.strictObject({
  id: keySchema, name: textSchema, shortName: textSchema, description: textSchema,
  editable: z.boolean(),
  headings: z.array(frameworkHeadingSchema).min(1, 'expected at least one heading'),
});
export const glossaryEntrySchema = z.strictObject({
  abbreviation: textSchema, expansion: textSchema, definition: textSchema,
});
export const glossarySchema = z.strictObject({ entries: z.array(glossaryEntrySchema).min(1) });

export type TemplateAgency = z.infer<typeof templateAgencySchema>;
export type TemplateTheme = z.infer<typeof templateThemeSchema>;
export type ReportWording = z.infer<typeof reportWordingSchema>;
export type ReviewTemplate = z.infer<typeof reviewTemplateSchema>;
export type FrameworkHeading = z.infer<typeof frameworkHeadingSchema>;
export type FrameworkPack = z.infer<typeof frameworkPackSchema>;
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type Glossary = z.infer<typeof glossarySchema>;

/** A problem inside one file; path is formatted like `themes[3].parentKey` ('' = whole file). */
export interface TemplateProblem { path: string; message: string }
/** A problem located in a file, e.g. for the template error list. */
export interface TemplateIssue extends TemplateProblem { file: string }
export type Validated<T> = { ok: true; value: T } | { ok: false; problems: TemplateProblem[] };

/** `['themes', 3, 'parentKey']` → `themes[3].parentKey`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) =>
    typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part), '');
}

/** `<file>: <path>: <message>`; a whole-file problem shows `(file)` as its path. */
export function formatTemplateIssue(issue: TemplateIssue): string {
  return `${issue.file}: ${issue.path || '(file)'}: ${issue.message}`;
}

function duplicates(values: readonly string[], pathOf: (i: number) => string, noun: string): TemplateProblem[] {
  const first = new Map<string, number>();
  const problems: TemplateProblem[] = [];
  values.forEach((value, i) => {
    const seen = first.get(value);
    if (seen === undefined) first.set(value, i);
    else problems.push({ path: pathOf(i), message: `duplicate ${noun} "${value}" (first at index ${seen})` });
  });
  return problems;
}

/** Themes whose parent chain leads back to themselves, keyed to their cycle, e.g. "a → b → a". */
function themeCycles(themes: readonly TemplateTheme[]): Map<string, string> {
  const parentOf = new Map(themes.map((t) => [t.key, t.parentKey]));
  const cycles = new Map<string, string>();
  for (const theme of themes) {
    const chain = [theme.key];
    let next = theme.parentKey;
    // Stop at a root, an unknown parent (reported elsewhere) or a loop not through this theme.
    while (next !== undefined && parentOf.has(next) && !chain.includes(next)) {
      chain.push(next);
      next = parentOf.get(next);
    }
    if (next === theme.key) cycles.set(theme.key, [...chain, theme.key].join(' → '));
  }
  return cycles;
}

/** Cross-checks inside one template: unique keys and every theme reference resolvable. */
export function findTemplateProblems(t: ReviewTemplate): TemplateProblem[] {
  const themeKeys = new Set(t.themes.map((th) => th.key));
  const unknownTheme = (key: string) => `unknown theme "${key}"`;
  const problems = [
    ...duplicates(t.agencies.map((a) => a.key), (i) => `agencies[${i}].key`, 'agency key'),
    ...duplicates(t.themes.map((th) => th.key), (i) => `themes[${i}].key`, 'theme key'),
    ...duplicates(t.defaultThemeKeys, (i) => `defaultThemeKeys[${i}]`, 'default theme'),
    ...duplicates(t.questionGuide.map((q) => q.themeKey), (i) => `questionGuide[${i}].themeKey`, 'question guide for theme'),
    ...duplicates(t.workshopPrompts.map((w) => w.themeKey), (i) => `workshopPrompts[${i}].themeKey`, 'workshop prompts for theme'),
    ...duplicates(t.frameworkPackIds, (i) => `frameworkPackIds[${i}]`, 'framework pack'),
  ];
  const cycles = themeCycles(t.themes);
  t.themes.forEach((th, i) => {
    if (th.parentKey === undefined) return;
    const path = `themes[${i}].parentKey`;
    if (!themeKeys.has(th.parentKey)) problems.push({ path, message: unknownTheme(th.parentKey) });
    const cycle = cycles.get(th.key);
    if (cycle) problems.push({ path, message: `theme "${th.key}" is its own ancestor (${cycle})` });
  });
  // A child in scope without its parent would leave an orphan in the review's theme tree.
  const inScope = new Set(t.defaultThemeKeys);
  const parentOf = new Map(t.themes.map((th) => [th.key, th.parentKey]));
  t.defaultThemeKeys.forEach((key, i) => {
    const path = `defaultThemeKeys[${i}]`;
    const parent = parentOf.get(key);
    if (!themeKeys.has(key)) problems.push({ path, message: unknownTheme(key) });
    else if (parent !== undefined && !inScope.has(parent)) {
      problems.push({ path, message: `theme "${key}" is in scope but its parent "${parent}" is not` });
    }
  });
  t.questionGuide.forEach((q, i) => {
    if (!themeKeys.has(q.themeKey)) problems.push({ path: `questionGuide[${i}].themeKey`, message: unknownTheme(q.themeKey) });
  });
  t.workshopPrompts.forEach((w, i) => {
    if (!themeKeys.has(w.themeKey)) problems.push({ path: `workshopPrompts[${i}].themeKey`, message: unknownTheme(w.themeKey) });
  });
  // A misspelt placeholder would otherwise print as "{{aera}}" in a finished report.
  const known: readonly string[] = PLACEHOLDER_NAMES;
  for (const [section, text] of Object.entries(t.reportWording)) {
    for (const name of listPlaceholders(text ?? '')) {
      if (!known.includes(name)) {
        problems.push({ path: `reportWording.${section}`, message: `unknown placeholder "{{${name}}}"; supported: ${known.join(', ')}` });
      }
    }
  }
  return problems;
}

/** Checked once every framework file is known: each frameworkPackIds entry names a loaded pack. */
export function checkFrameworkPackIds(t: ReviewTemplate, knownPackIds: ReadonlySet<string>): TemplateProblem[] {
  return t.frameworkPackIds.flatMap((id, i) => knownPackIds.has(id) ? []
    : [{ path: `frameworkPackIds[${i}]`, message: `unknown framework pack "${id}"` }]);
}

export function findFrameworkProblems(p: FrameworkPack): TemplateProblem[] {
  return duplicates(p.headings.map((h) => h.key), (i) => `headings[${i}].key`, 'heading key');
}

export function findGlossaryProblems(g: Glossary): TemplateProblem[] {
  return duplicates(g.entries.map((e) => e.abbreviation.toLowerCase()), (i) => `entries[${i}].abbreviation`, 'abbreviation');
}

function validate<T>(schema: z.ZodType<T>, check: (value: T) => TemplateProblem[], data: unknown): Validated<T> {
  // reportInput lets a missing field say so, instead of "expected string, received undefined".
  const parsed = schema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        path: formatIssuePath(issue.path),
        message: issue.input === undefined && issue.path.length > 0 ? 'required field is missing' : issue.message,
      })),
    };
  }
  const problems = check(parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, value: parsed.data };
}

/** Shape and internal references of a review template (not its framework pack ids). */
export const validateReviewTemplate = (data: unknown): Validated<ReviewTemplate> =>
  validate(reviewTemplateSchema, findTemplateProblems, data);
export const validateFrameworkPack = (data: unknown): Validated<FrameworkPack> =>
  validate(frameworkPackSchema, findFrameworkProblems, data);
export const validateGlossary = (data: unknown): Validated<Glossary> =>
  validate(glossarySchema, findGlossaryProblems, data);

// `{{name}}` exactly: no spaces, a letter first. Anything else is ordinary text.
const PLACEHOLDER = /\{\{([A-Za-z][A-Za-z0-9]*)\}\}/g;

/** Distinct placeholder names in `text`, in order of first use. */
export function listPlaceholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))];
}

/**
 * Replaces each `{{name}}` with `values[name]` in a single pass. Values are inserted as
 * literal plain text: never re-scanned (a value "{{area}}" stays as typed), never treated
 * as a `$&`-style replacement pattern, never as markup. A placeholder with no value is left
 * visible as `{{name}}` and listed in `missing`, so a gap shows in the draft rather than
 * vanishing. Only own properties count, so `{{constructor}}` cannot reach Object.prototype.
 */
export function fillPlaceholdersWithReport(text: string, values: Readonly<Record<string, string>>): { text: string; missing: string[] } {
  const missing: string[] = [];
  const filled = text.replace(PLACEHOLDER, (whole, name: string) => {
    const value: unknown = Object.hasOwn(values, name) ? values[name] : undefined;
    if (typeof value === 'string') return value;
    if (!missing.includes(name)) missing.push(name);
    return whole;
  });
  return { text: filled, missing };
}

/** As fillPlaceholdersWithReport, returning only the text (unknown placeholders stay visible). */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  return fillPlaceholdersWithReport(text, values).text;
}
