/**
 * Where a review stands, as data: one check per thing a finished review needs, each with
 * its stage, whether it is met, a sentence with its counts and the items still missing,
 * each pointing at the screen (and item) where it is put right. The overview and the
 * Report stage show the same checks, so a quote no finding cites never silently misses
 * the report. An owner agency is required by the file format, so actions are only
 * checked for their due dates.
 */
import { agencyCoverage } from './agencyCoverage.ts';
import { engagementTitle } from './engagementLabels.ts';
import { strengthForAll } from './evidence.ts';
import { isOverdue } from './rag.ts';
import type { ReviewFile } from './reviewFile.ts';
import { WORK_STAGES, type WorkStage } from './reviewStage.ts';
import { KeptPerLists, type Lists } from './keptPerLists.ts';
import { runAtOnce } from './steps.ts';
import { unansweredFindings } from './unanswered.ts';

/** Required checks decide whether a stage is done; advisory ones are worth a look. */
export type Severity = 'required' | 'advisory';

/** A place in the workspace: a stage, an Analyse view, an engagement, an item to focus. */
export interface FixTarget {
  stage: WorkStage;
  view?: 'code' | 'evidence' | 'coverage' | 'findings';
  engagementId?: string;
  /** An item's id, or the id of a form field (such as `scope-terms`), the screen brings into view. */
  focus?: string;
}

export interface ReadinessItem {
  id: string;
  text: string;
  target: FixTarget;
}

export interface ReadinessCheck {
  id: string;
  stage: WorkStage;
  severity: Severity;
  isMet: boolean;
  /** A sentence with the counts, saying what is done or what is missing. */
  message: string;
  /** Where the whole check is put right. */
  target: FixTarget;
  /** What is still missing, one by one (empty when met or when there is nothing to list). */
  items: ReadinessItem[];
}

export interface StageReadiness {
  stage: WorkStage;
  /** Every required check of the stage is met. */
  isDone: boolean;
  checks: ReadinessCheck[];
}

const n = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
const isWritten = (value: string | undefined) => value !== undefined && /\S/.test(value);
/** A short quotation of a passage for a list (the overview never leaves the laptop). */
const snippet = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
};

function check(stage: WorkStage, id: string, severity: Severity, isMet: boolean, met: string, unmet: string, target: FixTarget, items: ReadinessItem[] = []): ReadinessCheck {
  return { id, stage, severity, isMet, message: isMet ? met : unmet, target, items: isMet ? [] : items };
}

function scopeChecks(file: ReviewFile): ReadinessCheck[] {
  // Each lands on the field to fill in (the Scope stage's own field ids).
  const at = (field: string): FixTarget => ({ stage: 'scope', focus: field });
  const { review, agencies, themes } = file;
  return [
    check('scope', 'scope-terms', 'required', isWritten(review.termsOfReference), 'Terms of reference written', 'The terms of reference are not written yet', at('scope-terms')),
    check('scope', 'scope-team', 'required', review.reviewers.length > 0, `Review team: ${n(review.reviewers.length, 'reviewer')}`, 'No review team recorded yet', at('new-reviewer-name')),
    check('scope', 'scope-agencies', 'required', agencies.length > 0, `${n(agencies.length, 'agency', 'agencies')} in scope`, 'No agencies in scope yet', at('new-agency-name')),
    check('scope', 'scope-themes', 'required', themes.length > 0, `${n(themes.length, 'theme')} in the framework`, 'No themes in the framework yet', at('new-theme-name')),
  ];
}

function engageChecks(file: ReviewFile): ReadinessCheck[] {
  const at: FixTarget = { stage: 'engage' };
  const coverage = agencyCoverage(file.agencies, file.engagements);
  const unheard = coverage.sectors.filter((s) => !s.isEngaged);
  const silent = file.engagements.filter((e) => !isWritten(e.notes));
  return [
    check('engage', 'engage-sessions', 'required', file.engagements.length > 0, `${n(file.engagements.length, 'engagement')} recorded`, 'No engagements recorded yet', at),
    check('engage', 'engage-sectors', 'required', coverage.sectors.length > 0 && unheard.length === 0,
      `Every sector in scope has been heard (${n(coverage.sectors.length, 'sector')})`,
      coverage.sectors.length === 0 ? 'No sectors in scope to hear from yet' : `${n(unheard.length, 'sector')} in scope not yet heard`,
      at, unheard.map((s) => ({ id: s.sector, text: s.label, target: at }))),
    check('engage', 'engage-notes', 'advisory', silent.length === 0, 'Every engagement has notes', `${n(silent.length, 'engagement')} without notes`,
      at, silent.map((e) => ({ id: e.id, text: engagementTitle(e), target: { stage: 'engage', engagementId: e.id } }))),
  ];
}

