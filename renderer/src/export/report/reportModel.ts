/**
 * Everything the Word report may say, drawn from a review file in one place so that what
 * leaves the laptop can be audited here: the report's sections are written from this model
 * alone, never from the file. Deliberately absent: engagement notes and titles, the text of
 * passages not marked quotable, action-update notes, and reviewers other than in `team`.
 */
import { attributeQuote, sectorsOfEngagement } from '../../domain/attribution.ts';
import { ENGAGEMENT_KIND_LABELS } from '../../domain/engagementLabels.ts';
import { describeHeard } from '../../domain/findingLabels.ts';
import { evidenceIndex, strengthOfEvidence, type EvidenceStrength } from '../../domain/evidence.ts';
import { SECTOR_LABELS } from '../../domain/labels.ts';
import { isOverdue, ragOf, rollUp, type Rag, type RollUp } from '../../domain/rag.ts';
import { ENGAGEMENT_KINDS, SECTORS, type Engagement, type Finding, type ReviewFile, type Sector } from '../../domain/reviewFile.ts';
import { fillPlaceholders, type GlossaryEntry, type ReportWording } from '../../domain/template.ts';
import { themeTree } from '../../domain/themeOrder.ts';
import { count, listAnd, longDate, oneLine, paragraphsOf, plural } from './format.ts';
import { FINDING_KIND_LABELS, FINDING_KIND_ORDER, KIND_PLURALS, PRIORITY_LABELS, TIMESCALE_LABELS } from './labels.ts';

export interface QuoteModel { text: string; attribution: string }

export interface FindingModel {
  number: number;
  kind: Finding['kind'];
  kindLabel: string;
  title: string;
  detail: string[];
  strength: EvidenceStrength;
  evidence: string;
  quotes: QuoteModel[];
}

/** A theme in the findings, with its depth in the theme tree; only themes with findings below them. */
export interface ThemeModel { name: string; description: string; depth: number; findings: FindingModel[] }

export interface RecommendationModel {
  number: number;
  title: string;
  detail: string[];
  lead: string;
  partners: string[];
  priority: ReviewFile['recommendations'][number]['priority'];
  priorityLabel: string;
  timescaleLabel: string;
  successMeasure: string;
  findingNumbers: number[];
}

export interface ActionModel { description: string; owner: string; due: string; status: string; rag: Rag; isOverdue: boolean }
export interface ActionGroupModel { number: number; title: string; successMeasure: string; actions: ActionModel[] }

export interface EngagementModel {
  sessions: number;
  participants: number;
  agenciesEngaged: number;
  firstDate?: string;
  lastDate?: string;
  days: number;
  byKind: Array<{ label: string; sessions: number; participants: number | undefined; sectors: string[] }>;
  bySector: Array<{ label: string; sessions: number }>;
  byWeek: Array<{ weekBeginning: string; sessions: number; kinds: string }>;
  agencies: Array<{ name: string; sector: string; sessions: number }>;
  notEngaged: string[];
  roles: Array<{ role: string; sessions: number }>;
}

/** The standard wording, placeholders filled, each section as paragraphs. */
export type FilledWording = { [K in keyof ReportWording]-?: string[] };

export interface ReportModel {
  title: string;
  area: string;
  commissioner: string;
  marking: ReviewFile['review']['protectiveMarking'];
  version: string;
  date: string;
  reviewPeriod: string | undefined;
  termsOfReference: string[];
  localDefinition: string[];
  /** The reviewer's own executive summary and local context, as paragraphs (empty when not written). */
  summary: string[];
  localContext: string[];
  wording: FilledWording;
  team: Array<{ name: string; role: string }>;
  engagement: EngagementModel;
  passages: { total: number; quotable: number; quoted: number };
  includeQuotes: boolean;
  findings: FindingModel[];
  themes: ThemeModel[];
  recommendations: RecommendationModel[];
  actionPlan: ActionGroupModel[];
  actions: RollUp;
  glossary: readonly GlossaryEntry[];
}

export interface ModelOptions {
  today: string;
  version: string;
  includeQuotes: boolean;
  wording: ReportWording;
  glossary: readonly GlossaryEntry[];
}

const SECTOR_ORDER = new Map<Sector, number>(SECTORS.map((s, i) => [s, i]));
const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

