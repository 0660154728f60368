/**
 * The report's look, in one place: a plain GOV.UK-like style (Arial, near-black text, one
 * blue accent used sparingly), Word's own Heading 1–3 styles so the navigation pane and the
 * contents field work, and en-GB as the proofing language of every run.
 */
import { AlignmentType, LevelFormat, LineRuleType, type INumberingOptions, type IParagraphStylePropertiesOptions, type IStylesOptions } from 'docx';

export const COLOURS = {
  text: '0B0C0C',
  secondary: '505A5F',
  accent: '1D70B8',
  border: 'B1B4B6',
  headerFill: 'F3F2F1',
  groupFill: 'F8F8F8',
} as const;

export const FONT = 'Arial';

/** A4 in twips, with 2 cm side margins. */
export const PAGE = { width: 11906, height: 16838, marginX: 1134, marginTop: 1276, marginBottom: 1134, header: 567, footer: 454 } as const;
/** The width text runs across, in twips, on a portrait page. */
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.marginX;
/** The width text runs across on a landscape page, where the wide tables go. */
export const LANDSCAPE_WIDTH = PAGE.height - 2 * PAGE.marginX;

/** Paragraph style ids of the report's own styles. */
export const STYLE = {
  tableText: 'TableText',
  tableHeading: 'TableHeading',
  quote: 'ReportQuote',
  caption: 'FindingCaption',
  note: 'EvidenceNote',
  coverTitle: 'CoverTitle',
  coverSubtitle: 'CoverSubtitle',
  coverMeta: 'CoverMeta',
  marking: 'Marking',
  contentsHeading: 'ContentsHeading',
  lead: 'LeadParagraph',
} as const;

/** Character style ids: a style is one element on a run, where direct formatting is several. */
export const CHARACTER_STYLE = { strong: 'Strong', attribution: 'QuoteAttribution' } as const;

export const BULLETS = 'report-bullets';

const heading = (size: number, before: number, after: number, pageBreakBefore = false) => ({
  run: { font: FONT, size, bold: true, color: COLOURS.text },
  paragraph: { spacing: { before, after }, keepNext: true, keepLines: true, pageBreakBefore },
});

export const REPORT_STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: 22, color: COLOURS.text, language: { value: 'en-GB', eastAsia: 'en-GB', bidirectional: 'en-GB' } },
      // Widow and orphan control for every paragraph, once, rather than on each one.
      paragraph: { spacing: { after: 160, line: 276, lineRule: LineRuleType.AUTO }, widowControl: true } as IParagraphStylePropertiesOptions,
    },
    title: { run: { font: FONT, size: 56, bold: true, color: COLOURS.text }, paragraph: { spacing: { after: 240 } } },
    // Each top-level section starts on a new page, as in a printed report.
    heading1: heading(36, 0, 240, true),
    heading2: heading(28, 360, 160),
    heading3: heading(24, 280, 120),
    heading4: heading(22, 240, 80),
  },
  characterStyles: [
    { id: CHARACTER_STYLE.strong, name: 'Strong', quickFormat: true, run: { bold: true } },
    { id: CHARACTER_STYLE.attribution, name: 'Quote attribution', basedOn: 'DefaultParagraphFont', run: { size: 19, color: COLOURS.secondary } },
  ],
  paragraphStyles: [
    { id: STYLE.tableText, name: 'Table text', basedOn: 'Normal', quickFormat: true, run: { size: 19 }, paragraph: { spacing: { after: 60, line: 252, lineRule: LineRuleType.AUTO } } },
    { id: STYLE.tableHeading, name: 'Table heading', basedOn: STYLE.tableText, quickFormat: true, run: { bold: true }, paragraph: { keepNext: true } },
    {
      id: STYLE.quote, name: 'Report quote', basedOn: 'Normal', quickFormat: true,
      run: { size: 21 },
      paragraph: {
        indent: { left: 340 }, spacing: { before: 60, after: 160 }, keepLines: true,
        border: { left: { style: 'single', size: 24, color: COLOURS.border, space: 10 } },
      },
    },
    { id: STYLE.caption, name: 'Finding caption', basedOn: 'Normal', run: { size: 19, color: COLOURS.secondary }, paragraph: { spacing: { before: 320, after: 0 }, keepNext: true, keepLines: true } },
    { id: STYLE.note, name: 'Evidence note', basedOn: 'Normal', run: { size: 19, color: COLOURS.secondary }, paragraph: { spacing: { after: 120 } } },
    { id: STYLE.lead, name: 'Lead paragraph', basedOn: 'Normal', run: { size: 26 }, paragraph: { spacing: { after: 240 } } },
    {
      id: STYLE.coverTitle, name: 'Cover title', basedOn: 'Title', run: { size: 60 },
      // The one flourish: a band of the accent colour above the title.
      paragraph: { spacing: { before: 1500, after: 360, line: 240, lineRule: LineRuleType.AUTO }, border: { top: { style: 'single', size: 48, color: COLOURS.accent, space: 18 } } },
    },
    { id: STYLE.coverSubtitle, name: 'Cover subtitle', basedOn: 'Normal', run: { size: 32, color: COLOURS.secondary }, paragraph: { spacing: { after: 960 } } },
    { id: STYLE.coverMeta, name: 'Cover details', basedOn: 'Normal', run: { size: 24 }, paragraph: { spacing: { after: 80 } } },
    { id: STYLE.marking, name: 'Protective marking', basedOn: 'Normal', run: { size: 20, bold: true }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } } },
    { id: STYLE.contentsHeading, name: 'Contents heading', basedOn: 'Normal', run: { size: 36, bold: true }, paragraph: { spacing: { after: 240 } } },
    // Word's own names for the contents entries, so updating the field keeps this look.
    { id: 'TOC1', name: 'toc 1', basedOn: 'Normal', next: 'Normal', run: { bold: true }, paragraph: { spacing: { before: 120, after: 60 } } },
    { id: 'TOC2', name: 'toc 2', basedOn: 'Normal', next: 'Normal', paragraph: { indent: { left: 340 }, spacing: { after: 40 } } },
    { id: 'TOC3', name: 'toc 3', basedOn: 'Normal', next: 'Normal', run: { size: 20 }, paragraph: { indent: { left: 680 }, spacing: { after: 40 } } },
  ],
};

export const REPORT_NUMBERING: INumberingOptions = {
  config: [{
    reference: BULLETS,
    levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 280 } } } }],
  }],
};
