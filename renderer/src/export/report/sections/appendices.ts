/** Appendices: who was engaged (agencies and roles with counts, never names) and the glossary. */
import { TextRun } from 'docx';
import { bold, cellText, dataTable, heading, para, paras, tableLead, type Block } from '../blocks.ts';
import { count, listAnd, plural } from '../format.ts';
import type { ReportModel } from '../reportModel.ts';
import { COLOURS } from '../styles.ts';

export function whoWasEngaged(model: ReportModel): Block[] {
  const e = model.engagement;
  const blocks: Block[] = [heading('Appendix A: Who was engaged', 1)];
  if (!e.sessions) return [...blocks, para('No engagement sessions have been recorded yet.')];
  blocks.push(
    para(`The review team held ${plural(e.sessions, 'session')} with ${plural(e.participants, 'participant')} from ${plural(e.agenciesEngaged, 'agency', 'agencies')}. `
      + 'Agencies and job roles are listed; the people who took part are not named.'),
    heading('Agencies', 2),
    tableLead('The number of sessions each agency took part in. A multi-agency session counts once for each agency in it.'),
    dataTable([{ header: 'Agency', share: 0.58 }, { header: 'Sector', share: 0.28 }, { header: 'Sessions', share: 0.14 }],
      e.agencies.map((a) => ({ cells: [a.name, a.sector, count(a.sessions)] }))),
  );
  if (e.notEngaged.length) blocks.push(para(`Not engaged: ${listAnd(e.notEngaged)}.`, { spacing: { before: 160 } }));
  if (e.roles.length) {
    blocks.push(
      heading('Roles', 2),
      tableLead(`The ${plural(e.roles.length, 'job role')} represented, with the number of sessions each took part in.`),
      rolesTable(e.roles),
    );
  }
  return blocks;
}

/** Roles with their session counts; a long list is set in two column pairs so it takes half the pages. */
function rolesTable(roles: ReportModel['engagement']['roles']): Block {
  if (roles.length <= 12) {
    return dataTable([{ header: 'Role', share: 0.84 }, { header: 'Sessions', share: 0.16 }], roles.map((r) => ({ cells: [r.role, count(r.sessions)] })));
  }
  // Down the first pair of columns, then down the second, as a reader expects of a list.
  const half = Math.ceil(roles.length / 2);
  const rows = roles.slice(0, half).map((left, i) => {
    const right = roles[half + i];
    return { cells: [left.role, count(left.sessions), right?.role ?? '', right ? count(right.sessions) : ''] };
  });
  return dataTable([{ header: 'Role', share: 0.38 }, { header: 'Sessions', share: 0.12 }, { header: 'Role', share: 0.38 }, { header: 'Sessions', share: 0.12 }], rows);
}

export function glossary(model: ReportModel): Block[] {
  if (!model.glossary.length) return [];
  return [
    heading('Appendix B: Glossary', 1),
    ...paras(model.wording.glossaryIntro),
    dataTable([{ header: 'Term', share: 0.18 }, { header: 'Meaning', share: 0.82 }], model.glossary.map((g) => ({
      cells: [
        [cellText([bold(g.abbreviation)])],
        [cellText([bold(g.expansion)]), cellText([new TextRun({ text: g.definition, color: COLOURS.text })])],
      ],
    }))),
  ];
}
