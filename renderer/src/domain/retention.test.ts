import { describe, expect, it } from 'vitest';
import { addMonths, defaultRetentionDate, isPastRetention, retentionDateOf } from './retention.ts';

describe('retention', () => {
  it.each([
    ['2026-02-14', 12, '2027-02-14'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-03-15', -3, '2025-12-15'],
  ])('%s plus %i months is %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('defaults to twelve months after the end date, and has none without one', () => {
    expect(defaultRetentionDate('2026-02-14')).toBe('2027-02-14');
    expect(defaultRetentionDate(undefined)).toBeUndefined();
  });

  it('prefers the reviewer’s own date', () => {
    expect(retentionDateOf({ endDate: '2026-02-14', retentionDate: '2030-01-01' })).toBe('2030-01-01');
    expect(retentionDateOf({ endDate: '2026-02-14' })).toBe('2027-02-14');
    expect(retentionDateOf({})).toBeUndefined();
  });

  it.each([
    [{ endDate: '2026-02-14' }, '2027-02-14', false],
    [{ endDate: '2026-02-14' }, '2027-02-15', true],
    [{ endDate: '2026-02-14', retentionDate: '2026-06-01' }, '2026-06-02', true],
    [{ endDate: '2026-02-14', retentionDate: '2030-01-01' }, '2027-02-15', false],
    [{}, '2099-01-01', false],
  ])('%o on %s past retention: %s', (review, today, expected) => {
    expect(isPastRetention(review, today)).toBe(expected);
  });
});
