/**
 * Peer networks (issue 15): for each network, what it is drawn from, its figures in words
 * and a table, and the map of what has at least two connections, as an SVG (with a PNG
 * fallback) whose alt text gives the figures. People appear only by their pseudonymous
 * labels, which the import refuses when they look like names.
 */
import { ImageRun, Paragraph, TextRun } from 'docx';
import { figuresOfGraph, keptIds, layoutNetwork, networkGraph, networkSvg, type Network } from '../../../domain/network/index.ts';
import { networkSummary } from '../../../domain/network/summary.ts';
import { dataTable, heading, para, tableLead, type Block } from '../blocks.ts';
import { longDate } from '../format.ts';
import { networkPng } from '../networkPng.ts';
import { STYLE } from '../styles.ts';

const WIDTH = 600;

function networkBlocks(network: Network, index: number): Block[] {
  const graph = networkGraph(network);
  const figures = figuresOfGraph(network, graph);
  const kept = keptIds(graph);
  const placed = layoutNetwork(graph, kept);
  const keptEdges = graph.edges.filter(([a, b]) => kept.has(a) && kept.has(b));
  const summary = networkSummary(figures);
  const blocks: Block[] = [
    heading(network.title, 2),
    para(`${network.date ? `Drawn on ${longDate(network.date)}` : 'Date not recorded'}. Source: ${network.sourceNote.trim() || 'not recorded'}.`),
    para(summary),
    tableLead(`Table N${index + 1} gives the figures for this network.`),
    dataTable([{ header: 'Figure', share: 0.75 }, { header: 'Number', share: 0.25 }], [
      { cells: ['People', String(figures.people)] },
      { cells: ['Incidents', String(figures.incidents)] },
      { cells: ['Institutions', String(figures.institutions)] },
      { cells: ['People connected to at least two others', String(figures.peopleConnectedToTwoOrMore)] },
      { cells: ['Incidents with at least two of the people', String(figures.incidentsWithTwoOrMorePeople)] },
      { cells: ['Institutions with at least two of the people', String(figures.institutionsWithTwoOrMorePeople)] },
      { cells: ['Share of the data with at least two connections', `${Math.round(figures.keptShare * 100)}%`] },
    ]),
  ];
  if (placed.length === 0) return [...blocks, para('Nothing in this network has two or more connections, so there is no map.')];
  const svg = new TextEncoder().encode(networkSvg(placed, keptEdges, `Map of ${network.title}`));
  const png = networkPng(placed, keptEdges);
  const description = `Network map of what has at least two connections: ${kept.size} of ${graph.nodes.length} people, incidents and institutions. People are circles, incidents diamonds, institutions squares; a line is a link. ${summary}`;
  blocks.push(
    new Paragraph({ style: STYLE.note, keepNext: true, spacing: { before: 240, after: 60 }, children: [new TextRun(`Map N${index + 1}: ${network.title}, showing only what has at least two connections. Circles are people, diamonds incidents, squares institutions.`)] }),
    new Paragraph({
      spacing: { after: 160 },
      children: [new ImageRun({
        type: 'svg', data: svg, fallback: { type: 'png', data: png },
        transformation: { width: WIDTH, height: WIDTH * 0.75 },
        altText: { name: `Network map ${index + 1}`, title: `Map of ${network.title}`, description },
      })],
    }),
  );
  return blocks;
}

/** The section, or nothing when the review has no networks. */
export function networksSection(networks: readonly Network[]): Block[] {
  if (networks.length === 0) return [];
  return [
    heading('Peer networks', 1),
    para('These maps show who is linked to whom through serious incidents and the schools, colleges and other institutions they attended. Everyone is shown by a pseudonym; no names are used. A map is a prompt for professional curiosity, not evidence of association: it shows only what the source recorded.'),
    ...networks.flatMap(networkBlocks),
  ];
}
