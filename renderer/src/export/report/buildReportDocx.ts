/**
 * The Word report: a review file in, the bytes of a .docx out. Pure and platform-free (no
 * DOM, no Node built-ins, no Buffer) so it runs the same in Node and in the app's worker.
 * The build moves through named steps, reporting progress and checking for cancellation
 * between them; it yields to the event loop at each step so a worker can receive a
 * cancel message while it works.
 */
import type { ReviewFile } from '../../domain/reviewFile.ts';
import { throwIfAborted, type ReportOptions, type ReportSection } from '../options.ts';
import type { Block } from './blocks.ts';
import { defaultGlossary, defaultWording } from './defaults.ts';
import { buildReportModel, type ReportModel } from './reportModel.ts';
import { glossary, whoWasEngaged } from './sections/appendices.ts';
import { packageDocument } from './packageDocument.ts';
import { contents, cover } from './sections/cover.ts';
import { findingsSection } from './sections/findings.ts';
import { frameworkMappingAppendix, progressSinceLastReview } from './sections/frameworks.ts';
import { introduction, reviewTeam } from './sections/introduction.ts';
import { methodology } from './sections/methodology.ts';
import { networksSection } from './sections/networks.ts';
import { actionPlanSection, recommendationsSection } from './sections/recommendations.ts';
import { executiveSummary } from './sections/summary.ts';

interface Step { name: string; run: (model: ReportModel, file: ReviewFile) => Block[]; landscape?: boolean }

/** The report's sections in order, leaving out those the options omit. */
function stepsFor(omit: ReadonlySet<ReportSection>, file: ReviewFile): Step[] {
  const all: Array<Step & { section?: ReportSection }> = [
    { name: 'Writing the cover and contents', run: (m) => [...cover(m), ...contents()] },
    { section: 'executive-summary', name: 'Writing the executive summary', run: executiveSummary },
    { section: 'introduction', name: 'Writing the introduction', run: introduction },
    { name: 'Writing progress since the last review', run: (_m, file) => progressSinceLastReview(file) },
    // The team sits under the introduction, or stands as a section of its own without it.
    { section: 'review-team', name: 'Writing the review team', run: (m) => reviewTeam(m, omit.has('introduction') ? 1 : 2) },
    { section: 'methodology', name: 'Writing the methodology', run: methodology },
    { section: 'findings', name: 'Writing the findings', run: findingsSection },
    // Only for a review with peer networks, so other reports are unchanged.
    ...(file.networks?.length ? [{ section: 'peer-networks' as const, name: 'Drawing the peer networks', run: () => networksSection(file.networks ?? []) }] : []),
    { section: 'recommendations', name: 'Writing the recommendations', run: recommendationsSection, landscape: true },
    { section: 'action-plan', name: 'Writing the action plan', run: actionPlanSection, landscape: true },
    { section: 'appendices', name: 'Writing the appendices', run: (m, file) => [...whoWasEngaged(m), ...glossary(m), ...frameworkMappingAppendix(file)] },
  ];
  return all.filter((step) => step.section === undefined || !omit.has(step.section));
}

/** Lets a worker's message queue run (a cancel arrives as a message) before the next step. */
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Today's date as YYYY-MM-DD, in the local time zone. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Builds the Word report of a review. Rejects with an AbortError if `options.signal` fires. */
export async function buildReportDocx(file: ReviewFile, options: ReportOptions = {}): Promise<Uint8Array> {
  const { signal, onProgress } = options;
  const omit = new Set(options.omit ?? []);
  const steps = stepsFor(omit, file);
  const total = steps.length + 2;
  let done = 0;
  const progress = async (step: string) => {
    throwIfAborted(signal);
    onProgress?.({ done, total, step });
    await nextTurn();
    throwIfAborted(signal);
  };

  await progress('Reading the review');
  const today = options.today ?? localToday();
  const model = buildReportModel(file, {
    today,
    version: options.version ?? 'Draft',
    includeQuotes: options.includeQuotes ?? true,
    wording: options.wording ?? defaultWording(),
    glossary: options.glossary ?? defaultGlossary(),
  });
  done += 1;

  // Consecutive steps of the same orientation share a section of the document.
  const parts: Array<{ landscape: boolean; children: Block[] }> = [];
  for (const step of steps) {
    await progress(step.name);
    const landscape = step.landscape ?? false;
    const last = parts[parts.length - 1];
    const part = last?.landscape === landscape ? last : { landscape, children: [] };
    if (part !== last) parts.push(part);
    part.children.push(...step.run(model, file));
    done += 1;
  }

  await progress('Packaging the document');
  const bytes = await packageDocument({
    title: model.title,
    subject: `Local Review of ${model.area}`,
    keywords: 'Local Review; serious violence; exploitation',
    marking: model.marking,
    created: file.review.createdAt,
    modified: file.review.updatedAt,
    parts,
  });
  throwIfAborted(signal);
  onProgress?.({ done: total, total, step: 'Done' });
  return bytes;
}
