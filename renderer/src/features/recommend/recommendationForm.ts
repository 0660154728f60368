/**
 * The recommendation form's values as typed and the checks that turn them into
 * recommendation details, with a message per field in the GOV.UK style.
 */
import type { RecommendationDetails } from '../../db/recommendationRepository.ts';
import type { Recommendation } from '../../domain/reviewFile.ts';

export interface RecommendationFormValues {
  title: string;
  detail: string;
  findingIds: string[];
  /** Empty until the reviewer chooses one. */
  leadAgencyId: string;
  partnerAgencyIds: string[];
  priority: Recommendation['priority'];
  timescale: Recommendation['timescale'];
  successMeasure: string;
}

export type RecommendationFormField = keyof RecommendationFormValues;
export type RecommendationFormErrors = Partial<Record<RecommendationFormField, string>>;

/**
 * Element ids of one form's fields, so the error summary can link to each. Several forms
 * can be open at once (adding one while changing another), so each form has a prefix.
 */
export function fieldIds(prefix: string): Record<RecommendationFormField, string> {
  return {
    title: `${prefix}-title`, detail: `${prefix}-detail`, findingIds: `${prefix}-findings`, leadAgencyId: `${prefix}-lead`,
    partnerAgencyIds: `${prefix}-partners`, priority: `${prefix}-priority`, timescale: `${prefix}-timescale`, successMeasure: `${prefix}-success`,
  };
}

/**
 * The form's starting values: the recommendation's own, or a new one of medium priority
 * to be done within six months (the middle of each scale, so a reviewer only changes
 * what stands out), answering the findings given.
 */
export function formValues(recommendation: Recommendation | undefined, findingIds: readonly string[] = []): RecommendationFormValues {
  if (!recommendation) {
    return {
      title: '', detail: '', findingIds: [...findingIds], leadAgencyId: '', partnerAgencyIds: [],
      priority: 'medium', timescale: '6-months', successMeasure: '',
    };
  }
  return {
    title: recommendation.title, detail: recommendation.detail, findingIds: [...recommendation.findingIds],
    leadAgencyId: recommendation.leadAgencyId, partnerAgencyIds: [...recommendation.partnerAgencyIds],
    priority: recommendation.priority, timescale: recommendation.timescale, successMeasure: recommendation.successMeasure ?? '',
  };
}

/** Checks the values; details only when there is no error. The lead is never also a partner. */
export function parseRecommendationForm(values: RecommendationFormValues): { details?: RecommendationDetails; errors: RecommendationFormErrors } {
  const errors: RecommendationFormErrors = {};
  const title = values.title.trim();
  if (!title) errors.title = 'Enter a title for the recommendation';
  if (!values.leadAgencyId) errors.leadAgencyId = 'Choose the agency that will lead this recommendation';
  if (Object.keys(errors).length > 0) return { errors };
  const successMeasure = values.successMeasure.trim();
  return {
    errors,
    details: {
      title,
      detail: values.detail.trim(),
      findingIds: values.findingIds,
      leadAgencyId: values.leadAgencyId,
      partnerAgencyIds: values.partnerAgencyIds.filter((id) => id !== values.leadAgencyId),
      priority: values.priority,
      timescale: values.timescale,
      ...(successMeasure && { successMeasure }),
    },
  };
}
