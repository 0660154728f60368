/**
 * The course as one self-contained web page: the course data as inert JSON, one inline
 * script and one inline style, both allowed by hash in a Content-Security-Policy of
 * default-src 'none', so the page can make no request of any kind. A participant opens
 * it in any browser and saves a results file for the facilitator to import.
 */
import { SECTOR_LABELS } from '../../domain/labels.ts';
import { SECTORS } from '../../domain/reviewFile.ts';
import type { TrainingCohort } from '../../domain/training/attempt.ts';
import type { Course } from '../../domain/training/courseSchema.ts';
import { sha256Base64 } from '../../domain/training/sha256.ts';
import { loadTemplates } from '../../templates/loadTemplates.ts';
import { STANDALONE_LIB } from './standaloneLib.ts';
import { STANDALONE_PAGE } from './standalonePage.ts';

const STYLE = `
body{font-family:Arial,Helvetica,sans-serif;font-size:19px;line-height:1.4;color:#0b0c0c;margin:0;background:#fff}
main{max-width:40em;margin:0 auto;padding:20px}
h1{font-size:32px;margin:0 0 20px}
h1:focus,a:focus,button:focus,input:focus,select:focus{outline:3px solid #fd0;box-shadow:0 4px #0b0c0c}
.caption{color:#484949;margin:0 0 5px}
.field{margin:0 0 20px}
label{display:block;font-weight:bold;margin:0 0 5px}
.hint{color:#484949;margin:0 0 5px}
input[type=text],input:not([type]),select{font-size:19px;padding:5px;border:2px solid #0b0c0c;min-width:15em}
fieldset{border:0;padding:0;margin:0 0 20px}
legend{font-weight:bold;margin:0 0 10px}
.choice{display:flex;gap:10px;align-items:flex-start;margin:0 0 10px}
.choice input{width:24px;height:24px;margin:2px 0 0}
.choice label{font-weight:normal}
button,.button{display:inline-block;font-size:19px;padding:8px 12px;background:#00703c;color:#fff;border:0;box-shadow:0 2px #002d18;cursor:pointer;text-decoration:none}
.error-summary{border:5px solid #d4351c;padding:15px;margin:0 0 20px}
.error-summary h2{margin:0 0 10px;font-size:24px}
.error-summary a{color:#d4351c;font-weight:bold}
.error{color:#d4351c;font-weight:bold}
.feedback{border-left:5px solid #1d70b8;padding:10px 15px;margin:0 0 20px;background:#f3f2f1}
.verdict{font-weight:bold}
.lead{font-size:24px}
dt{font-weight:bold}
dd{margin:0 0 10px}
`;

/** JSON safe inside a script element: no "<" can end it early. */
function inertJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The page's HTML; only the cohort's modules when a cohort is given. */
export function buildStandaloneCourseHtml(course: Course, cohort: TrainingCohort | null): string {
  const moduleIds = cohort ? cohort.moduleIds : course.modules.map((m) => m.id);
  // The glossary terms the course's modules name, shown with each module's teaching text.
  const named = new Set(course.modules.flatMap((m) => m.glossary ?? []));
  const glossary = (loadTemplates().glossary?.entries ?? []).filter((e) => named.has(e.abbreviation)).map((e) => [e.abbreviation, `${e.expansion}: ${e.definition}`]);
  const data = { course, cohort, moduleIds, glossary, sectors: SECTORS.map((s) => [s, SECTOR_LABELS[s]]) };
  const script = `${STANDALONE_LIB}${STANDALONE_PAGE}`;
  const csp = [
    "default-src 'none'", `script-src 'sha256-${sha256Base64(script)}'`, `style-src 'sha256-${sha256Base64(STYLE)}'`,
    "img-src 'none'", "base-uri 'none'", "form-action 'none'",
  ].join('; ');
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeText(`${course.title} (version ${course.version})`)}</title>
<style>${STYLE}</style>
</head>
<body>
<main id="main"><h1>${escapeText(course.title)}</h1><noscript><p>This course needs JavaScript turned on in your browser.</p></noscript></main>
<script type="application/json" id="course-data">${inertJson(data)}</script>
<script>${script}</script>
</body>
</html>
`;
}