/** Builds the report model. Pure: the same file and options give the same model. */
export function buildReportModel(file: ReviewFile, options: ModelOptions): ReportModel {
  const { review } = file;
  const agencyName = new Map(file.agencies.map((a) => [a.id, oneLine(a.name)]));
  const nameOf = (id: string) => agencyName.get(id) ?? 'Agency not recorded';
  const engagement = engagementModel(file);
  const { findings, themes } = findingModels(file, options.includeQuotes);
  const findingNumber = new Map(findings.map((f) => [f.id, f.model.number]));
  const recommendations = [...file.recommendations].sort((a, b) => a.number - b.number);
  const period = review.startDate && review.endDate ? `${longDate(review.startDate)} to ${longDate(review.endDate)}`
    : review.startDate ? `From ${longDate(review.startDate)}` : undefined;
  const commissioner = oneLine(review.commissioner);
  const values: Record<string, string> = {
    area: oneLine(review.area),
    commissioner: commissioner || 'the commissioning partnership',
    reviewTitle: oneLine(review.title),
    startDate: longDate(review.startDate ?? engagement.firstDate ?? '') || 'the start of the review',
    endDate: longDate(review.endDate ?? engagement.lastDate ?? '') || 'the end of the review',
    engagementCount: count(engagement.sessions),
    participantCount: count(engagement.participants),
    agencyCount: count(engagement.agenciesEngaged),
  };
  const wording = Object.fromEntries(WORDING_KEYS.map((key) => {
    const text = options.wording[key];
    return [key, text ? paragraphsOf(fillPlaceholders(text, values)) : []];
  })) as FilledWording;
  const actionsByRec = groupBy(file.actions, (a) => a.recommendationId);

  const model: ReportModel = {
    title: oneLine(review.title),
    area: oneLine(review.area),
    commissioner,
    marking: review.protectiveMarking,
    version: oneLine(options.version) || 'Draft',
    date: longDate(options.today),
    reviewPeriod: period,
    termsOfReference: paragraphsOf(review.termsOfReference),
    localDefinition: paragraphsOf(review.localDefinition ?? ''),
    summary: paragraphsOf(review.summary ?? ''),
    localContext: paragraphsOf(review.localContext ?? ''),
    wording,
    team: review.reviewers.map((r) => ({ name: oneLine(r.name), role: oneLine(r.role) })).filter((r) => r.name || r.role),
    engagement,
    passages: {
      total: file.excerpts.length,
      quotable: file.excerpts.filter((x) => x.isQuote).length,
      quoted: new Set(findings.flatMap((f) => f.quotedIds)).size,
    },
    includeQuotes: options.includeQuotes,
    findings: findings.map((f) => f.model),
    themes,
    recommendations: recommendations.map((r) => ({
      number: r.number,
      title: oneLine(r.title),
      detail: paragraphsOf(r.detail),
      lead: nameOf(r.leadAgencyId),
      partners: r.partnerAgencyIds.map(nameOf),
      priority: r.priority,
      priorityLabel: PRIORITY_LABELS[r.priority],
      timescaleLabel: TIMESCALE_LABELS[r.timescale],
      successMeasure: oneLine(r.successMeasure ?? ''),
      findingNumbers: [...new Set(r.findingIds.flatMap((id) => findingNumber.get(id) ?? []))].sort((a, b) => a - b),
    })),
    actionPlan: recommendations.map((r) => ({
      number: r.number,
      title: oneLine(r.title),
      successMeasure: oneLine(r.successMeasure ?? ''),
      actions: (actionsByRec.get(r.id) ?? []).map((a) => {
        const late = isOverdue(a, options.today);
        const rating = ragOf(a.status);
        return {
          description: oneLine(a.description),
          owner: nameOf(a.ownerAgencyId),
          due: a.dueDate ? longDate(a.dueDate) : 'Not set',
          status: late ? `${rating.label} (overdue)` : rating.label,
          rag: late ? 'red' : rating.rag,
          isOverdue: late,
        };
      }),
    })),
    actions: rollUp(file.actions, options.today),
    glossary: [],
  };
  model.glossary = glossaryUsedIn(model, options.glossary);
  return model;
}

/** The glossary entries whose term appears somewhere in the report's own text. */
function glossaryUsedIn(model: ReportModel, entries: readonly GlossaryEntry[]): GlossaryEntry[] {
  const text = [
    ...Object.entries(model.wording).flatMap(([key, text]) => (key === 'frameworkMappingIntro' || (key === 'localContext' && model.localContext.length) ? [] : text)), ...model.termsOfReference, ...model.localDefinition,
    ...model.summary, ...model.localContext,
    ...model.themes.flatMap((t) => [t.name, t.description]),
    ...model.findings.flatMap((f) => [f.title, ...f.detail, ...f.quotes.map((q) => q.text)]),
    ...model.recommendations.flatMap((r) => [r.title, ...r.detail, r.successMeasure, r.lead, ...r.partners]),
    ...model.actionPlan.flatMap((g) => g.actions.flatMap((a) => [a.description, a.owner])),
    ...model.engagement.agencies.map((a) => a.name), ...model.engagement.roles.map((r) => r.role),
  ].join('\n');
  return entries
    .map((g) => ({ abbreviation: oneLine(g.abbreviation), expansion: oneLine(g.expansion), definition: oneLine(g.definition) }))
    .filter((g) => g.abbreviation && new RegExp(`(?<![A-Za-z0-9])${g.abbreviation.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9])`).test(text));
}

