import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildQdc, buildQdpx } from '../../export/index.ts';
import { parseQdc, parseQdpx, QdaImportError } from '../index.ts';
import { parseReviewFileText, type ReviewFile } from '../../domain/reviewFile.ts';
import { makeReviewFile } from '../../../../test/helpers/reviewFileBuilder.ts';

const XSD = '/work/shared/refi-qda/Project-mrt2019.xsd';
const XSD_PATH = new URL('../../../../../shared/refi-qda/Project-mrt2019.xsd', import.meta.url).pathname;
const sample = (): ReviewFile => parseReviewFileText(readFileSync(new URL('../../../../templates/samples/sallowmere.review.json', import.meta.url)));

/** Runs xmllint against the REFI-QDA schema; throws with its complaint when invalid. */
function validate(qde: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'qdpx-'));
  const path = join(dir, 'project.qde');
  writeFileSync(path, qde);
  execFileSync('xmllint', ['--noout', '--schema', [XSD_PATH, XSD].find((p) => { try { readFileSync(p); return true; } catch { return false; } })!, path], { stdio: 'pipe' });
}

const project = (body: string, extra: Record<string, string> = {}) => zipSync({
  'project.qde': strToU8(`<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="Other tool">${body}</Project>`),
  ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, strToU8(v)])),
});
const CODEBOOK = '<CodeBook><Codes><Code guid="{AAAAAAAA-0000-4000-8000-000000000001}" name="Parent" isCodable="true"><Code guid="aaaaaaaa-0000-4000-8000-000000000002" name="Child" isCodable="true"/></Code></Codes></CodeBook>';

describe('.qdpx export', () => {
  it('writes the sample review as a project valid against the REFI-QDA schema, which imports back with every passage and theme', async () => {
    const file = sample();
    const zip = unzipSync(await buildQdpx(file));
    const qde = strFromU8(zip['project.qde']!);
    validate(qde);
    expect(Object.keys(zip).filter((n) => n.startsWith('Sources/'))).toHaveLength(file.engagements.length);

    const back = await parseQdpx(await buildQdpx(file));
    expect(back.themes.map((t) => t.name).sort()).toEqual(file.themes.map((t) => t.name).sort());
    const parentName = (f: ReviewFile, t: ReviewFile['themes'][0]) => f.themes.find((p) => p.id === t.parentId)?.name;
    expect(back.themes.map((t) => [t.name, parentName(back, t)]).sort()).toEqual(file.themes.map((t) => [t.name, parentName(file, t)]).sort());
    expect(back.engagements.map((e) => e.notes)).toEqual(file.engagements.map((e) => e.notes.replace(/\r\n?/g, '\n')));
    const summary = (f: ReviewFile) => f.excerpts.map((x) => [x.text, x.kind, x.isQuote, x.themeIds.map((id) => f.themes.find((t) => t.id === id)!.name).sort()]).sort();
    expect(back.excerpts).toHaveLength(file.excerpts.length);
    expect(summary(back)).toEqual(summary(file));
  });

  it('counts positions in code points after normalising line endings', async () => {
    const notes = '😀 one\r\ntwo 😀 three';
    const file = makeReviewFile();
    file.engagements[0]!.notes = notes;
    const start = notes.indexOf('two');
    file.excerpts[0] = { ...file.excerpts[0]!, start, end: notes.length, text: notes.slice(start) };
    const qde = strFromU8(unzipSync(await buildQdpx(file))['project.qde']!);
    validate(qde);
    expect(qde).toContain('startPosition="6" endPosition="17"');
    const back = await parseQdpx(await buildQdpx(file));
    expect(back.excerpts[0]!.text).toBe('two 😀 three');
  });

  it('never names people: no reviewer names in the project', async () => {
    const file = sample();
    const qde = strFromU8(unzipSync(await buildQdpx(file))['project.qde']!);
    for (const r of file.review.reviewers) expect(qde).not.toContain(r.name);
  });
});

