/**
 * The framework file (format `local-review-framework`, version 1): a county or regional
 * strategic framework drawn from several area reviews. It is self-contained for hand-over,
 * so each included review is kept as a snapshot of what a framework may show (area, dates,
 * marking, themes, agencies, findings with kind and strength of evidence, recommendations,
 * action statuses), never notes, passages, quotes or reviewers' names. See
 * docs/framework-file.md.
 */
import { z } from 'zod';
import {
  actionSchema, dateSchema, FINDING_KINDS, frameworkMappingSchema, idSchema, instantSchema, MARKINGS, recommendationSchema, SECTORS, TIMESCALES,
} from '../reviewFile.ts';

const text = z.string();
const nonEmptyText = z.string().regex(/\S/, 'must not be empty');

export const FRAMEWORK_FORMAT = 'local-review-framework';
export const FRAMEWORK_VERSION = 1;

/** Strength of evidence as the review computed it when the snapshot was taken. */
export const snapshotStrengthSchema = z.strictObject({
  passages: z.number().int().min(0),
  engagements: z.number().int().min(0),
  agencies: z.number().int().min(0),
  sectors: z.number().int().min(0),
});

export const snapshotFindingSchema = z.strictObject({
  id: idSchema,
  themeId: idSchema,
  kind: z.enum(FINDING_KINDS),
  title: text,
  detail: text,
  strength: snapshotStrengthSchema,
  frameworkMappings: z.array(frameworkMappingSchema).optional(),
});

export const snapshotRecommendationSchema = recommendationSchema;

/** An action without its dated updates, whose notes may name people. */
export const snapshotActionSchema = actionSchema.omit({ updates: true });

/** One included review, as much of it as a framework may show. */
export const reviewSnapshotSchema = z.strictObject({
  id: idSchema,
  title: nonEmptyText,
  area: nonEmptyText,
  commissioner: text,
  protectiveMarking: z.enum(MARKINGS),
  startDate: dateSchema.optional(),
  endDate: dateSchema.optional(),
  templateId: text,
  /** The area's own local definition of serious violence, if the review recorded one. */
  localDefinition: text.optional(),
  /** When the snapshot was taken from the review. */
  takenAt: instantSchema,
  agencies: z.array(z.strictObject({ id: idSchema, name: nonEmptyText, sector: z.enum(SECTORS) })),
  themes: z.array(z.strictObject({ id: idSchema, name: nonEmptyText, parentId: idSchema.optional(), order: z.number().int() })),
  findings: z.array(snapshotFindingSchema),
  recommendations: z.array(snapshotRecommendationSchema),
  actions: z.array(snapshotActionSchema),
});

/** A reference to something inside one included review. */
export const reviewRefSchema = z.strictObject({ reviewId: idSchema, id: idSchema });

/** Findings of one theme and kind across areas, grouped by the lead into one framework issue. */
export const frameworkIssueSchema = z.strictObject({
  id: idSchema,
  title: nonEmptyText,
  theme: nonEmptyText,
  kind: z.enum(FINDING_KINDS),
  findings: z.array(reviewRefSchema),
});

export const partnerSchema = z.strictObject({ id: idSchema, name: nonEmptyText, sector: z.enum(SECTORS), role: text });

export const activitySchema = z.strictObject({
  id: idSchema,
  title: nonEmptyText,
  detail: text,
  /** Partner ids from the framework's partners. */
  leadPartnerId: idSchema.optional(),
  supportingPartnerIds: z.array(idSchema),
  timescale: z.enum(TIMESCALES),
  measures: text,
  /** Area recommendations this activity covers. */
  recommendations: z.array(reviewRefSchema),
});

export const prioritySchema = z.strictObject({
  id: idSchema,
  title: nonEmptyText,
  detail: text,
  /** The matched theme name this priority answers, if any. */
  theme: text.optional(),
  /** Headings of the national framework packs this priority answers. */
  headings: z.array(frameworkMappingSchema),
  /** Framework issues this priority takes up. */
  issueIds: z.array(idSchema),
  /** Area recommendations listed under this priority. */
  recommendations: z.array(reviewRefSchema),
  activities: z.array(activitySchema),
});

export const frameworkSchema = z.strictObject({
  id: idSchema,
  title: nonEmptyText,
  region: nonEmptyText,
  foreword: text,
  governance: text,
  principles: z.array(text),
  definition: text,
  crossBorder: text,
  monitoring: text,
  partners: z.array(partnerSchema),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});

export const frameworkFileSchema = z.strictObject({
  format: z.literal(FRAMEWORK_FORMAT),
  version: z.literal(FRAMEWORK_VERSION),
  exportedAt: instantSchema,
  framework: frameworkSchema,
  reviews: z.array(reviewSnapshotSchema),
  issues: z.array(frameworkIssueSchema),
  priorities: z.array(prioritySchema),
});

export type FrameworkFile = z.infer<typeof frameworkFileSchema>;
export type Framework = FrameworkFile['framework'];
export type ReviewSnapshot = z.infer<typeof reviewSnapshotSchema>;
export type SnapshotFinding = z.infer<typeof snapshotFindingSchema>;
export type SnapshotRecommendation = z.infer<typeof snapshotRecommendationSchema>;
export type SnapshotAction = z.infer<typeof snapshotActionSchema>;
export type ReviewRef = z.infer<typeof reviewRefSchema>;
export type FrameworkIssue = z.infer<typeof frameworkIssueSchema>;
export type Partner = z.infer<typeof partnerSchema>;
export type Activity = z.infer<typeof activitySchema>;
export type Priority = z.infer<typeof prioritySchema>;
