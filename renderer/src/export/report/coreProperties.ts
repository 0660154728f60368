/**
 * The document's core properties (docProps/core.xml). docx writes no language, and Word
 * and python-docx read the document's language from dc:language, so the part is written
 * here in full, every value escaped as XML text.
 */
import { oneLine } from './format.ts';

export interface CoreProperties {
  title: string;
  subject: string;
  keywords: string;
  language: string;
  creator: string;
  created: string;
  modified: string;
}

function escapeXml(text: string): string {
  return oneLine(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function corePropertiesXml(p: CoreProperties): string {
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    + 'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    + 'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    + `<dc:title>${escapeXml(p.title)}</dc:title>`
    + `<dc:subject>${escapeXml(p.subject)}</dc:subject>`
    + `<dc:creator>${escapeXml(p.creator)}</dc:creator>`
    + `<cp:keywords>${escapeXml(p.keywords)}</cp:keywords>`
    + `<dc:language>${escapeXml(p.language)}</dc:language>`
    + `<cp:lastModifiedBy>${escapeXml(p.creator)}</cp:lastModifiedBy>`
    + '<cp:revision>1</cp:revision>'
    + `<dcterms:created xsi:type="dcterms:W3CDTF">${escapeXml(p.created)}</dcterms:created>`
    + `<dcterms:modified xsi:type="dcterms:W3CDTF">${escapeXml(p.modified)}</dcterms:modified>`
    + '</cp:coreProperties>';
}