function analyseChecks(file: ReviewFile): ReadinessCheck[] {
  const code: FixTarget = { stage: 'analyse', view: 'code' };
  const findings: FixTarget = { stage: 'analyse', view: 'findings' };
  const coded = new Set(file.excerpts.map((x) => x.engagementId));
  const uncoded = file.engagements.filter((e) => isWritten(e.notes) && !coded.has(e.id));
  const cited = new Set(file.findings.flatMap((f) => f.excerptIds));
  const unusedQuotes = file.excerpts.filter((x) => x.isQuote && !cited.has(x.id));
  const strength = strengthForAll(file);
  const singleVoice = file.findings.filter((f) => strength.get(f.id)?.isSingleVoice);
  const toFinding = (id: string): FixTarget => ({ ...findings, focus: id });
  return [
    check('analyse', 'analyse-passages', 'required', file.excerpts.length > 0, `${n(file.excerpts.length, 'passage')} coded`, 'No passages coded yet', code),
    check('analyse', 'analyse-uncoded', 'advisory', uncoded.length === 0, 'Every engagement with notes has coded passages',
      `${n(uncoded.length, 'engagement')} with notes but no coded passages`,
      code, uncoded.map((e) => ({ id: e.id, text: engagementTitle(e), target: { ...code, engagementId: e.id } }))),
    check('analyse', 'analyse-findings', 'required', file.findings.length > 0, `${n(file.findings.length, 'finding')} drawn`, 'No findings drawn yet', findings),
    check('analyse', 'analyse-unused-quotes', 'advisory', unusedQuotes.length === 0, 'Every quotable passage is used by a finding',
      `${n(unusedQuotes.length, 'quotable passage')} not used by any finding, so not in the report`,
      { stage: 'analyse', view: 'evidence' },
      unusedQuotes.map((x) => ({ id: x.id, text: `“${snippet(x.text)}”`, target: { ...code, engagementId: x.engagementId, focus: x.id } }))),
    check('analyse', 'analyse-single-voice', 'advisory', singleVoice.length === 0, 'No finding rests on a single voice',
      `${n(singleVoice.length, 'finding')} resting on a single voice`,
      findings, singleVoice.map((f) => ({ id: f.id, text: f.title.trim() || 'Untitled finding', target: toFinding(f.id) }))),
  ];
}

function recommendChecks(file: ReviewFile): ReadinessCheck[] {
  const at: FixTarget = { stage: 'recommend' };
  const unanswered = unansweredFindings(file);
  return [
    check('recommend', 'recommend-any', 'required', file.recommendations.length > 0, `${n(file.recommendations.length, 'recommendation')} written`, 'No recommendations written yet', at),
    check('recommend', 'recommend-unanswered', 'required', unanswered.length === 0, 'Every gap and barrier is answered by a recommendation',
      `${n(unanswered.length, 'gap or barrier', 'gaps and barriers')} no recommendation answers`,
      at, unanswered.map((f) => ({ id: f.id, text: f.title.trim() || 'Untitled finding', target: { stage: 'analyse', view: 'findings', focus: f.id } }))),
  ];
}

function reportChecks(file: ReviewFile): ReadinessCheck[] {
  const { summary, localContext } = file.review;
  return [
    check('report', 'report-summary', 'advisory', isWritten(summary), 'Executive summary written in your own words',
      'No executive summary of your own yet: the report opens with one written from the figures', { stage: 'report', focus: 'report-summary' }),
    check('report', 'report-local-context', 'advisory', isWritten(localContext), 'Local context written in your own words',
      'No local context of your own yet: the report uses the template’s wording', { stage: 'report', focus: 'report-local-context' }),
  ];
}