const WORDING_KEYS = [
  'introduction', 'background', 'methodology', 'limitations', 'nationalContext', 'localContext', 'engagementIntro',
  'findingsIntro', 'strengthsIntro', 'recommendationsIntro', 'actionPlanIntro', 'frameworkMappingIntro', 'glossaryIntro',
] as const satisfies ReadonlyArray<keyof ReportWording>;

function findingModels(file: ReviewFile, includeQuotes: boolean): { findings: Array<{ id: string; model: FindingModel; quotedIds: string[] }>; themes: ThemeModel[] } {
  const index = evidenceIndex(file);
  const byTheme = groupBy(file.findings, (f) => f.themeId);
  const kindRank = new Map(FINDING_KIND_ORDER.map((k, i) => [k, i]));
  const tree = themeTree(file.themes);
  // A finding whose theme is missing is still reported, under a heading of its own.
  const known = new Set(file.themes.map((t) => t.id));
  const orphans = file.findings.filter((f) => !known.has(f.themeId));
  const groups: Array<{ name: string; description: string; depth: number; findings: Finding[] }> = tree.map(({ theme, depth }) => ({
    name: oneLine(theme.name), description: oneLine(theme.description ?? ''), depth, findings: byTheme.get(theme.id) ?? [],
  }));
  if (orphans.length) groups.push({ name: 'Other findings', description: '', depth: 0, findings: orphans });

  // Keep a theme when it or a theme below it has findings, so sub-themes keep their parent.
  const keep = groups.map((g) => g.findings.length > 0);
  groups.forEach((group, i) => {
    if (!group.findings.length) return;
    let depth = group.depth;
    for (let j = i - 1; j >= 0 && depth > 0; j--) {
      const earlier = groups[j]!;
      if (earlier.depth < depth) { keep[j] = true; depth = earlier.depth; }
    }
  });

  const findings: Array<{ id: string; model: FindingModel; quotedIds: string[] }> = [];
  const themes: ThemeModel[] = [];
  groups.forEach((group, i) => {
    if (!keep[i]) return;
    const sorted = [...group.findings].sort((a, b) => kindRank.get(a.kind)! - kindRank.get(b.kind)! || a.order - b.order);
    const models = sorted.map((finding) => {
      const strength = strengthOfEvidence(finding, index);
      const quoted = includeQuotes ? [...new Set(finding.excerptIds)].flatMap((id) => {
        const excerpt = index.excerptById.get(id);
        const text = excerpt?.isQuote ? unquote(oneLine(excerpt.text)) : '';
        return excerpt && text ? [{ id, quote: { text, attribution: attributeQuote(excerpt, index) } }] : [];
      }) : [];
      const model: FindingModel = {
        number: findings.length + 1,
        kind: finding.kind,
        kindLabel: FINDING_KIND_LABELS[finding.kind].one,
        title: oneLine(finding.title) || 'Untitled finding',
        detail: paragraphsOf(finding.detail),
        strength,
        evidence: evidenceSentence(strength),
        quotes: quoted.map((q) => q.quote),
      };
      findings.push({ id: finding.id, model, quotedIds: quoted.map((q) => q.id) });
      return model;
    });
    themes.push({ name: group.name, description: group.description, depth: group.depth, findings: models });
  });
  return { findings, themes };
}

