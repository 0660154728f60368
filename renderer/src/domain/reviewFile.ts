/**
 * The review file (format `local-review-file`, version 1): the one JSON document that
 * holds a whole review. It is the backup, the hand-over between laptops and the input
 * of every exporter, so this schema is the single source of truth for import, the
 * published JSON Schema and the tests. See docs/review-file.md.
 */
import { z } from 'zod';
import { networkSchema } from './network/schema.ts';
import { checkIntegrity } from './reviewFileIntegrity.ts';
import { assertFormat, assertNoPollutingKeys, describeZodIssue, readJsonFile, ReviewFileError } from './reviewFileErrors.ts';

export { ReviewFileError } from './reviewFileErrors.ts';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** True when `value` is a real calendar date written `YYYY-MM-DD`. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

export const idSchema = z.string().regex(UUID_V4, 'expected a lower-case UUID v4');
// The pattern lands in the published JSON Schema; the refinement adds calendar checks.
export const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD').refine(isCalendarDate, 'expected YYYY-MM-DD');
export const instantSchema = z.iso.datetime({ message: 'expected an ISO 8601 UTC instant' });
const text = z.string();
// A pattern, not .trim(): parsing must never rewrite what the reviewer wrote.
const nonEmptyText = z.string().regex(/\S/, 'must not be empty');

export const SECTORS = [
  'strategic', 'police', 'community-safety', 'children-social-care', 'education', 'health',
  'youth-justice', 'housing', 'public-health', 'adult-social-care', 'probation',
  'youth-services', 'fire-rescue', 'voluntary-community', 'other',
] as const;
export const STAGES = ['scope', 'engage', 'analyse', 'recommend', 'report', 'follow-up', 'closed'] as const;
export const MARKINGS = ['OFFICIAL', 'OFFICIAL-SENSITIVE'] as const;
export const ENGAGEMENT_KINDS = [
  'interview', 'focus-group', 'workshop', 'survey', 'document-review', 'observation', 'young-people',
] as const;
export const EXCERPT_KINDS = ['good-practice', 'gap', 'barrier', 'communication', 'issue', 'context'] as const;
export const FINDING_KINDS = ['good-practice', 'gap', 'barrier', 'communication', 'issue'] as const;
export const PRIORITIES = ['high', 'medium', 'low'] as const;
export const TIMESCALES = ['immediate', '3-months', '6-months', '12-months', 'longer'] as const;
export const ACTION_STATUSES = ['not-started', 'on-track', 'at-risk', 'off-track', 'complete'] as const;

export const reviewerSchema = z.strictObject({ id: idSchema, name: text, role: text });

export const EXPORT_KINDS = ['word', 'excel', 'review-file', 'backup'] as const;

/** A reviewer's decision to export although the personal-data check found `hits` items. */
export const personalDataAcknowledgementSchema = z.strictObject({
  at: instantSchema,
  export: z.enum(EXPORT_KINDS),
  hits: z.number().int().min(1),
});

/** The choices a merge of a colleague's file is allowed to record (see domain/merge/). */
export const MERGE_CHOICES = ['ours', 'theirs', 'both'] as const;

/** One merge of a colleague's review file into this review: when, whose file, what was chosen. */
export const mergeLogEntrySchema = z.strictObject({
  at: instantSchema,
  /** Whose file it was, as the reviewer described it (e.g. a name from the review team). */
  from: text.optional(),
  /** The merged file's own lineage id, when it had one. */
  fileId: idSchema.optional(),
  fileExportedAt: instantSchema,
  /** three-way: a common ancestor was known; two-way: every difference was a decision. */
  mode: z.enum(['three-way', 'two-way']),
  added: z.number().int().min(0),
  changed: z.number().int().min(0),
  removed: z.number().int().min(0),
  /** One entry per conflict decided. */
  choices: z.array(z.strictObject({ table: text, id: idSchema, field: text, chose: z.enum(MERGE_CHOICES) })),
  /** Passages that could not be found again in the merged notes (kept, flagged). */
  flaggedExcerptIds: z.array(idSchema).optional(),
});

/**
 * Where a review file comes from, so a later merge can find the common ancestor: this
 * file's own id (fresh on every export) and the ids of every file it descends from.
 */
