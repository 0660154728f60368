/**
 * Regression tests for hostile and huge review files (issue 12, part 1): every check runs
 * in linear time without recursing on the input's depth, limits are enforced with a path,
 * and blank titles, blank descriptions and negative orders are refused with their path.
 */
import { describe, expect, it } from 'vitest';
import { parseBackupFile, parseBackupText } from './backupFile.ts';
import { parseReviewFile, parseReviewFileText, ReviewFileError, type ReviewFile, type Theme } from './reviewFile.ts';
import { MAX_JSON_DEPTH } from './reviewFileErrors.ts';
import { cloneFile, id, makeReviewFile } from '../../../test/helpers/reviewFileBuilder.ts';
import { parseEnvelope } from '../crypto/envelope.ts';

type Mutable = Record<string, unknown>;

/** A value nested `depth` arrays deep, built without recursion. */
function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
}

/** The ReviewFileError `work` throws (any other error fails the test). */
function refusal(work: () => unknown): ReviewFileError {
  try {
    work();
  } catch (error) {
    if (error instanceof ReviewFileError) return error;
    throw new Error(`expected a ReviewFileError, got ${String(error)}`, { cause: error });
  }
  throw new Error('expected the file to be refused');
}

/** A valid file whose `count` themes form one parent chain, deepest first when `reversed`. */
function themeChain(count: number, reversed = false): ReviewFile {
  const themes: Theme[] = Array.from({ length: count }, (_, i) => ({
    id: id(100_000 + i), name: `Theme ${i}`, order: 0, ...(i > 0 && { parentId: id(100_000 + i - 1) }),
  }));
  const file = makeReviewFile();
  return { ...file, themes: [...file.themes, ...(reversed ? themes.reverse() : themes)] };
}

const timed = (work: () => unknown) => {
  const started = performance.now();
  work();
  return performance.now() - started;
};

/** A file with as many themes as themeChain(count) but no parents: the linear floor. */
function flatThemes(count: number): ReviewFile {
  const file = themeChain(count);
  return { ...file, themes: file.themes.map(({ parentId: _p, ...theme }, i) => (i < 2 ? file.themes[i]! : theme)) };
}

/**
 * Validating the chain must cost about what validating as many unrelated themes costs
 * (the quadratic check took 25 s against 0.2 s). A ratio, so a busy machine does not
 * fail it; the absolute budget (≤ 1 s) is judged in `npm run bench`.
 */
function expectLinear(file: ReviewFile, parse: (file: ReviewFile) => unknown = parseReviewFile, parseFloor = parse) {
  const flat = flatThemes(file.themes.length);
  const floor = Math.min(timed(() => parseFloor(flat)), timed(() => parseFloor(flat)));
  const ours = Math.min(timed(() => parse(file)), timed(() => parse(file)));
  expect(ours).toBeLessThan(floor * 3 + 100);
}