/** Takes off quotation marks the reviewer typed around a passage; the report adds its own. */
function unquote(text: string): string {
  return text.replace(/^["“‘']+/, '').replace(/["”’']+$/, '').trim();
}

/**
 * How widely a finding was heard, in words, e.g. "Strength of evidence: 3 passages from 2
 * sessions; heard from 2 agencies in 2 sectors; 1 passage not attributed." A single voice
 * (one session, or one agency or none heard) is flagged with its reason.
 */
export function evidenceSentence(strength: EvidenceStrength): string {
  if (strength.excerpts === 0) return 'Strength of evidence: no coded passages are linked to this finding yet.';
  const where = `Strength of evidence: ${plural(strength.excerpts, 'passage')} from ${plural(strength.engagements, 'session')}; ${describeHeard(strength)}.`;
  if (!strength.isSingleVoice) return where;
  if (strength.engagements <= 1) return `${where} This rests on a single session, so it should be read with care.`;
  return strength.agencies === 0
    ? `${where} No passage is attributed to an agency, so agreement across agencies cannot be shown; it should be read with care.`
    : `${where} It was heard from a single agency, so it should be read with care.`;
}

function engagementModel(file: ReviewFile): EngagementModel {
  const sectorOf = new Map(file.agencies.map((a) => [a.id, a.sector]));
  const sessionsOfAgency = new Map<string, number>();
  const sessionsOfSector = new Map<Sector, number>();
  const roles = new Map<string, { role: string; sessions: number }>();
  const byKind = new Map<Engagement['kind'], { sessions: number; participants: number; sectors: Set<Sector> }>();
  const byWeek = new Map<string, Map<Engagement['kind'], number>>();
  const dates = new Set<string>();
  let participants = 0;
  for (const e of file.engagements) {
    participants += e.participantCount;
    dates.add(e.date);
    const sectors = sectorsOfEngagement(e, sectorOf);
    for (const sector of sectors) sessionsOfSector.set(sector, (sessionsOfSector.get(sector) ?? 0) + 1);
    for (const agencyId of new Set(e.agencyIds)) sessionsOfAgency.set(agencyId, (sessionsOfAgency.get(agencyId) ?? 0) + 1);
    const kind = byKind.get(e.kind) ?? { sessions: 0, participants: 0, sectors: new Set<Sector>() };
    kind.sessions += 1;
    kind.participants += e.participantCount;
    for (const sector of sectors) kind.sectors.add(sector);
    byKind.set(e.kind, kind);
    const week = weekBeginning(e.date);
    const kinds = byWeek.get(week) ?? new Map<Engagement['kind'], number>();
    kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
    byWeek.set(week, kinds);
    const seen = new Set<string>();
    for (const raw of e.roles) {
      const role = oneLine(raw);
      const key = role.toLowerCase();
      if (!role || seen.has(key)) continue;
      seen.add(key);
      const entry = roles.get(key) ?? { role, sessions: 0 };
      entry.sessions += 1;
      roles.set(key, entry);
    }
  }
  const sorted = [...dates].sort();
  const bySector = (a: Sector, b: Sector) => SECTOR_ORDER.get(a)! - SECTOR_ORDER.get(b)!;
  return {
    sessions: file.engagements.length,
    participants,
    agenciesEngaged: [...sessionsOfAgency.keys()].filter((id) => sectorOf.has(id)).length,
    ...(sorted.length && { firstDate: sorted[0], lastDate: sorted[sorted.length - 1] }),
    days: dates.size,
    byKind: ENGAGEMENT_KINDS.flatMap((kind) => {
      const k = byKind.get(kind);
      return k ? [{
        label: ENGAGEMENT_KIND_LABELS[kind],
        sessions: k.sessions,
        // Documents have no participants, so a count of nought would only puzzle a reader.
        participants: kind === 'document-review' ? undefined : k.participants,
        sectors: [...k.sectors].sort(bySector).map((s) => SECTOR_LABELS[s]),
      }] : [];
    }),
    bySector: [...sessionsOfSector].sort(([a], [b]) => bySector(a, b)).map(([sector, sessions]) => ({ label: SECTOR_LABELS[sector], sessions })),
    byWeek: [...byWeek].sort(([a], [b]) => (a < b ? -1 : 1)).map(([week, kinds]) => ({
      weekBeginning: longDate(week),
      sessions: [...kinds.values()].reduce((a, b) => a + b, 0),
      kinds: listAnd(ENGAGEMENT_KINDS.flatMap((kind) => {
        const n = kinds.get(kind);
        return n ? [`${count(n)} ${n === 1 ? ENGAGEMENT_KIND_LABELS[kind].toLowerCase() : KIND_PLURALS[kind]}`] : [];
      })),
    })),
    agencies: [...file.agencies]
      .filter((a) => sessionsOfAgency.has(a.id))
      .sort((a, b) => bySector(a.sector, b.sector) || collator.compare(a.name, b.name))
      .map((a) => ({ name: oneLine(a.name), sector: SECTOR_LABELS[a.sector], sessions: sessionsOfAgency.get(a.id)! })),
    notEngaged: file.agencies.filter((a) => !sessionsOfAgency.has(a.id)).map((a) => oneLine(a.name)),
    roles: [...roles.values()].sort((a, b) => b.sessions - a.sessions || collator.compare(a.role, b.role)),
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const list = out.get(key(item));
    if (list) list.push(item);
    else out.set(key(item), [item]);
  }
  return out;
}

/** The Monday on or before a YYYY-MM-DD date. */
function weekBeginning(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  const back = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - back * 86_400_000).toISOString().slice(0, 10);
}
