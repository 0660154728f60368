import { describe, expect, it } from 'vitest';
import { withFreshIds } from './reviewCopy.ts';
import { parseReviewFile } from './reviewFile.ts';
import { cloneFile, id, makeReviewFile } from '../../../test/helpers/reviewFileBuilder.ts';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/g;

describe('withFreshIds', () => {
  it('leaves no identifier of the original anywhere in the copy, and the copy is a valid file', () => {
    const original = cloneFile(makeReviewFile());
    // Every optional reference too: a speaker on a passage.
    original.excerpts[0] = { ...original.excerpts[0]!, agencyId: id(11) };
    const before = new Set(JSON.stringify(original).match(UUID));
    const copy = withFreshIds(original);
    const leaked = (JSON.stringify(copy).match(UUID) ?? []).filter((value) => before.has(value));
    expect(leaked).toEqual([]);
    expect(() => parseReviewFile(copy)).not.toThrow();
    expect(copy.excerpts[0]!.agencyId).toBe(copy.engagements.find((e) => e.id === copy.excerpts[0]!.engagementId)!.agencyIds[0]);
  });
});
