/**
 * Reads a REFI-QDA project (`.qdpx`) written by NVivo, ATLAS.ti, MAXQDA, QualCoder or this
 * app as a new review: codes become themes, text sources engagements (the reviewer then
 * sets kind, agencies and date), coded selections passages. Every identifier is replaced
 * by a fresh one; none is ever used as a path: a source's text is looked up only among
 * the zip's own entries, by a plain file name. All or nothing: any problem is a
 * QdaImportError naming it, and the result is checked with parseReviewFile.
 */
import { strFromU8, unzipSync } from 'fflate';
import { EXCERPT_KINDS, parseReviewFile, type Engagement, type Excerpt, type ReviewFile } from '../../domain/reviewFile.ts';
import { KIND_LABELS } from '../../domain/labels.ts';
import { newId, nowInstant } from '../../domain/ids.ts';
import { normaliseLineEndings, utf16Offsets } from '../../domain/qda/text.ts';
import { normaliseGuid, themesFromCodes } from './codes.ts';
import { attr, child, children, parseQdaXml, QdaImportError, textOf, type XmlNode } from './qdaXml.ts';

export { QdaImportError } from './qdaXml.ts';

const MAX_ENTRY_BYTES = 64 * 1024 * 1024;
const MAX_TOTAL_BYTES = 512 * 1024 * 1024;
const MAX_ENTRIES = 20_000;

function unzip(bytes: Uint8Array): Map<string, Uint8Array> {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new QdaImportError('This is not a .qdpx project: it is not a zip file.');
  let total = 0;
  let count = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        count += 1;
        total += file.originalSize;
        if (count > MAX_ENTRIES || file.originalSize > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES) throw new QdaImportError('This project is too large to import (more than 512 MB unpacked).');
        return file.name === 'project.qde' || /^sources\/[^/]+$/i.test(file.name);
      },
    });
  } catch (error) {
    if (error instanceof QdaImportError) throw error;
    throw new QdaImportError('This is not a .qdpx project: the zip file is damaged.', { cause: error });
  }
  return new Map(Object.entries(entries).map(([name, data]) => [name.toLowerCase(), data]));
}

// eslint-disable-next-line no-control-regex -- control characters never belong in a file name
const PLAIN_NAME = /^[^/\\:*?"<>|\u0000-\u001f]{1,255}$/;

/** The source's text: inline, or a file under sources/ named by plainTextPath (internal:// or relative). */
function sourceText(source: XmlNode, files: Map<string, Uint8Array>, label: string): string {
  const inline = textOf(source, 'PlainTextContent');
  if (inline !== undefined) return inline;
  const path = attr(source, 'plainTextPath');
  if (path === undefined) {
    if (attr(source, 'richTextPath') !== undefined) {
      throw new QdaImportError(`The source “${label}” has only rich text (a .docx), which Local Review cannot read. In your QDA program, export the project again with plain text for its documents.`);
    }
    throw new QdaImportError(`The source “${label}” has no text.`);
  }
  const name = path.startsWith('internal://') ? path.slice('internal://'.length) : path.replace(/^sources\//i, '');
  if (!PLAIN_NAME.test(name) || name === '.' || name === '..') throw new QdaImportError(`The source “${label}” names its text file in a way Local Review does not follow (only a plain file name inside the project is read).`);
  const data = files.get(`sources/${name.toLowerCase()}`);
  if (!data) throw new QdaImportError(`The source “${label}” refers to a text file the project does not hold.`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data).replace(/^\uFEFF/, '');
  } catch (error) {
    throw new QdaImportError(`The text of the source “${label}” is not UTF-8.`, { cause: error });
  }
}

const KIND_BY_LABEL = new Map(EXCERPT_KINDS.map((k) => [KIND_LABELS[k].toLowerCase(), k]));

/** What this app wrote in a selection's description (kind, quotable), read back; other tools' text gives the defaults. */
function describedAs(description: string | undefined): Pick<Excerpt, 'kind' | 'isQuote'> {
  const kind = /^Kind: ([^.]+)\./.exec(description ?? '')?.[1]?.toLowerCase();
  return { kind: (kind && KIND_BY_LABEL.get(kind)) || 'context', isQuote: /\bMay be quoted\./.test(description ?? '') };
}

interface Context {
  themeByGuid: Map<string, string>;
  excerpts: Excerpt[];
  today: string;
}

function themeIdsOf(node: XmlNode, ctx: Context, label: string): string[] {
  const ids: string[] = [];
  for (const coding of children(node, 'Coding')) {
    const target = normaliseGuid(attr(child(coding, 'CodeRef'), 'targetGUID'));
    const themeId = target && ctx.themeByGuid.get(target);
    if (!themeId) throw new QdaImportError(`A coding in “${label}” refers to a code that is not in the codebook.`);
    if (!ids.includes(themeId)) ids.push(themeId);
  }
  return ids;
}

function engagementFrom(source: XmlNode, index: number, files: Map<string, Uint8Array>, ctx: Context): Engagement {
  const label = (attr(source, 'name') ?? '').trim() || `Source ${index + 1}`;
  const notes = normaliseLineEndings(sourceText(source, files, label));
  const at = utf16Offsets(notes);
  const length = at.length - 1;
  const id = newId();
  for (const selection of children(source, 'PlainTextSelection')) {
    const start = Number(attr(selection, 'startPosition'));
    const end = Number(attr(selection, 'endPosition'));
    const name = attr(selection, 'name') ?? 'a selection';
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start) throw new QdaImportError(`The selection “${name}” in “${label}” does not have a sound start and end.`);
    if (end > length) throw new QdaImportError(`The selection “${name}” in “${label}” ends at character ${end}, beyond the end of its text (${length}).`);
    const [from, to] = [at[start]!, at[end]!];
    ctx.excerpts.push({ id: newId(), engagementId: id, start: from, end: to, text: notes.slice(from, to), themeIds: themeIdsOf(selection, ctx, label), ...describedAs(textOf(selection, 'Description')) });
  }
  // A code applied to the whole source is a passage of all of it.
  const wholeThemes = themeIdsOf(source, ctx, label);
  if (wholeThemes.length && notes.length) ctx.excerpts.push({ id: newId(), engagementId: id, start: 0, end: notes.length, text: notes, themeIds: wholeThemes, kind: 'context', isQuote: false });
  const created = attr(source, 'creationDateTime')?.slice(0, 10);
  return {
    id, kind: 'interview', title: label, date: created && /^\d{4}-\d{2}-\d{2}$/.test(created) && !Number.isNaN(Date.parse(created)) ? created : ctx.today,
    agencyIds: [], roles: [], participantCount: 0, reviewerIds: [], notes,
  };
}

