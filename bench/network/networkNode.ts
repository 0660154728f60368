/**
 * Peer-network rows in Node (issue 15): reading the generated network's four CSV files,
 * and its figures with and without the overlapping-attendance rule.
 */
import { networkFigures, parseNetworkCsv } from '../../renderer/src/domain/network/index.ts';
import type { Row } from '../node.ts';
import { summarise } from '../stats.ts';
import { generateNetwork, NETWORK_SCALE } from './generateNetwork.ts';

const RUNS = 9;

function time(run: () => unknown): number[] {
  run(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  return samples;
}

export const NETWORK_LABEL = `network ${NETWORK_SCALE.people}/${NETWORK_SCALE.incidents}/${NETWORK_SCALE.institutions}`;

export function runNetworkNode(log: (line: string) => void): Row[] {
  log(`Peer network: ${NETWORK_SCALE.people} people, ${NETWORK_SCALE.incidents} incidents, ${NETWORK_SCALE.institutions} institutions…`);
  const files = generateNetwork();
  const network = parseNetworkCsv(files);
  log(`  ${network.links.length} links; figures ${JSON.stringify(networkFigures(network))}`);
  return [
    { name: `${NETWORK_LABEL}: import (four CSV files)`, ours: summarise(time(() => parseNetworkCsv(files))) },
    { name: `${NETWORK_LABEL}: figures`, ours: summarise(time(() => networkFigures(network))) },
    { name: `${NETWORK_LABEL}: figures, overlapping attendance`, ours: summarise(time(() => networkFigures(network, { overlappingAttendanceOnly: true }))) },
  ];
}
