/**
 * Fuzzing the REFI-QDA importers: random bytes, damaged zips and mutated projects either
 * import as a valid review or fail with the importer's own plain error, each within a second.
 */
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildQdpx } from '../../renderer/src/export/index.ts';
import { parseQdc, parseQdpx, QdaImportError } from '../../renderer/src/import/index.ts';
import { parseReviewFile } from '../../renderer/src/domain/reviewFile.ts';
import { makeReviewFile } from '../helpers/reviewFileBuilder.ts';

async function outcome(bytes: Uint8Array): Promise<void> {
  const started = performance.now();
  try {
    parseReviewFile(await parseQdpx(bytes)); // anything accepted is a valid review
  } catch (error) {
    expect(error).toBeInstanceOf(QdaImportError);
  }
  expect(performance.now() - started).toBeLessThan(1000);
}

const base = await buildQdpx(makeReviewFile());
const baseQde = strFromU8(unzipSync(base)['project.qde']!);
const baseSources = Object.fromEntries(Object.entries(unzipSync(base)).filter(([name]) => name !== 'project.qde'));

/** The project with a slice of its XML replaced by fuzz. */
const mutatedProject = fc.record({
  at: fc.nat(baseQde.length),
  cut: fc.nat(40),
  insert: fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.constantFrom('"', '<', '>', '&', '&amp;', '-1', '99999', '"{x}"', '<Code guid="x" name="y" isCodable="true"/>', '</Code>', 'internal://../../x', '<!DOCTYPE a>', '<![CDATA[x]]>'),
  ),
}).map(({ at, cut, insert }) => zipSync({ ...baseSources, 'project.qde': strToU8(baseQde.slice(0, at) + insert + baseQde.slice(at + cut)) }));

describe('.qdpx import fuzz', () => {
  it('random bytes and damaged zips fail plainly', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), outcome), { numRuns: 50 });
    await fc.assert(fc.asyncProperty(fc.nat(base.length - 1), fc.integer({ min: 0, max: 255 }), async (at, byte) => {
      const damaged = base.slice();
      damaged[at] = byte;
      await outcome(damaged);
    }), { numRuns: 40 });
  });

  it('mutated projects import as valid reviews or fail plainly', async () => {
    await fc.assert(fc.asyncProperty(mutatedProject, outcome), { numRuns: 40 });
  });

  it('mutated codebooks give themes or fail plainly', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => {
      try {
        parseQdc(strToU8(`<CodeBook><Codes>${text}</Codes></CodeBook>`));
      } catch (error) {
        expect(error).toBeInstanceOf(QdaImportError);
      }
    }), { numRuns: 100 });
  });
});
