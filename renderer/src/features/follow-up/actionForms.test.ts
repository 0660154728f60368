import { describe, expect, it } from 'vitest';
import { actionFormValues, parseActionForm, parseUpdateForm, updateFormValues } from './actionForms.ts';
import { id } from '../../../../test/helpers/reviewFileBuilder.ts';

const AGENCIES = [id(10), id(11)];
const TODAY = '2026-04-24';

describe('the action form', () => {
  it('starts a new action not started, owned by the lead, with no due date', () => {
    expect(actionFormValues(undefined, id(11))).toEqual({ description: '', ownerAgencyId: id(11), due: { day: '', month: '', year: '' }, status: 'not-started' });
  });

  it('round-trips an action and trims what was typed', () => {
    const action = { id: id(70), recommendationId: id(60), description: 'Train DSLs', ownerAgencyId: id(10), dueDate: '2026-03-03', status: 'at-risk' as const, updates: [] };
    const values = actionFormValues(action, id(11));
    expect(parseActionForm({ ...values, description: ' Train DSLs ' }, AGENCIES)).toEqual({
      errors: {}, details: { description: 'Train DSLs', ownerAgencyId: id(10), dueDate: '2026-03-03', status: 'at-risk' },
    });
    const undated = parseActionForm({ ...values, due: { day: '', month: '', year: '' } }, AGENCIES).details!;
    expect('dueDate' in undated).toBe(false);
  });

  it('names each problem', () => {
    const { details, errors } = parseActionForm({ description: '  ', ownerAgencyId: id(99), due: { day: '30', month: '2', year: '2026' }, status: 'on-track' }, AGENCIES);
    expect(details).toBeUndefined();
    expect(errors).toEqual({ description: 'Enter what will be done', ownerAgencyId: 'Choose the agency that owns this action', due: 'Due date must be a real date' });
  });
});

describe('the update form', () => {
  it('starts today with the current status', () => {
    expect(updateFormValues({ status: 'on-track' }, TODAY)).toEqual({ date: { day: '24', month: '4', year: '2026' }, note: '', status: 'on-track' });
  });

  it('accepts a dated note and refuses a future, missing or unreal date and an empty note', () => {
    const ok = parseUpdateForm({ date: { day: '1', month: '4', year: '2026' }, note: ' Funding slipped ', status: 'at-risk' }, TODAY);
    expect(ok).toEqual({ errors: {}, update: { date: '2026-04-01', note: 'Funding slipped', status: 'at-risk' } });
    expect(parseUpdateForm({ date: { day: '25', month: '4', year: '2026' }, note: 'x', status: 'at-risk' }, TODAY).errors)
      .toEqual({ date: 'Date of the update must be today or in the past' });
    expect(parseUpdateForm({ date: { day: '', month: '', year: '' }, note: '', status: 'at-risk' }, TODAY).errors)
      .toEqual({ date: 'Enter the date of the update', note: 'Enter what has happened since the last update' });
    expect(parseUpdateForm({ date: { day: '31', month: '4', year: '2026' }, note: 'x', status: 'at-risk' }, TODAY).errors.date).toBe('Date of the update must be a real date');
  });
});
