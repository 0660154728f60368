/**
 * Scenes for the guide's screenshots: what the sample review lacks (a training cohort, a
 * peer network, a colleague's file to merge) is made through the app's own screens, as a
 * reviewer would, and the screen is then brought to the part the picture shows. Everyone
 * is a code or a pseudonym ("P-01", "YP03"): the pictures never show a name.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect } from '../e2e/fixtures.ts';
import { allSaved, chooseFile } from '../e2e/reviewPages.ts';
import { takeCourse } from '../e2e/trainingPages.ts';
import type { SceneName } from './shots.ts';

const COHORT = 'Workshop, 3 March, Northgate';

/** What has been made already: each is made once, the first time a picture needs it. */
const made = new Set<string>();
async function once(what: string, make: () => Promise<void>): Promise<void> {
  if (made.has(what)) return;
  await make();
  made.add(what);
}

/** Scrolls the heading named `name` near the top of the window, clear of the review's sticky save line. */
async function scrollTo(page: Page, name: string | RegExp, level = 2): Promise<void> {
  const heading = page.getByRole('heading', { level, name }).first();
  await expect(heading).toBeVisible();
  await heading.evaluate((element) => {
    element.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -72);
  });
}

/** A cohort with one participant who finished (P-01) and one part of the way through (P-02). */
async function trainingCohort(page: Page): Promise<void> {
  await page.getByLabel('Cohort name').fill(COHORT);
  await page.getByRole('button', { name: 'Start cohort' }).click();
  const cohort = page.getByRole('region', { name: COHORT });
  const participant = async (code: string, sector: string, role: string) => {
    await cohort.getByText(`Add a participant to ${COHORT}`).click();
    await cohort.getByLabel('Participant code').fill(code);
    await cohort.getByLabel('Sector').selectOption({ label: sector });
    await cohort.getByLabel('Role').fill(role);
    await cohort.getByRole('button', { name: 'Start this participant' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Participant ${code}` })).toBeVisible();
  };
  await participant('P-01', 'Education', 'Designated safeguarding lead');
  await takeCourse(page, 'right');
  await page.goto('/#/training');
  await participant('P-02', 'Health', 'School nurse');
  await takeCourse(page, 'right', { stopAfter: 6 });
  await page.goto('/#/training');
  await expect(page.getByRole('heading', { level: 3, name: COHORT })).toBeVisible();
}

// A small network, every person a pseudonym. YP01–YP03 share an incident; YP02, YP04 and
// YP05 attended the PRU; YP06 is linked to nothing else, so the "two connections" filter drops them.
const NETWORK = {
  'people.csv': 'id,label,group\nP1,YP01,Northgate\nP2,YP02,Northgate\nP3,YP03,Riverside\nP4,YP04,Riverside\nP5,YP05,\nP6,YP06,\n',
  'incidents.csv': 'id,label,kind,date\nI1,Incident 1,stabbing,2025-11-14\nI2,Incident 2,robbery,2026-01-09\n',
  'institutions.csv': 'id,label,kind\nS1,School A,school\nS2,PRU 1,pru\nS3,YOI 1,custody\n',
  'links.csv': 'person,target,role,from,to\nP1,I1,victim,,\nP2,I1,perpetrator,,\nP3,I1,witness,,\nP3,I2,perpetrator,,\nP4,I2,victim,,\nP1,S1,,2019-09-01,2023-07-31\nP3,S1,,2020-09-01,2024-02-28\nP2,S2,,2023-01-09,\nP4,S2,,2023-04-17,2024-07-19\nP5,S2,,2024-09-02,\nP2,S3,,2025-12-01,\nP6,S1,,2021-09-01,\n',
};

async function peerNetwork(page: Page): Promise<void> {
  await page.getByLabel('Title').fill('YOT cohort 2025 to 2026');
  await page.getByLabel('Date (optional)').fill('2026-02-01');
  await page.getByLabel('Source note').fill('YOT caseload and police incident log, pseudonymised by the YOT');
  await page.getByRole('button', { name: 'Add the network' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'YOT cohort 2025 to 2026' })).toBeVisible();
  await page.getByLabel('Import from the template').setInputFiles(Object.entries(NETWORK).map(([name, text]) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) })));
  await expect(page.getByText(/^Imported 6 people, 2 incidents, 3 institutions and 12 links\./)).toBeVisible();
}

const SAMPLE = 'templates/samples/sallowmere.review.json';
const SAMPLE_FILE_ID = '00000000-0000-4000-8fff-000000000001';
const FINDING = 'The bus station is the borough’s main place of risk, and no agency owns it';
const folder = mkdtempSync(path.join(tmpdir(), 'guide-'));

interface SampleFile {
  lineage?: { fileId: string; ancestorFileIds: string[] };
  engagements: Array<Record<string, unknown>>;
  findings: Array<{ title: string }>;
}

/**
 * The sample review as a file that remembers where it came from (`lineage`), so that a
 * colleague's file descending from it merges three-way, as it does for a real team. Its
 * content is the sample's own.
 */
export function sampleWithLineage(): string {
  const file = JSON.parse(readFileSync(SAMPLE, 'utf8')) as SampleFile;
  const { format, version, exportedAt, ...rest } = file as unknown as Record<string, unknown>;
  const target = path.join(folder, 'sallowmere.review.json');
  writeFileSync(target, JSON.stringify({ format, version, exportedAt, lineage: { fileId: SAMPLE_FILE_ID, ancestorFileIds: [] }, ...rest }, null, 2));
  return target;
}

/** A colleague's file descending from the sample: the bus station finding retitled and one interview added. */
function colleaguesFile(): string {
  const file = JSON.parse(readFileSync(SAMPLE, 'utf8')) as SampleFile;
  const finding = file.findings.find((f) => f.title === FINDING);
  if (!finding) throw new Error('The sample review no longer has the bus station finding');
  finding.title = 'No agency owns the bus station, the borough’s main place of risk';
  file.engagements.push({
    ...file.engagements[0], id: '00000000-0000-4000-8004-0000000000ff', title: 'Interview with a detached youth worker',
    date: '2026-03-05', notes: 'Young people gather at the bus station after school. Outreach stops at 9pm.',
  });
  const { format, version, exportedAt, ...rest } = file as unknown as Record<string, unknown>;
  const target = path.join(folder, 'Sallowmere (second reviewer).review.json');
  writeFileSync(target, JSON.stringify({ format, version, exportedAt, lineage: { fileId: '00000000-0000-4000-8fff-000000000002', ancestorFileIds: [SAMPLE_FILE_ID] }, ...rest }, null, 2));
  return target;
}

/** This reviewer retitles the same finding their own way, so the merge has a conflict to decide. */
async function retitleOurFinding(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Stages of the review' }).getByRole('link', { name: /^Analyse/ }).click();
  await page.getByRole('navigation', { name: 'Analyse views' }).getByRole('link', { name: 'Findings' }).click();
  const finding = page.getByRole('article', { name: FINDING });
  await finding.getByRole('button', { name: `Edit finding ‘${FINDING}’` }).click();
  await finding.getByLabel('Title').fill('Nobody owns the bus station, where most of the risk is');
  await allSaved(page);
  await page.getByRole('navigation', { name: 'Stages of the review' }).getByRole('link', { name: /^Overview/ }).click();
}

async function mergePreview(page: Page): Promise<void> {
  const heading = page.getByRole('heading', { level: 2, name: /^Merge preview/ });
  if (await heading.isVisible()) return; // still open from the picture before
  await once('our finding', () => retitleOurFinding(page));
  await chooseFile(page, () => page.getByRole('button', { name: 'Merge a colleague’s file' }).click(), colleaguesFile());
  await expect(heading).toBeFocused();
}

/** The figures sit above the map or table at full width: start the picture at the choice between them. */
async function scrollToViews(page: Page): Promise<void> {
  await page.getByRole('radiogroup', { name: 'Show the network as' }).evaluate((element) => {
    element.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -72);
  });
}

export const SCENES: Record<SceneName, (page: Page) => Promise<void>> = {
  'training': (page) => once('training', () => trainingCohort(page)),
  'training-cohort': async (page) => { await once('training', () => trainingCohort(page)); await scrollTo(page, 'Cohorts'); },
  'training-attempt': async (page) => {
    await page.getByRole('link', { name: 'Resume P-02' }).click();
  },
  'network': async (page) => { await once('network', () => peerNetwork(page)); await scrollTo(page, 'Figures', 3); },
  'network-map': async (page) => {
    await once('network', () => peerNetwork(page));
    await page.getByRole('radio', { name: 'Map' }).check();
    await scrollToViews(page);
  },
  'network-table': async (page) => {
    await once('network', () => peerNetwork(page));
    await page.getByRole('radio', { name: 'Table' }).check();
    await scrollToViews(page);
  },
  'merge-preview': async (page) => { await mergePreview(page); await scrollTo(page, /^Merge preview/); },
  'merge-log': async (page) => {
    await mergePreview(page);
    await page.getByRole('radio', { name: /^Take theirs: No agency owns/ }).check();
    await page.getByLabel('Whose file is this? (optional, for the merge log)').fill('Second reviewer');
    await page.getByRole('button', { name: 'Apply merge' }).click();
    await expect(page.getByRole('list', { name: 'Merges, newest first' })).toContainText('Second reviewer’s file');
    await scrollTo(page, 'Team work');
  },
};