/**
 * Reads .qdpx bytes as a new review file (fresh ids throughout). Throws QdaImportError
 * with a plain sentence for anything it cannot read; never a partial review.
 */
export async function parseQdpx(bytes: Uint8Array): Promise<ReviewFile> {
  const files = unzip(bytes);
  const qde = files.get('project.qde');
  if (!qde) throw new QdaImportError('This zip holds no project.qde, so it is not a REFI-QDA project.');
  const root = parseQdaXml(strFromU8(qde), 'project.qde');
  const project = child(root, 'Project');
  if (!project) throw new QdaImportError('Its project.qde is not a REFI-QDA project (no Project element).');
  const { themes, byGuid } = themesFromCodes(child(child(project, 'CodeBook'), 'Codes'));
  const now = nowInstant();
  const ctx: Context = { themeByGuid: byGuid, excerpts: [], today: now.slice(0, 10) };
  const sources = child(project, 'Sources');
  const others = ['PictureSource', 'PDFSource', 'AudioSource', 'VideoSource'].filter((kind) => children(sources, kind).length);
  if (others.length) throw new QdaImportError('The project holds pictures, PDFs, audio or video, which Local Review cannot import. Export only its text documents and try again.');
  const engagements = children(sources, 'TextSource').map((s, i) => engagementFrom(s, i, files, ctx));
  const title = (attr(project, 'name') ?? '').trim() || 'Imported project';
  const file: ReviewFile = {
    format: 'local-review-file', version: 1, exportedAt: now,
    review: {
      id: newId(), title, area: 'Not yet set', commissioner: '', protectiveMarking: 'OFFICIAL', stage: 'analyse',
      termsOfReference: typeof project.Description === 'string' ? project.Description : '', reviewers: [], templateId: 'local-review',
      createdAt: now, updatedAt: now,
    },
    agencies: [], themes, engagements, excerpts: ctx.excerpts, findings: [], recommendations: [], actions: [],
  };
  try {
    return parseReviewFile(file);
  } catch (error) {
    throw new QdaImportError(`The project could not be read as a review: ${error instanceof Error ? error.message : String(error)}.`, { cause: error });
  }
}

/** Reads a codebook (`.qdc`, or the CodeBook of a project) as themes with fresh ids. */
export function parseQdc(bytes: Uint8Array): ReviewFile['themes'] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new QdaImportError('This is not a codebook: it is not UTF-8 text.', { cause: error });
  }
  const root = parseQdaXml(text, 'codebook');
  const codes = child(child(root, 'CodeBook'), 'Codes');
  if (!codes) throw new QdaImportError('This is not a REFI-QDA codebook (no CodeBook with Codes).');
  const { themes } = themesFromCodes(codes);
  if (!themes.length) throw new QdaImportError('This codebook holds no codes.');
  return themes;
}
