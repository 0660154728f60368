/** The cover, the contents field, and the header and footer that carry the protective marking. */
import { AlignmentType, Footer, Header, LeaderType, PageNumber, Paragraph, Tab, TabStopType, TableOfContents, TextRun } from 'docx';
import { bold, para } from '../blocks.ts';
import type { ReportModel } from '../reportModel.ts';
import { COLOURS, STYLE } from '../styles.ts';

const HANDLING: Record<ReportModel['marking'], string> = {
  OFFICIAL: 'This report is marked OFFICIAL. Handle it in line with your organisation’s information policies.',
  'OFFICIAL-SENSITIVE': 'This report is marked OFFICIAL-SENSITIVE. It describes how agencies protect young people at risk of harm. '
    + 'Share it only with people who need it for that work, and do not publish it.',
};

export function cover(model: ReportModel): Paragraph[] {
  const detail = (label: string, value: string | undefined) => value ? [para([bold(`${label}: `), new TextRun(value)], { style: STYLE.coverMeta })] : [];
  return [
    new Paragraph({ style: STYLE.coverTitle, children: [new TextRun(model.title)] }),
    new Paragraph({ style: STYLE.coverSubtitle, children: [new TextRun(`Local Review report for ${model.area}`)] }),
    ...detail('Area', model.area),
    ...detail('Commissioned by', model.commissioner),
    ...detail('Review period', model.reviewPeriod),
    ...detail('Version', model.version),
    ...detail('Date', model.date),
    ...detail('Protective marking', model.marking),
    para(HANDLING[model.marking], { spacing: { before: 720 }, style: STYLE.note }),
  ];
}

/**
 * "Contents" and Word's contents field over Heading 1–3. The field is written with its
 * entries but no page numbers (laying out the pages here would take seconds); Word fills
 * them in when it opens the file (updateFields), and until then there are no dot leaders
 * running to empty space.
 */
export function contents(): Array<Paragraph | TableOfContents> {
  return [
    new Paragraph({ style: STYLE.contentsHeading, pageBreakBefore: true, children: [new TextRun('Contents')] }),
    new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-3', tabLeader: LeaderType.NONE }),
  ];
}

const marking = (model: Pick<ReportModel, 'marking'>) => new Paragraph({ style: STYLE.marking, children: [new TextRun(model.marking)] });

/** Shortens a long title for the footer, at a word boundary. */
function footerTitle(title: string): string {
  if (title.length <= 70) return title;
  const cut = title.slice(0, 70);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)).replace(/[\s,:;–-]+$/, '')}…`;
}

/**
 * Headers and footers for one section of the document: the marking on every page, and the
 * page number on every page but the cover (the first page of the first section).
 */
export function headersAndFooters(model: Pick<ReportModel, 'marking' | 'title'>, width: number, hasCover: boolean): { headers: { default: Header; first?: Header }; footers: { default: Footer; first?: Footer } } {
  const small = { size: 18, color: COLOURS.secondary };
  const first = hasCover ? {
    header: new Header({ children: [marking(model)] }),
    footer: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [] }), marking(model)] }),
  } : undefined;
  return {
    headers: { default: new Header({ children: [marking(model)] }), ...(first && { first: first.header }) },
    footers: {
      ...(first && { first: first.footer }),
      default: new Footer({
        children: [
          new Paragraph({
            tabStops: [{ type: TabStopType.RIGHT, position: width }],
            spacing: { after: 60 },
            children: [
              new TextRun({ text: footerTitle(model.title), ...small }),
              new TextRun({ children: [new Tab(), 'Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], ...small }),
            ],
          }),
          marking(model),
        ],
      }),
    },
  };
}