export const lineageSchema = z.strictObject({
  fileId: idSchema,
  /** Files this one descends from (exported, imported or merged earlier), oldest first. */
  ancestorFileIds: z.array(idSchema).max(1000),
});

/** A finding mapped to one heading of a national framework pack (templates/frameworks/<pack>.json). */
export const frameworkMappingSchema = z.strictObject({ pack: nonEmptyText, heading: nonEmptyText });

/** One recommendation of the previous review of the area, with its actions' statuses when the new review began. */
export const baselineRecommendationSchema = z.strictObject({
  number: z.number().int().min(1),
  title: text,
  priority: z.enum(PRIORITIES),
  lead: text,
  actions: z.array(z.strictObject({ description: text, status: z.enum(ACTION_STATUSES), dueDate: dateSchema.optional() })),
});

/** Re-review: what the previous review of the area recommended, and how far its actions had got. */
export const baselineSchema = z.strictObject({
  reviewId: idSchema,
  title: text,
  area: text,
  endDate: dateSchema.optional(),
  takenAt: instantSchema,
  recommendations: z.array(baselineRecommendationSchema),
});

export const reviewSchema = z.strictObject({
  id: idSchema,
  title: nonEmptyText,
  area: nonEmptyText,
  commissioner: text,
  protectiveMarking: z.enum(MARKINGS),
  stage: z.enum(STAGES),
  startDate: dateSchema.optional(),
  endDate: dateSchema.optional(),
  termsOfReference: text,
  localDefinition: text.optional(),
  /** The reviewer's own executive summary; the report uses it in place of generated text. */
  summary: text.optional(),
  /** The reviewer's own account of the local context, for the report. */
  localContext: text.optional(),
  /** After this date the review should be deleted (default: 12 months after endDate). */
  retentionDate: dateSchema.optional(),
  /** Exports made although the personal-data check found something, newest last. */
  personalDataAcknowledgements: z.array(personalDataAcknowledgementSchema).optional(),
  /** Re-review: the previous review's recommendations and action statuses (issue 13). */
  baseline: baselineSchema.optional(),
  reviewers: z.array(reviewerSchema),
  templateId: text,
  /** Colleagues' files merged into this review, oldest first. */
  mergeLog: z.array(mergeLogEntrySchema).optional(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});

export const agencySchema = z.strictObject({ id: idSchema, name: nonEmptyText, sector: z.enum(SECTORS) });

export const themeSchema = z.strictObject({
  id: idSchema,
  name: nonEmptyText,
  description: text.optional(),
  parentId: idSchema.optional(),
  order: z.number().int().min(0, 'must not be negative'),
});

export const engagementSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(ENGAGEMENT_KINDS),
  title: text,
  date: dateSchema,
  agencyIds: z.array(idSchema),
  roles: z.array(text),
  participantCount: z.number().int().min(0),
  reviewerIds: z.array(idSchema),
  notes: text,
  durationMinutes: z.number().int().min(0).optional(),
});

export const excerptSchema = z.strictObject({
  id: idSchema,
  engagementId: idSchema,
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  text,
  themeIds: z.array(idSchema),
  kind: z.enum(EXCERPT_KINDS),
  isQuote: z.boolean(),
  /** The agency of the person speaking: one of the engagement's agencyIds. */
  agencyId: idSchema.optional(),
});

export const findingSchema = z.strictObject({
  id: idSchema,
  themeId: idSchema,
  kind: z.enum(FINDING_KINDS),
  title: nonEmptyText,
  detail: text,
  excerptIds: z.array(idSchema),
  order: z.number().int().min(0, 'must not be negative'),
  /** Headings of national framework packs this finding speaks to (issue 13). */
  frameworkMappings: z.array(frameworkMappingSchema).optional(),
});

export const recommendationSchema = z.strictObject({
  id: idSchema,
  number: z.number().int().min(1),
  title: nonEmptyText,
  detail: text,
  findingIds: z.array(idSchema),
  leadAgencyId: idSchema,
  partnerAgencyIds: z.array(idSchema),
  priority: z.enum(PRIORITIES),
  timescale: z.enum(TIMESCALES),
  successMeasure: text.optional(),
});

