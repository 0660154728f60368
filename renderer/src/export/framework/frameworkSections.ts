/** The sections of the framework's Word document, laid out with the report's blocks and styles. */
import { Paragraph, TextRun } from 'docx';
import { ChartRun } from 'docx/charts';
import { cellWeight } from '../../domain/framework/index.ts';
import { SECTOR_LABELS } from '../../domain/labels.ts';
import { bold, bullet, cellText, dataTable, heading, note, para, paras, spacer, tableLead, type Block, type Column } from '../report/blocks.ts';
import { count, plural } from '../report/format.ts';
import { COLOURS, FONT, STYLE } from '../report/styles.ts';
import { areaList, type ActivityRow, type AreaRecommendationRow, type FrameworkModel } from './frameworkModel.ts';

const HANDLING: Record<FrameworkModel['marking'], string> = {
  OFFICIAL: 'This framework is marked OFFICIAL. Handle it in line with your organisation’s information policies.',
  'OFFICIAL-SENSITIVE': 'This framework is marked OFFICIAL-SENSITIVE, the highest marking of the reviews it draws on. '
    + 'Share it only with the partners who need it for this work, and do not publish it.',
};

/** Text the lead has not written yet, said plainly in the document rather than left blank. */
const orNotYet = (texts: string[], what: string) => (texts.length ? paras(texts) : [note(`The partnership has not yet agreed ${what}.`)]);

export function frameworkCover(model: FrameworkModel): Paragraph[] {
  const detail = (label: string, value: string) => para([bold(`${label}: `), new TextRun(value)], { style: STYLE.coverMeta });
  return [
    new Paragraph({ style: STYLE.coverTitle, children: [new TextRun(model.title)] }),
    new Paragraph({ style: STYLE.coverSubtitle, children: [new TextRun(`A strategic framework for ${model.region}`)] }),
    detail('Region', model.region),
    detail('Drawn from', `${plural(model.areas.length, 'Local Review')}: ${areaList(model)}`),
    detail('Version', model.version),
    detail('Date', model.date),
    detail('Protective marking', model.marking),
    para(HANDLING[model.marking], { spacing: { before: 720 }, style: STYLE.note }),
  ];
}

export function foreword(model: FrameworkModel): Block[] {
  return [
    heading('Foreword', 1),
    ...(model.foreword.length ? paras(model.foreword) : [para(
      `This framework sets out how partners across ${model.region} will work together to prevent serious violence and the exploitation of young people. `
      + `It draws on ${plural(model.areas.length, 'Local Review')} (${areaList(model)}), in which front-line practitioners described what works, what is missing and what stands in the way.`,
    )]),
  ];
}

export function partnership(model: FrameworkModel): Block[] {
  return [
    heading('Partnership and governance', 1),
    heading('Partners and their part', 2),
    ...(model.partners.length
      ? [tableLead(`The ${plural(model.partners.length, 'partner')} in the framework and the part each plays.`),
        dataTable([{ header: 'Partner', share: 0.34 }, { header: 'Sector', share: 0.24 }, { header: 'Part in the framework', share: 0.42 }],
          model.partners.map((p) => ({ cells: [p.name, SECTOR_LABELS[p.sector as keyof typeof SECTOR_LABELS] ?? p.sector, p.role || 'To be agreed'] })))]
      : [note('No partners have been named yet.')]),
    heading('Governance and accountability', 2),
    ...orNotYet(model.governance, 'its governance arrangements'),
    heading('Shared principles', 2),
    ...(model.principles.length ? model.principles.map((p) => bullet(p)) : [note('The partnership has not yet agreed its shared principles.')]),
    heading('Cross-border working', 2),
    ...orNotYet(model.crossBorder, 'how it will work across its borders'),
  ];
}

export function definition(model: FrameworkModel): Block[] {
  const blocks: Block[] = [heading('Definition of serious violence', 1), ...orNotYet(model.definition, 'a shared definition of serious violence')];
  if (model.localDefinitions.length) {
    blocks.push(
      heading('Definitions in the areas', 2),
      tableLead('The local definitions the reviewed areas use, which the shared definition draws together.'),
      dataTable([{ header: 'Area', share: 0.22 }, { header: 'Local definition', share: 0.78 }], model.localDefinitions.map((d) => ({ cells: [d.area, d.definition] }))),
    );
  }
  return blocks;
}

// Light to strong blue behind dark text; the words in the cell carry the same meaning.
const HEAT = ['FFFFFF', 'DEEBF7', 'B3D4EE', '8DBDE6'] as const;
const heat = (weight: number) => HEAT[weight === 0 ? 0 : weight <= 2 ? 1 : weight <= 5 ? 2 : 3];

