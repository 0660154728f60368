/** Replays every bad file ever found (test/fixtures/bad-files/) through its reader. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS, FORMATS, judge, type Format } from './properties.ts';

const files = readdirSync(CORPUS).filter((name) => name.endsWith('.json')).sort();

describe('the corpus of bad files', () => {
  it('holds a file for each format', () => {
    for (const format of FORMATS) expect(files.some((name) => name.startsWith(`${format}.`))).toBe(true);
  });

  it.each(files)('%s: refused soundly (or accepted, when named .valid)', (name) => {
    const format = name.slice(0, name.indexOf('.')) as Format;
    expect(FORMATS).toContain(format);
    const outcome = judge(format, new Uint8Array(readFileSync(new URL(name, CORPUS))));
    expect(outcome.problem).toBeUndefined();
    expect(outcome.accepted).toBe(name.endsWith('.valid.json'));
  });
});