describe('linear, iterative validation', () => {
  it('validates a 20,000-deep theme chain in well under a second, in either order', () => {
    expectLinear(themeChain(20_000));
    expectLinear(themeChain(20_000, true));
  });

  it('still finds a cycle at the top of a 20,000-deep chain, naming the first theme on it', () => {
    const file = themeChain(20_000);
    const root = file.themes[2]!;
    file.themes[2] = { ...root, parentId: file.themes.at(-1)!.id };
    expect(refusal(() => parseReviewFile(file)).message).toBe('themes[2].parentId: themes must not be their own ancestors');
    expectLinear(file, (f) => refusal(() => parseReviewFile(f)), parseReviewFile);
  });

  it('names the first theme whose ancestry loops, even when the loop is further up', () => {
    const file = makeReviewFile();
    // themes[2] → themes[3] → themes[4] → themes[3]: themes[2] is the first whose ancestry loops.
    file.themes.push(
      { id: id(22), name: 'A', order: 0, parentId: id(23) },
      { id: id(23), name: 'B', order: 0, parentId: id(24) },
      { id: id(24), name: 'C', order: 0, parentId: id(23) },
    );
    expect(refusal(() => parseReviewFile(file)).message).toBe('themes[2].parentId: themes must not be their own ancestors');
  });

  it('refuses 10,000-deep nesting with its path, not "Maximum call stack size exceeded"', () => {
    const file = cloneFile(makeReviewFile()) as unknown as Mutable;
    (file.review as Mutable).localContext = nested(10_000);
    const error = refusal(() => parseReviewFile(file));
    expect(error.message).toBe(`review.localContext${'[0]'.repeat(MAX_JSON_DEPTH - 1)}: is nested too deeply (more than ${MAX_JSON_DEPTH} levels)`);
  });

  it('refuses deep nesting in the text of a file, with the plain sentence and the path', () => {
    const depth = 100_000;
    const text = JSON.stringify(makeReviewFile()).replace('"actions":[', `"actions":[${'['.repeat(depth)}${']'.repeat(depth)},`);
    expect(refusal(() => parseReviewFileText(text)).message).toMatch(/^This review file has a problem at actions\[0\](\[0\])+: is nested too deeply/);
  });

  it('refuses nesting just past the limit, and accepts the file just under it', () => {
    const file = cloneFile(makeReviewFile()) as unknown as Mutable;
    (file.review as Mutable).localContext = nested(MAX_JSON_DEPTH);
    expect(refusal(() => parseReviewFile(file)).message).toContain('is nested too deeply');
    (file.review as Mutable).localContext = nested(MAX_JSON_DEPTH - 2);
    expect(refusal(() => parseReviewFile(file)).message).toBe('review.localContext: expected string');
  });

  it('finds a polluting key below deep but legal nesting', () => {
    const file = cloneFile(makeReviewFile()) as unknown as Mutable;
    (file.review as Mutable).localContext = JSON.parse('[[[{"a": {"__proto__": 1}}]]]');
    expect(refusal(() => parseReviewFile(file)).message).toBe('review.localContext[0][0][0].a.__proto__: forbidden key');
  });
});

describe('blank titles, blank descriptions and negative orders', () => {
  it.each([
    ['a blank finding title', (f: ReviewFile) => { f.findings[0]!.title = ' \n\t'; }, 'findings[0].title: must not be empty'],
    ['an empty finding title', (f: ReviewFile) => { f.findings[0]!.title = ''; }, 'findings[0].title: must not be empty'],
    ['a blank recommendation title', (f: ReviewFile) => { f.recommendations[0]!.title = '  '; }, 'recommendations[0].title: must not be empty'],
    ['a blank action description', (f: ReviewFile) => { f.actions[0]!.description = ''; }, 'actions[0].description: must not be empty'],
    ['a negative finding order', (f: ReviewFile) => { f.findings[0]!.order = -1; }, 'findings[0].order: must not be negative'],
    ['a negative theme order', (f: ReviewFile) => { f.themes[1]!.order = -3; }, 'themes[1].order: must not be negative'],
  ])('refuses %s with its path', (_name, change, message) => {
    const file = cloneFile(makeReviewFile());
    change(file);
    expect(refusal(() => parseReviewFile(file)).message).toContain(message);
  });
});

describe('the backup and the encrypted file are as safe', () => {
  const backup = () => ({ format: 'local-review-backup', version: 1, exportedAt: '2026-03-01T10:00:00.000Z', reviews: [makeReviewFile()] }) as Mutable;

  it('a backup refuses deep nesting with its path', () => {
    const input = backup();
    ((input.reviews as Mutable[])[0]!.review as Mutable).summary = nested(50_000);
    expect(refusal(() => parseBackupFile(input)).message).toMatch(/^reviews\[0\]\.review\.summary(\[0\])+: is nested too deeply/);
  });

  it('a backup validates a 20,000-deep theme chain in well under a second', () => {
    expectLinear(themeChain(20_000), (file) => parseBackupFile({ ...backup(), reviews: [file] }));
  });

  it('a backup refuses a blank finding title with its path', () => {
    const input = backup();
    const file = cloneFile(makeReviewFile());
    file.findings[0]!.title = '';
    input.reviews = [file];
    const text = new TextEncoder().encode(JSON.stringify(input));
    expect(refusal(() => parseBackupText(text)).message).toBe('This backup has a problem at reviews[0].findings[0].title: must not be empty.');
  });

  it('an envelope refuses deep nesting as damaged, without crashing', () => {
    const envelope = { format: 'local-review-encrypted', version: 1, contents: 'review-file', kdf: nested(100_000), cipher: {}, ciphertext: '' };
    const error = refusal(() => parseEnvelope(envelope));
    expect(error.problem).toBe('damaged');
  });
});
