/**
 * The engagement form's values as typed (numbers and the roles list are text until
 * checked) and the checks that turn them into engagement details, with a message per
 * field in the GOV.UK style.
 */
import type { EngagementDetails } from '../../db/engagementRepository.ts';
import type { EngagementKind } from '../../domain/engagementLabels.ts';
import type { Engagement } from '../../domain/reviewFile.ts';
import { dateParts, parseDateParts, type DateParts } from '../../domain/words/index.ts';

export interface EngagementFormValues {
  kind: EngagementKind;
  date: DateParts;
  title: string;
  agencyIds: string[];
  /** One job role per line. */
  roles: string;
  participantCount: string;
  reviewerIds: string[];
  durationMinutes: string;
}

export type EngagementFormField = keyof EngagementFormValues;
export type EngagementFormErrors = Partial<Record<EngagementFormField, string>>;

/** Element ids of the fields, so the error summary can link to each. */
export const FIELD_IDS: Record<EngagementFormField, string> = {
  kind: 'engagement-kind', date: 'engagement-date', title: 'engagement-title', agencyIds: 'engagement-agencies',
  roles: 'engagement-roles', participantCount: 'engagement-participants', reviewerIds: 'engagement-reviewers',
  durationMinutes: 'engagement-duration',
};

/** The form's starting values: the engagement's own, or a new one-to-one interview today. */
export function formValues(engagement: Engagement | undefined, today: string): EngagementFormValues {
  if (!engagement) {
    return { kind: 'interview', date: dateParts(today), title: '', agencyIds: [], roles: '', participantCount: '1', reviewerIds: [], durationMinutes: '' };
  }
  return {
    kind: engagement.kind, date: dateParts(engagement.date), title: engagement.title, agencyIds: [...engagement.agencyIds],
    roles: engagement.roles.join('\n'), participantCount: String(engagement.participantCount), reviewerIds: [...engagement.reviewerIds],
    durationMinutes: engagement.durationMinutes === undefined ? '' : String(engagement.durationMinutes),
  };
}

const WHOLE_NUMBER = /^\d{1,6}$/;

/** Checks the values; details only when there is no error. */
export function parseEngagementForm(values: EngagementFormValues): { details?: EngagementDetails; errors: EngagementFormErrors } {
  const errors: EngagementFormErrors = {};
  const { date, error: dateError } = parseDateParts(values.date, 'Date of the engagement');
  if (dateError) errors.date = dateError;
  else if (!date) errors.date = 'Enter the date of the engagement';
  if (!values.title.trim()) errors.title = 'Enter a title for the engagement';
  const participants = values.participantCount.trim();
  if (!participants) errors.participantCount = 'Enter the number of participants';
  else if (!WHOLE_NUMBER.test(participants)) errors.participantCount = 'Enter the number of participants as a whole number, like 6';
  const duration = values.durationMinutes.trim();
  if (duration && !WHOLE_NUMBER.test(duration)) errors.durationMinutes = 'Enter the duration as a whole number of minutes, like 90';
  if (Object.keys(errors).length > 0 || !date) return { errors };
  return {
    errors,
    details: {
      kind: values.kind,
      date,
      title: values.title.trim(),
      agencyIds: values.agencyIds,
      roles: values.roles.split('\n').map((r) => r.trim()).filter(Boolean),
      participantCount: Number(participants),
      reviewerIds: values.reviewerIds,
      ...(duration && { durationMinutes: Number(duration) }),
    },
  };
}