export const actionUpdateSchema = z.strictObject({ date: dateSchema, note: text, status: z.enum(ACTION_STATUSES) });

export const actionSchema = z.strictObject({
  id: idSchema,
  recommendationId: idSchema,
  description: nonEmptyText,
  ownerAgencyId: idSchema,
  dueDate: dateSchema.optional(),
  status: z.enum(ACTION_STATUSES),
  updates: z.array(actionUpdateSchema),
});

export const reviewFileSchema = z.strictObject({
  format: z.literal('local-review-file'),
  version: z.literal(1),
  exportedAt: instantSchema,
  lineage: lineageSchema.optional(),
  review: reviewSchema,
  agencies: z.array(agencySchema),
  themes: z.array(themeSchema),
  engagements: z.array(engagementSchema),
  excerpts: z.array(excerptSchema),
  findings: z.array(findingSchema),
  recommendations: z.array(recommendationSchema),
  actions: z.array(actionSchema),
  /** Peer networks of the review (issue 15; optional in v1): see docs/review-file.md. */
  networks: z.array(networkSchema).optional(),
});

export type ReviewFile = z.infer<typeof reviewFileSchema>;
export type Review = ReviewFile['review'];
export type Reviewer = z.infer<typeof reviewerSchema>;
export type Agency = z.infer<typeof agencySchema>;
export type Theme = z.infer<typeof themeSchema>;
export type Engagement = z.infer<typeof engagementSchema>;
export type Excerpt = z.infer<typeof excerptSchema>;
export type Finding = z.infer<typeof findingSchema>;
export type Recommendation = z.infer<typeof recommendationSchema>;
export type Action = z.infer<typeof actionSchema>;
export type ActionUpdate = z.infer<typeof actionUpdateSchema>;
export type Sector = (typeof SECTORS)[number];
export type ExportKind = (typeof EXPORT_KINDS)[number];
export type FrameworkMapping = z.infer<typeof frameworkMappingSchema>;
export type Baseline = z.infer<typeof baselineSchema>;
export type PersonalDataAcknowledgement = z.infer<typeof personalDataAcknowledgementSchema>;
export type MergeLogEntry = z.infer<typeof mergeLogEntrySchema>;
export type Lineage = z.infer<typeof lineageSchema>;
export type MergeChoice = (typeof MERGE_CHOICES)[number];
export type Stage = (typeof STAGES)[number];
export type ProtectiveMarking = (typeof MARKINGS)[number];

/**
 * Validates anything (usually the result of JSON.parse) as a v1 review file. Throws a
 * ReviewFileError naming the path of the first bad field, e.g.
 * `engagements[3].date: expected YYYY-MM-DD`; checks shape, references, date order,
 * excerpt offsets and uniqueness. Never mutates its input.
 */
export function parseReviewFile(input: unknown): ReviewFile {
  assertNoPollutingKeys(input);
  const result = reviewFileSchema.safeParse(input, { reportInput: true });
  if (!result.success) {
    const first = result.error.issues[0];
    throw new ReviewFileError(first ? describeZodIssue(first) : 'not a review file');
  }
  const problem = checkIntegrity(result.data);
  if (problem) throw new ReviewFileError(`${problem.path}: ${problem.message}`);
  return result.data;
}

/**
 * Parses review-file bytes or text (UTF-8 JSON) for import. Whole-file problems (not
 * JSON, cut short, another format, a newer version) get a plain sentence; a bad field
 * gets "This review file has a problem at <path>: …".
 */
export function parseReviewFileText(textOrBytes: string | Uint8Array): ReviewFile {
  return parseImportedReviewFile(readJsonFile(textOrBytes));
}

/** parseReviewFileText for JSON already parsed. */
export function parseImportedReviewFile(json: unknown): ReviewFile {
  assertFormat(json, 'local-review-file', 1);
  try {
    return parseReviewFile(json);
  } catch (error) {
    if (!(error instanceof ReviewFileError)) throw error;
    throw new ReviewFileError(`This review file has a problem at ${error.message}.`, 'invalid', { cause: error });
  }
}

/** Serialises a review file as UTF-8 JSON bytes, indented so it diffs well in archives. */
export function serialiseReviewFile(file: ReviewFile): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(file, null, 2)}\n`);
}
