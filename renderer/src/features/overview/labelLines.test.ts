import { describe, expect, it } from 'vitest';
import { SECTOR_LABELS } from '../../domain/labels.ts';
import { labelLines } from './OverviewCharts.tsx';

describe('labelLines', () => {
  it('breaks a long label between words, and keeps short ones whole', () => {
    expect(labelLines('Voluntary and community sector')).toEqual(['Voluntary and community', 'sector']);
    expect(labelLines('Police')).toEqual(['Police']);
    expect(labelLines('a b c', 3)).toEqual(['a b', 'c']);
    // A word longer than a line keeps a line of its own.
    expect(labelLines('Extraordinarily long', 5)).toEqual(['Extraordinarily', 'long']);
  });

  it('fits every sector beside the bars in at most two lines, losing no word', () => {
    for (const label of Object.values(SECTOR_LABELS)) {
      const lines = labelLines(label);
      expect(lines.length, label).toBeLessThanOrEqual(2);
      expect(lines.join(' ')).toBe(label);
    }
  });
});
