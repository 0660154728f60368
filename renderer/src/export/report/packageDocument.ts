/**
 * Packs the parts of a document into .docx bytes the one way every Word export does: the
 * report's styles and numbering, A4 pages (portrait or landscape per part), the marking in
 * every header and footer, a cover page without a page number, and full core properties.
 */
import { Document, Packer, PageOrientation } from 'docx';
import type { Block } from './blocks.ts';
import { corePropertiesXml } from './coreProperties.ts';
import { headersAndFooters } from './sections/cover.ts';
import { CONTENT_WIDTH, LANDSCAPE_WIDTH, PAGE, REPORT_NUMBERING, REPORT_STYLES } from './styles.ts';

export interface DocumentParts {
  title: string;
  subject: string;
  keywords: string;
  marking: 'OFFICIAL' | 'OFFICIAL-SENSITIVE';
  created: string;
  modified: string;
  parts: ReadonlyArray<{ landscape: boolean; children: Block[] }>;
}

export async function packageDocument(d: DocumentParts): Promise<Uint8Array> {
  const document = new Document({
    title: d.title,
    subject: d.subject,
    creator: 'Local Review',
    lastModifiedBy: 'Local Review',
    features: { updateFields: true },
    styles: REPORT_STYLES,
    numbering: REPORT_NUMBERING,
    customProperties: [{ name: 'Protective marking', value: d.marking }],
    sections: d.parts.map((part, i) => ({
      properties: {
        titlePage: i === 0,
        page: {
          // docx swaps width and height itself for a landscape page.
          size: { width: PAGE.width, height: PAGE.height, orientation: part.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
          margin: { top: PAGE.marginTop, bottom: PAGE.marginBottom, left: PAGE.marginX, right: PAGE.marginX, header: PAGE.header, footer: PAGE.footer },
        },
      },
      ...headersAndFooters({ title: d.title, marking: d.marking }, part.landscape ? LANDSCAPE_WIDTH : CONTENT_WIDTH, i === 0),
      children: part.children,
    })),
  });
  const core = corePropertiesXml({
    title: d.title, subject: d.subject, keywords: d.keywords, language: 'en-GB', creator: 'Local Review', created: d.created, modified: d.modified,
  });
  return new Uint8Array(await Packer.toArrayBuffer(document, undefined, [{ path: 'docProps/core.xml', data: core }]));
}
