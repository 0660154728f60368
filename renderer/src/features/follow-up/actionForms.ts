/**
 * The action and update forms' values as typed (dates as day/month/year boxes) and the
 * checks that turn them into what the repository stores, with one GOV.UK-style message
 * per field.
 */
import type { ActionDetails } from '../../db/actionRepository.ts';
import type { ActionStatus } from '../../domain/rag.ts';
import type { Action, ActionUpdate } from '../../domain/reviewFile.ts';
import { dateParts, EMPTY_DATE, parseDateParts, type DateParts } from '../../domain/words/index.ts';

export interface ActionFormValues {
  description: string;
  ownerAgencyId: string;
  due: DateParts;
  status: ActionStatus;
}
export type ActionFormErrors = Partial<Record<keyof ActionFormValues, string>>;

/** Starting values: the action's own, or a new action owned by the recommendation's lead, not started. */
export function actionFormValues(action: Action | undefined, defaultOwnerId: string): ActionFormValues {
  if (!action) return { description: '', ownerAgencyId: defaultOwnerId, due: EMPTY_DATE, status: 'not-started' };
  return { description: action.description, ownerAgencyId: action.ownerAgencyId, due: dateParts(action.dueDate), status: action.status };
}

/** Checks the values; details only when there is no error. A blank due date is allowed. */
export function parseActionForm(values: ActionFormValues, agencyIds: readonly string[]): { details?: ActionDetails; errors: ActionFormErrors } {
  const errors: ActionFormErrors = {};
  const description = values.description.trim();
  if (!description) errors.description = 'Enter what will be done';
  if (!agencyIds.includes(values.ownerAgencyId)) errors.ownerAgencyId = 'Choose the agency that owns this action';
  const due = parseDateParts(values.due, 'Due date');
  if (due.error) errors.due = due.error;
  if (Object.keys(errors).length > 0) return { errors };
  return { errors, details: { description, ownerAgencyId: values.ownerAgencyId, status: values.status, ...(due.date && { dueDate: due.date }) } };
}

export interface UpdateFormValues {
  date: DateParts;
  note: string;
  status: ActionStatus;
}
export type UpdateFormErrors = Partial<Record<keyof UpdateFormValues, string>>;

/** Starting values: today, no note, the action's current status. */
export function updateFormValues(action: Pick<Action, 'status'>, today: string): UpdateFormValues {
  return { date: dateParts(today), note: '', status: action.status };
}

/** Checks an update: a real date no later than today, and a note of what happened. */
export function parseUpdateForm(values: UpdateFormValues, today: string): { update?: ActionUpdate; errors: UpdateFormErrors } {
  const errors: UpdateFormErrors = {};
  const parsed = parseDateParts(values.date, 'Date of the update');
  if (parsed.error) errors.date = parsed.error;
  else if (!parsed.date) errors.date = 'Enter the date of the update';
  else if (parsed.date > today) errors.date = 'Date of the update must be today or in the past';
  const note = values.note.trim();
  if (!note) errors.note = 'Enter what has happened since the last update';
  if (Object.keys(errors).length > 0 || !parsed.date) return { errors };
  return { errors, update: { date: parsed.date, note, status: values.status } };
}