function followUpChecks(file: ReviewFile, today: string): ReadinessCheck[] {
  const at: FixTarget = { stage: 'follow-up' };
  const withActions = new Set(file.actions.map((a) => a.recommendationId));
  const bare = [...file.recommendations].sort((a, b) => a.number - b.number).filter((r) => !withActions.has(r.id));
  const overdue = file.actions.filter((a) => isOverdue(a, today));
  const undated = file.actions.filter((a) => a.dueDate === undefined && a.status !== 'complete');
  const action = (a: ReviewFile['actions'][number]): ReadinessItem => ({ id: a.id, text: snippet(a.description) || 'Untitled action', target: { ...at, focus: a.id } });
  return [
    check('follow-up', 'follow-up-any', 'required', file.actions.length > 0, `${n(file.actions.length, 'action')} in the plan`, 'No actions in the plan yet', at),
    check('follow-up', 'follow-up-bare', 'required', bare.length === 0, 'Every recommendation has actions', `${n(bare.length, 'recommendation')} without actions`,
      at, bare.map((r) => ({ id: r.id, text: `${r.number}. ${r.title.trim() || 'Untitled recommendation'}`, target: { ...at, focus: r.id } }))),
    check('follow-up', 'follow-up-overdue', 'required', overdue.length === 0, 'No action is overdue', `${n(overdue.length, 'action')} overdue`, at, overdue.map(action)),
    check('follow-up', 'follow-up-undated', 'advisory', undated.length === 0, 'Every open action has a due date', `${n(undated.length, 'open action')} without a due date`, at, undated.map(action)),
  ];
}

/**
 * What each stage's checks read. A review snapshot keeps a list's identity until a write
 * changes it, so a stage's checks are kept per these parts and reused while they are the
 * same: a note on an action, a change of stage or the Overview and Report showing one
 * snapshot cost the other stages nothing. At 3,000 engagements the analyse checks alone
 * (the strength of every finding's evidence) take about 100 ms.
 */
interface StageWork {
  stage: WorkStage;
  parts: (file: ReviewFile, today: string) => Lists;
  make: (file: ReviewFile, today: string) => ReadinessCheck[];
}

const STAGE_WORK: readonly StageWork[] = [
  { stage: 'scope', parts: (f) => [f.review, f.agencies, f.themes], make: scopeChecks },
  { stage: 'engage', parts: (f) => [f.engagements, f.agencies], make: engageChecks },
  { stage: 'analyse', parts: (f) => [f.findings, f.agencies, f.engagements, f.excerpts], make: analyseChecks },
  { stage: 'recommend', parts: (f) => [f.findings, f.themes, f.recommendations], make: recommendChecks },
  { stage: 'report', parts: (f) => [f.review], make: reportChecks },
  { stage: 'follow-up', parts: (f, today) => [f.actions, f.recommendations, today], make: followUpChecks },
];

const kept = new Map(STAGE_WORK.map((work) => [work.stage, new KeptPerLists<ReadinessCheck[]>()]));

function keptChecks(work: StageWork, file: ReviewFile, today: string): ReadinessCheck[] | undefined {
  return kept.get(work.stage)!.get(work.parts(file, today));
}

/**
 * Every check of the review, in stage order, a stage at a time: it stops after each stage
 * it had to work out (none when all are kept), so a screen can spread the first look at a
 * large review over several tasks. `today` (YYYY-MM-DD) decides what is overdue.
 */
export function* readinessChecksSteps(file: ReviewFile, today: string): Generator<void, ReadinessCheck[], undefined> {
  const all: ReadinessCheck[] = [];
  for (const work of STAGE_WORK) {
    const known = keptChecks(work, file, today);
    all.push(...(known ?? kept.get(work.stage)!.getOrMake(work.parts(file, today), () => work.make(file, today))));
    if (!known) yield;
  }
  return all;
}

/** Every check of the review, in stage order. `today` (YYYY-MM-DD) decides what is overdue. */
export function readinessChecks(file: ReviewFile, today: string): ReadinessCheck[] {
  return runAtOnce(readinessChecksSteps(file, today));
}

/** The checks at once if every stage's are kept for this snapshot, else undefined. */
export function keptReadinessChecks(file: ReviewFile, today: string): ReadinessCheck[] | undefined {
  const all: ReadinessCheck[] = [];
  for (const work of STAGE_WORK) {
    const known = keptChecks(work, file, today);
    if (!known) return undefined;
    all.push(...known);
  }
  return all;
}

/** The checks grouped by stage, each stage done when its required checks are met. */
export function stagesReadiness(checks: readonly ReadinessCheck[]): StageReadiness[] {
  return WORK_STAGES.map((stage) => {
    const own = checks.filter((c) => c.stage === stage);
    return { stage, isDone: own.every((c) => c.severity === 'advisory' || c.isMet), checks: own };
  });
}

/** The next thing to do: the first unmet required check in stage order, else the first unmet advisory one. */
export function nextStep(checks: readonly ReadinessCheck[]): ReadinessCheck | undefined {
  return checks.find((c) => !c.isMet && c.severity === 'required') ?? checks.find((c) => !c.isMet);
}

/** The checks not yet met, in stage order (the Report stage lists them before export). */
export function unmetChecks(checks: readonly ReadinessCheck[]): ReadinessCheck[] {
  return checks.filter((c) => !c.isMet);
}
