/**
 * A review as a REFI-QDA project (`.qdpx`: a zip with `project.qde` and `Sources/`), the
 * format NVivo, ATLAS.ti, MAXQDA and QualCoder exchange. Themes become nested Codes,
 * engagements TextSources (their notes as plain-text files), passages PlainTextSelections
 * with one Coding per theme, and findings Notes that the passages they rest on refer to.
 * Positions are characters (code points) of the notes with line endings normalised.
 * People are never named: passages are described by their speaker's sector only.
 * See docs/refi-qda.md.
 */
import { strToU8, zipSync } from 'fflate';
import { KIND_LABELS, SECTOR_LABELS } from '../../domain/labels.ts';
import { codePointOffsets, normaliseLineEndings, xmlText } from '../../domain/qda/text.ts';
import type { Engagement, Excerpt, ReviewFile, Theme } from '../../domain/reviewFile.ts';
import { ENGAGEMENT_KIND_LABELS } from '../../domain/engagementLabels.ts';
import { newId } from '../../domain/ids.ts';

const NS = 'urn:QDA-XML:project:1.0';
const ORIGIN = 'Local Review';

const attrs = (pairs: Record<string, string | number | boolean | undefined>) => Object.entries(pairs)
  .filter(([, v]) => v !== undefined).map(([k, v]) => ` ${k}="${xmlText(String(v))}"`).join('');

/** The themes as nested <Code> elements, parents before children, in their order (iterative). */
export function codesXml(themes: readonly Theme[]): string {
  const ids = new Set(themes.map((t) => t.id));
  const children = new Map<string | undefined, Theme[]>();
  for (const t of themes) {
    const parent = t.parentId !== undefined && ids.has(t.parentId) ? t.parentId : undefined;
    children.set(parent, [...(children.get(parent) ?? []), t]);
  }
  for (const list of children.values()) list.sort((a, b) => a.order - b.order);
  const out: string[] = [];
  const stack: Array<Theme | 'close'> = [...(children.get(undefined) ?? [])].reverse();
  while (stack.length) {
    const item = stack.pop()!;
    if (item === 'close') {
      out.push('</Code>');
      continue;
    }
    const kids = children.get(item.id) ?? [];
    const description = item.description ? `<Description>${xmlText(item.description)}</Description>` : '';
    if (!kids.length && !description) {
      out.push(`<Code${attrs({ guid: item.id, name: item.name, isCodable: true })}/>`);
      continue;
    }
    out.push(`<Code${attrs({ guid: item.id, name: item.name, isCodable: true })}>${description}`);
    stack.push('close', ...[...kids].reverse());
  }
  return out.join('');
}

function selectionDescription(excerpt: Excerpt, file: ReviewFile): string {
  const sector = excerpt.agencyId ? file.agencies.find((a) => a.id === excerpt.agencyId)?.sector : undefined;
  return [`Kind: ${KIND_LABELS[excerpt.kind]}.`, excerpt.isQuote ? 'May be quoted.' : 'Not to be quoted.', sector ? `Heard from: ${SECTOR_LABELS[sector]}.` : ''].filter(Boolean).join(' ');
}

function sourceXml(engagement: Engagement, excerpts: readonly Excerpt[], file: ReviewFile, citedBy: Map<string, string[]>): string {
  const offsets = codePointOffsets(engagement.notes);
  const sectors = [...new Set(engagement.agencyIds.map((id) => file.agencies.find((a) => a.id === id)?.sector).filter((s) => s !== undefined))];
  const description = `${ENGAGEMENT_KIND_LABELS[engagement.kind]}, ${engagement.date}.${sectors.length ? ` Sectors: ${sectors.map((s) => SECTOR_LABELS[s]).join(', ')}.` : ''}`;
  const selections = excerpts.map((x) => {
    const codings = x.themeIds.map((themeId) => `<Coding${attrs({ guid: newId() })}><CodeRef${attrs({ targetGUID: themeId })}/></Coding>`).join('');
    const notes = (citedBy.get(x.id) ?? []).map((findingId) => `<NoteRef${attrs({ targetGUID: findingId })}/>`).join('');
    return `<PlainTextSelection${attrs({ guid: x.id, name: x.text.slice(0, 80), startPosition: offsets[x.start], endPosition: offsets[x.end] })}>`
      + `<Description>${xmlText(selectionDescription(x, file))}</Description>${codings}${notes}</PlainTextSelection>`;
  }).join('');
  const name = engagement.title.trim() || `${ENGAGEMENT_KIND_LABELS[engagement.kind]} ${engagement.date}`;
  return `<TextSource${attrs({ guid: engagement.id, name, plainTextPath: `internal://${engagement.id}.txt` })}>`
    + `<Description>${xmlText(description)}</Description>${selections}</TextSource>`;
}

/** The project.qde document of a review. */
export function projectXml(file: ReviewFile): string {
  const byEngagement = new Map<string, Excerpt[]>();
  for (const x of file.excerpts) byEngagement.set(x.engagementId, [...(byEngagement.get(x.engagementId) ?? []), x]);
  const citedBy = new Map<string, string[]>();
  for (const f of file.findings) for (const id of f.excerptIds) citedBy.set(id, [...(citedBy.get(id) ?? []), f.id]);
  const { review } = file;
  const parts = [
    `<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="${NS}"${attrs({ name: review.title, origin: ORIGIN, creationDateTime: review.createdAt, modifiedDateTime: review.updatedAt })}>`,
    file.themes.length ? `<CodeBook><Codes>${codesXml(file.themes)}</Codes></CodeBook>` : '',
    file.engagements.length ? `<Sources>${file.engagements.map((e) => sourceXml(e, byEngagement.get(e.id) ?? [], file, citedBy)).join('')}</Sources>` : '',
    file.findings.length
      ? `<Notes>${file.findings.map((f) => `<Note${attrs({ guid: f.id, name: f.title.trim() || 'Finding' })}><Description>${xmlText(`Finding (${KIND_LABELS[f.kind]}).`)}</Description><PlainTextContent>${xmlText(normaliseLineEndings(f.detail))}</PlainTextContent></Note>`).join('')}</Notes>`
      : '',
    review.termsOfReference.trim() ? `<Description>${xmlText(normaliseLineEndings(review.termsOfReference))}</Description>` : '',
    '</Project>\n',
  ];
  return parts.join('');
}

/** Builds the .qdpx bytes of a review: project.qde and one plain-text file per engagement. */
export async function buildQdpx(file: ReviewFile): Promise<Uint8Array> {
  const entries: Record<string, Uint8Array> = { 'project.qde': strToU8(projectXml(file)) };
  for (const e of file.engagements) entries[`Sources/${e.id}.txt`] = strToU8(normaliseLineEndings(e.notes));
  return zipSync(entries, { level: 6 });
}

/** The codebook alone (`.qdc`, REFI-QDA codebook 1.0): the themes as nested codes. */
export async function buildQdc(themes: readonly Theme[]): Promise<Uint8Array> {
  return strToU8(`<?xml version="1.0" encoding="utf-8"?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0"${attrs({ origin: ORIGIN })}><Codes>${codesXml(themes)}</Codes></CodeBook>\n`);
}
