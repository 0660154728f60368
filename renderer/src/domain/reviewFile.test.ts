import { describe, expect, it } from 'vitest';
import { parseReviewFile, parseReviewFileText, ReviewFileError, serialiseReviewFile } from './reviewFile.ts';
import { FILE_MESSAGES } from './reviewFileErrors.ts';
import { cloneFile, id, makeReviewFile } from '../../../test/helpers/reviewFileBuilder.ts';

type Mutable = Record<string, unknown>;

/** Applies `change` to a clone and returns the message parseReviewFile throws. */
function errorFor(change: (file: Mutable) => void): string {
  const file = cloneFile(makeReviewFile()) as unknown as Mutable;
  change(file);
  try {
    parseReviewFile(file);
  } catch (error) {
    expect(error).toBeInstanceOf(ReviewFileError);
    return (error as Error).message;
  }
  throw new Error('expected parseReviewFile to throw');
}

const at = (file: Mutable, key: string, index = 0) => (file[key] as Mutable[])[index]!;

describe('parseReviewFile', () => {
  it('accepts the optional v1 fields (speaker, summary, local context, retention, acknowledgements)', () => {
    const file = cloneFile(makeReviewFile()) as unknown as Mutable;
    at(file, 'excerpts').agencyId = id(11);
    Object.assign(file.review as Mutable, {
      summary: 'In short.', localContext: 'The area.', retentionDate: '2027-03-01',
      personalDataAcknowledgements: [{ at: '2026-03-01T10:00:00.000Z', export: 'word', hits: 2 }],
    });
    expect(parseReviewFile(structuredClone(file))).toEqual(file);
  });

  it('accepts a valid file and returns an equal value', () => {
    const file = makeReviewFile();
    expect(parseReviewFile(structuredClone(file))).toEqual(file);
  });

  it.each([
    ['format', (f: Mutable) => { f.format = 'other'; }, 'format: expected "local-review-file"'],
    ['version', (f: Mutable) => { f.version = 2; }, 'version: expected 1'],
    ['a bad date', (f: Mutable) => { at(f, 'engagements').date = '2026-02-30'; }, 'engagements[0].date: expected YYYY-MM-DD'],
    ['a missing field', (f: Mutable) => { delete at(f, 'agencies', 1).sector; }, 'agencies[1].sector: is required'],
    ['an unknown sector', (f: Mutable) => { at(f, 'agencies').sector = 'army'; }, 'agencies[0].sector: expected'],
    ['an upper-case id', (f: Mutable) => { at(f, 'themes').id = 'ABCDEF00-0000-4000-8000-000000000014'; }, 'themes[0].id: expected a lower-case UUID v4'],
    ['an empty title', (f: Mutable) => { (f.review as Mutable).title = '  '; }, 'review.title: must not be empty'],
    ['an unknown field', (f: Mutable) => { at(f, 'findings').colour = 'red'; }, 'findings[0].colour: is not a field'],
    ['a negative count', (f: Mutable) => { at(f, 'engagements').participantCount = -1; }, 'engagements[0].participantCount'],
    ['a bad instant', (f: Mutable) => { f.exportedAt = 'yesterday'; }, 'exportedAt: expected an ISO 8601 UTC instant'],
  ])('rejects %s, naming the path', (_name, change, message) => {
    expect(errorFor(change)).toContain(message);
  });

  it.each([
    ['a dangling engagement agency', (f: Mutable) => { at(f, 'engagements').agencyIds = [id(99)]; }, 'engagements[0].agencyIds[0]: no agency has id'],
    ['a dangling reviewer', (f: Mutable) => { at(f, 'engagements').reviewerIds = [id(99)]; }, 'engagements[0].reviewerIds[0]: no reviewer'],
    ['a dangling excerpt engagement', (f: Mutable) => { at(f, 'excerpts').engagementId = id(99); }, 'excerpts[0].engagementId: no engagement'],
    ['a dangling excerpt theme', (f: Mutable) => { at(f, 'excerpts').themeIds = [id(99)]; }, 'excerpts[0].themeIds[0]: no theme'],
    ['a dangling finding theme', (f: Mutable) => { at(f, 'findings').themeId = id(99); }, 'findings[0].themeId: no theme'],
    ['a dangling finding excerpt', (f: Mutable) => { at(f, 'findings').excerptIds = [id(99)]; }, 'findings[0].excerptIds[0]: no excerpt'],
    ['a dangling lead agency', (f: Mutable) => { at(f, 'recommendations').leadAgencyId = id(99); }, 'recommendations[0].leadAgencyId: no agency'],
    ['a dangling partner', (f: Mutable) => { at(f, 'recommendations').partnerAgencyIds = [id(99)]; }, 'recommendations[0].partnerAgencyIds[0]'],
    ['a dangling finding link', (f: Mutable) => { at(f, 'recommendations').findingIds = [id(99)]; }, 'recommendations[0].findingIds[0]: no finding'],
    ['a dangling recommendation', (f: Mutable) => { at(f, 'actions').recommendationId = id(99); }, 'actions[0].recommendationId'],
    ['a dangling owner', (f: Mutable) => { at(f, 'actions').ownerAgencyId = id(99); }, 'actions[0].ownerAgencyId'],
    ['a dangling parent theme', (f: Mutable) => { at(f, 'themes', 1).parentId = id(99); }, 'themes[1].parentId: no theme'],
    ['a theme cycle', (f: Mutable) => { at(f, 'themes').parentId = id(21); }, 'themes[0].parentId: themes must not be their own ancestors'],
    ['an end date before the start', (f: Mutable) => { (f.review as Mutable).endDate = '2026-01-01'; }, 'review.endDate: must not be before startDate'],
    ['updates out of order', (f: Mutable) => {
      at(f, 'actions').updates = [{ date: '2026-04-01', note: 'b', status: 'on-track' }, { date: '2026-03-01', note: 'a', status: 'on-track' }];
    }, 'actions[0].updates[1].date'],
    ['a speaker from another agency', (f: Mutable) => { at(f, 'excerpts').agencyId = id(10); }, "excerpts[0].agencyId: is not one of its engagement's agencies"],
    ['an excerpt past the notes', (f: Mutable) => { at(f, 'excerpts').end = 10_000; }, 'excerpts[0].end: is beyond the end'],
    ['an empty excerpt', (f: Mutable) => { at(f, 'excerpts').start = 5; at(f, 'excerpts').end = 5; }, 'excerpts[0].end: must be greater than start'],
    ['a duplicate id', (f: Mutable) => { at(f, 'agencies', 1).id = id(10); }, 'agencies[1].id: duplicate id (already used at agencies[0].id)'],
    ['an id shared across collections', (f: Mutable) => { at(f, 'themes').id = id(10); }, 'themes[0].id: duplicate id'],
    ['a duplicate number', (f: Mutable) => {
      const r = at(f, 'recommendations');
      (f.recommendations as Mutable[]).push({ ...r, id: id(61) });
    }, 'recommendations[1].number: number 1 is used twice'],
  ])('rejects %s', (_name, change, message) => {
    expect(errorFor(change)).toContain(message);
  });

  it('rejects prototype-polluting keys anywhere, even when JSON.parse made them own keys', () => {
    const text = new TextDecoder().decode(serialiseReviewFile(makeReviewFile()));
    const polluted = text.replace('"title": "Test review"', '"title": "Test review", "__proto__": { "isAdmin": true }');
    expect(() => parseReviewFileText(polluted)).toThrow('This review file has a problem at review.__proto__: forbidden key.');
    expect(() => parseReviewFile(JSON.parse('{"constructor": {}}'))).toThrow('constructor: forbidden key');
    expect(({} as Mutable).isAdmin).toBeUndefined();
  });

  it('says in plain words when a file is not JSON, not UTF-8, cut short, another format or newer', () => {
    const problem = (input: string | Uint8Array) => {
      try {
        parseReviewFileText(input);
      } catch (error) {
        return error instanceof ReviewFileError ? [error.problem, error.message] : ['unexpected', String(error)];
      }
      return ['accepted', ''];
    };
    expect(problem(new Uint8Array([0xff, 0xfe, 0x00]))).toEqual(['not-a-review-file', FILE_MESSAGES.notReviewFile]);
    expect(problem('Minutes of the partnership meeting')).toEqual(['not-a-review-file', FILE_MESSAGES.notReviewFile]);
    expect(problem('{ "format": "local-review-file", "vers')).toEqual(['damaged', FILE_MESSAGES.damaged]);
    expect(problem('{ "name": "package.json" }')).toEqual(['not-a-review-file', FILE_MESSAGES.notReviewFile]);
    expect(problem('{ "format": "local-review-file", "version": 2 }')).toEqual(['newer-version', FILE_MESSAGES.newerVersion]);
    expect(problem('{ "format": "local-review-file", "version": 1 }')).toEqual(['invalid', 'This review file has a problem at exportedAt: is required.']);
    expect(() => parseReviewFile(null)).toThrow('(file): expected object');
  });

  it('serialises to UTF-8 JSON that parses back to the same value', () => {
    const file = makeReviewFile();
    expect(parseReviewFileText(serialiseReviewFile(file))).toEqual(file);
  });
});
