/** The blank import template: four CSV files with their header rows and one example row each. */
import { NETWORK_FILES, type NetworkFileKey } from './parse.ts';

const EXAMPLES: Record<NetworkFileKey, string> = {
  people: 'YP01,YP01,Cohort A',
  incidents: 'INC01,Incident 1,stabbing,2026-01-15',
  institutions: 'SCH01,School 1,secondary school',
  links: 'YP01,INC01,victim,,\r\nYP01,SCH01,,2024-09-01,2025-07-20',
};

/** The text of each template file (CRLF line ends, as spreadsheet programs write them). */
export function networkTemplate(withExamples = true): Record<NetworkFileKey, string> {
  const out = {} as Record<NetworkFileKey, string>;
  for (const key of Object.keys(NETWORK_FILES) as NetworkFileKey[]) {
    out[key] = `${NETWORK_FILES[key].columns.join(',')}\r\n${withExamples ? `${EXAMPLES[key]}\r\n` : ''}`;
  }
  return out;
}
