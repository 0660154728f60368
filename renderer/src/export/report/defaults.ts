/**
 * The report's standard wording and glossary when the caller gives none: the shipped
 * Local Review template and glossary, imported as JSON (not through the app's template
 * loader, which needs Vite) so the builder also runs under plain Node. They are checked
 * with the same rules as the loader, once, when a report first needs them.
 */
import glossaryJson from '../../../../templates/glossary.json' with { type: 'json' };
import templateJson from '../../../../templates/local-review/template.json' with { type: 'json' };
import { validateGlossary, validateReviewTemplate, type GlossaryEntry, type ReportWording } from '../../domain/template.ts';

let wording: ReportWording | undefined;
let glossary: readonly GlossaryEntry[] | undefined;

function problemsOf(file: string, problems: ReadonlyArray<{ path: string; message: string }>): Error {
  return new Error(`${file} is not valid, so the report cannot use it: ${problems.map((p) => `${p.path || '(file)'}: ${p.message}`).join('; ')}`);
}

/** The standard report wording of the shipped Local Review template. */
export function defaultWording(): ReportWording {
  if (!wording) {
    const checked = validateReviewTemplate(templateJson);
    if (!checked.ok) throw problemsOf('templates/local-review/template.json', checked.problems);
    wording = checked.value.reportWording;
  }
  return wording;
}

/** The entries of the shipped glossary. */
export function defaultGlossary(): readonly GlossaryEntry[] {
  if (!glossary) {
    const checked = validateGlossary(glossaryJson);
    if (!checked.ok) throw problemsOf('templates/glossary.json', checked.problems);
    glossary = checked.value.entries;
  }
  return glossary;
}