describe('.qdpx import from other tools', () => {
  it('reads codes, sources by internal path, relative path or inline, and coded selections', async () => {
    const bytes = project(`${CODEBOOK}<Sources>
      <TextSource guid="bbbbbbbb-0000-4000-8000-000000000001" name="Interview A" plainTextPath="internal://bbbb.txt">
        <PlainTextSelection guid="cccccccc-0000-4000-8000-000000000001" startPosition="0" endPosition="5"><Coding guid="dddddddd-0000-4000-8000-000000000001"><CodeRef targetGUID="AAAAAAAA-0000-4000-8000-000000000002"/></Coding></PlainTextSelection>
      </TextSource>
      <TextSource guid="bbbbbbbb-0000-4000-8000-000000000002" name="Interview B" plainTextPath="b.txt"/>
      <TextSource guid="bbbbbbbb-0000-4000-8000-000000000003" name="Inline"><PlainTextContent>Said inline.</PlainTextContent></TextSource>
    </Sources>`, { 'sources/bbbb.txt': 'Hello world', 'Sources/b.txt': 'Second text' });
    const file = await parseQdpx(bytes);
    expect(file.themes.map((t) => t.name)).toEqual(['Parent', 'Child']);
    expect(file.themes[1]!.parentId).toBe(file.themes[0]!.id);
    expect(file.engagements.map((e) => e.notes)).toEqual(['Hello world', 'Second text', 'Said inline.']);
    expect(file.excerpts).toEqual([expect.objectContaining({ text: 'Hello', themeIds: [file.themes[1]!.id], engagementId: file.engagements[0]!.id })]);
    expect(JSON.stringify(file)).not.toContain('bbbbbbbb');
  });

  it.each([
    ['not a zip', strToU8('hello'), 'not a zip file'],
    ['a zip without a project', zipSync({ 'readme.txt': strToU8('x') }), 'no project.qde'],
    ['broken XML', zipSync({ 'project.qde': strToU8('<Project name="x"><Sources>') }), 'not well-formed'],
    ['a selection beyond its source', project(`<Sources><TextSource guid="bbbbbbbb-0000-4000-8000-000000000001" name="S"><PlainTextContent>short</PlainTextContent><PlainTextSelection guid="cccccccc-0000-4000-8000-000000000001" startPosition="2" endPosition="9"/></TextSource></Sources>`), 'beyond the end of its text (5)'],
    ['a code reference to nothing', project(`${CODEBOOK}<Sources><TextSource guid="bbbbbbbb-0000-4000-8000-000000000001" name="S"><PlainTextContent>short</PlainTextContent><PlainTextSelection guid="cccccccc-0000-4000-8000-000000000001" startPosition="0" endPosition="2"><Coding guid="dddddddd-0000-4000-8000-000000000001"><CodeRef targetGUID="eeeeeeee-0000-4000-8000-000000000009"/></Coding></PlainTextSelection></TextSource></Sources>`), 'not in the codebook'],
    ['a rich-text-only source', project(`<Sources><TextSource guid="bbbbbbbb-0000-4000-8000-000000000001" name="Docx" richTextPath="internal://x.docx"/></Sources>`), 'only rich text'],
    ['a path that climbs out', project(`<Sources><TextSource guid="bbbbbbbb-0000-4000-8000-000000000001" name="Evil" plainTextPath="../../etc/passwd"/></Sources>`), 'only a plain file name'],
    ['a DOCTYPE', zipSync({ 'project.qde': strToU8('<!DOCTYPE x [<!ENTITY a "aaaa">]><Project name="&a;"/>') }), 'document type'],
    ['deep nesting', project(`<CodeBook><Codes>${'<Code guid="aaaaaaaa-0000-4000-8000-000000000001" name="x" isCodable="true">'.repeat(100)}${'</Code>'.repeat(100)}</Codes></CodeBook>`), 'nested more than'],
  ])('refuses %s with a plain message', async (_name, bytes, message) => {
    const error = await parseQdpx(bytes).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(QdaImportError);
    expect((error as Error).message).toContain(message);
  });
});

describe('.qdc codebook', () => {
  it('exports the themes as a codebook and reads them back as a framework with fresh ids', async () => {
    const { themes } = sample();
    const back = parseQdc(await buildQdc(themes));
    expect(back.map((t) => t.name)).toEqual(expect.arrayContaining(themes.map((t) => t.name)));
    expect(back).toHaveLength(themes.length);
    expect(back.some((t) => themes.some((o) => o.id === t.id))).toBe(false);
  });

  it('refuses something that is not a codebook', () => {
    expect(() => parseQdc(strToU8('<Project name="x"/>'))).toThrow(QdaImportError);
  });
});