/** A stacked bar for each area: its gaps, barriers, good practice and other findings, with every figure in the alt text. */
function evidenceChart(model: FrameworkModel): Paragraph[] {
  const totals = model.matrix.areas.map((_, a) => model.matrix.rows.reduce((t, row) => {
    const cell = row.cells[a];
    if (cell) { t.gaps += cell.gaps; t.barriers += cell.barriers; t.goodPractice += cell.goodPractice; t.other += cell.other; }
    return t;
  }, { gaps: 0, barriers: 0, goodPractice: 0, other: 0 }));
  if (!totals.length) return [];
  const areas = model.matrix.areas.map((a) => a.area);
  // Word draws the first category at the bottom, so both lists are reversed to read top-down.
  const reversed = [...totals].reverse();
  const description = `Stacked bar chart of the findings of each area by kind: ${areas.map((area, i) => `${area}: ${totals[i]!.gaps} gaps, ${totals[i]!.barriers} barriers, ${totals[i]!.goodPractice} good practice, ${totals[i]!.other} other`).join('; ')}.`;
  return [
    new Paragraph({ style: STYLE.note, keepNext: true, spacing: { before: 240, after: 60 }, children: [new TextRun('Figure 1: findings of each area by kind.')] }),
    new Paragraph({
      spacing: { after: 160 },
      children: [new ChartRun({
        type: 'bar',
        stacking: 'stacked',
        categories: [...areas].reverse(),
        series: [
          { name: 'Gaps', values: reversed.map((t) => t.gaps), color: '1D70B8' },
          { name: 'Barriers', values: reversed.map((t) => t.barriers), color: '003078' },
          { name: 'Good practice', values: reversed.map((t) => t.goodPractice), color: '00703C' },
          { name: 'Other', values: reversed.map((t) => t.other), color: 'B1B4B6' },
        ],
        legend: { position: 'bottom', font: { size: 9 } },
        gapWidth: 60,
        font: { name: FONT },
        valueAxis: { gridlines: false },
        categoryAxis: { font: { size: 9, color: COLOURS.text } },
        chartArea: { border: 'none' },
        transformation: { width: 600, height: Math.max(180, 80 + 34 * areas.length) },
        altText: { name: 'Findings by area', description, title: 'Findings of each area by kind' },
      })],
    }),
  ];
}

export function evidence(model: FrameworkModel, width: number): Block[] {
  const { matrix } = model;
  const blocks: Block[] = [
    heading('The evidence across the areas', 1),
    para(`The framework draws on ${plural(model.areas.length, 'Local Review')}. Their themes are matched by name; a theme that only some reviews used is shown after the shared ones, with “Not a theme of this review” where a review did not use it.`),
    ...(model.differentTemplates.length ? [note(`Reviews made from a different template: ${model.differentTemplates.join(', ')}. Their themes may not line up with the others’.`)] : []),
    heading('The reviews', 2),
    dataTable([{ header: 'Area', share: 0.18 }, { header: 'Review', share: 0.38 }, { header: 'Fieldwork', share: 0.2 }, { header: 'Findings', share: 0.12 }, { header: 'Recs.', share: 0.12 }],
      model.areas.map((a) => ({ cells: [a.area, a.title, a.period, count(a.findings), count(a.recommendations)] })), width),
    heading('Themes by area', 2),
    tableLead('Table 1: gaps, barriers and good practice found on each theme in each area. The darker the cell, the more gaps and barriers.'),
  ];
  const areaShare = (1 - 0.26) / Math.max(1, matrix.areas.length);
  const columns: Column[] = [{ header: 'Theme', share: 0.26 }, ...matrix.areas.map((a) => ({ header: a.area, share: areaShare }))];
  blocks.push(dataTable(columns, matrix.rows.flatMap((row, r) => {
    const cells = [[cellText(row.shared ? row.theme : `${row.theme} (not in every review)`)], ...row.cells.map((cell, a) => ({ children: [cellText(model.matrixText[r]![a]!)], fill: heat(cellWeight(cell)) }))];
    return [{ cells }];
  }), width), spacer(), ...evidenceChart(model));

  if (model.issues.length) {
    blocks.push(heading('Issues shared across the areas', 2), para('Findings of the same theme and kind in different areas, grouped into one framework issue.'));
    for (const issue of model.issues) {
      blocks.push(
        heading(issue.title, 3),
        dataTable([{ header: 'Area', share: 0.18 }, { header: `${issue.kind} found`, share: 0.52 }, { header: 'Strength of evidence', share: 0.3 }],
          issue.rows.map((r) => ({
            cells: [r.area, [...r.titles.map((t) => cellText(t)), ...(r.findings > r.titles.length ? [cellText(`and ${count(r.findings - r.titles.length)} more`)] : [])], r.strength],
          })), width),
      );
    }
  }
  return blocks;
}

const recommendationColumns: Column[] = [
  { header: 'Area', share: 0.14 }, { header: 'No.', share: 0.06 }, { header: 'Recommendation', share: 0.38 },
  { header: 'Lead', share: 0.18 }, { header: 'Status', share: 0.1 }, { header: 'Covered by', share: 0.14 },
];
const recommendationRow = (r: AreaRecommendationRow) => ({ cells: [r.area, String(r.number), r.title, r.lead, r.status, r.coveredBy] });

function activityBlock(a: ActivityRow): Block[] {
  return [
    heading(`Activity ${a.number}: ${a.title}`, 3),
    ...paras(a.detail),
    dataTable([{ header: 'Lead partner', share: 0.25 }, { header: 'Supporting partners', share: 0.35 }, { header: 'Timescale', share: 0.15 }, { header: 'Measures', share: 0.25 }],
      [{ cells: [a.lead, a.supporting, a.timescale, a.measures] }]),
    para([bold('Answers area recommendations: '), new TextRun(a.answers)], { spacing: { before: 80 } }),
  ];
}

export function prioritiesSection(model: FrameworkModel, width: number): Block[] {
  const blocks: Block[] = [heading('Priorities and activities', 1), para('Each priority answers gaps and barriers the reviews found, is mapped to the national frameworks, and lists the area recommendations it takes up. Activities say who leads, who supports, by when and how success will be measured.')];
  for (const p of model.priorities) {
    blocks.push(heading(`Priority ${p.number}: ${p.title}`, 2), ...paras(p.detail));
    if (p.headings.length) blocks.push(para([bold('National frameworks: ')], { keepNext: true, spacing: { after: 60 } }), ...p.headings.map((h) => bullet(h)));
    if (p.recommendations.length) {
      blocks.push(tableLead('Area recommendations under this priority.'), dataTable(recommendationColumns, p.recommendations.map(recommendationRow), width), spacer());
    }
    blocks.push(...(p.activities.length ? p.activities.flatMap(activityBlock) : [note('No activities have been agreed under this priority yet.')]));
  }
  return blocks;
}

export function actionPlan(model: FrameworkModel, width: number): Block[] {
  return [
    heading('Action plan', 1),
    para(model.activities.length ? `The framework’s ${plural(model.activities.length, 'activity', 'activities')}, numbered by priority.` : 'No activities have been agreed yet.'),
    ...(model.activities.length ? [dataTable(
      [{ header: 'No.', share: 0.06 }, { header: 'Activity', share: 0.26 }, { header: 'Lead partner', share: 0.16 }, { header: 'Supporting partners', share: 0.18 }, { header: 'Timescale', share: 0.1 }, { header: 'Measures', share: 0.14 }, { header: 'Answers', share: 0.1 }],
      model.activities.map((a) => ({ cells: [a.number, a.title, a.lead, a.supporting, a.timescale, a.measures, a.answers] })), width)] : []),
  ];
}

export function monitoring(model: FrameworkModel): Block[] {
  return [heading('Monitoring and review', 1), ...orNotYet(model.monitoring, 'how it will monitor and review this framework')];
}

export function sourceReviews(model: FrameworkModel, width: number): Block[] {
  const blocks: Block[] = [
    heading('Appendix A: Source reviews and traceability', 1),
    para('The framework keeps a snapshot of each review: its findings, recommendations and action statuses, never notes, passages, quotes or the review team.'),
    dataTable([{ header: 'Area', share: 0.14 }, { header: 'Review', share: 0.3 }, { header: 'Commissioned by', share: 0.24 }, { header: 'Marking', share: 0.16 }, { header: 'Snapshot taken', share: 0.16 }],
      model.areas.map((a) => ({ cells: [a.area, a.title, a.commissioner || 'Not recorded', a.marking, a.changed ? `${a.taken} (the review has changed since)` : a.taken] })), width),
    heading('What each review contributed', 2),
    dataTable([{ header: 'Area', share: 0.24 }, { header: 'Findings', share: 0.19 }, { header: 'In framework issues', share: 0.19 }, { header: 'Recommendations', share: 0.19 }, { header: 'Taken up', share: 0.19 }],
      model.contributions.map((c) => ({ cells: [c.area, count(c.findings), count(c.findingsInIssues), count(c.recommendations), count(c.recommendationsUsed)] })), width),
    heading('From activities to findings', 2),
  ];
  if (model.traces.some((t) => t.rows.length)) {
    blocks.push(dataTable([{ header: 'Activity', share: 0.24 }, { header: 'Area', share: 0.14 }, { header: 'Recommendation', share: 0.3 }, { header: 'Findings it answers', share: 0.32 }],
      model.traces.flatMap((t) => t.rows.map((r) => ({ cells: [t.activity, r.area, r.recommendation, r.findings] }))), width));
  } else {
    blocks.push(note('No activity is linked to an area recommendation yet.'));
  }
  return blocks;
}
