/**
 * A generated peer network at Crest's scale and beyond (issue 15's bench: 2,000 people,
 * 500 incidents, 1,000 institutions), as the template's four CSV texts. Deterministic
 * (a seeded generator), so every run measures the same network: each person attends one
 * to three institutions with attendance periods, and each incident has two to five people.
 */
import type { NetworkFiles } from '../../renderer/src/domain/network/index.ts';

export const NETWORK_SCALE = { people: 2000, incidents: 500, institutions: 1000 } as const;

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ROLES = ['victim', 'perpetrator', 'witness', 'other'];
const day = (n: number) => new Date(Date.UTC(2015, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

export function generateNetwork(scale: { people: number; incidents: number; institutions: number } = NETWORK_SCALE, seed = 15): NetworkFiles {
  const next = random(seed);
  const pick = (n: number) => Math.floor(next() * n);
  const people = ['id,label,group', ...Array.from({ length: scale.people }, (_, i) => `P${i},YP${i},Cohort ${i % 7}`)];
  const incidents = ['id,label,kind,date', ...Array.from({ length: scale.incidents }, (_, i) => `I${i},Incident ${i},stabbing,${day(pick(3000))}`)];
  const institutions = ['id,label,kind', ...Array.from({ length: scale.institutions }, (_, i) => `S${i},Institution ${i},${i % 5 === 0 ? 'pupil referral unit' : 'school'}`)];
  const links = ['person,target,role,from,to'];
  for (let p = 0; p < scale.people; p++) {
    const count = 1 + pick(3);
    for (let k = 0; k < count; k++) {
      const start = pick(2500);
      const open = next() < 0.2;
      links.push(`P${p},S${pick(scale.institutions)},,${day(start)},${open ? '' : day(start + 100 + pick(700))}`);
    }
  }
  for (let i = 0; i < scale.incidents; i++) {
    const count = 2 + pick(4);
    for (let k = 0; k < count; k++) links.push(`P${pick(scale.people)},I${i},${ROLES[pick(4)]},,`);
  }
  return { people: `${people.join('\r\n')}\r\n`, incidents: `${incidents.join('\r\n')}\r\n`, institutions: `${institutions.join('\r\n')}\r\n`, links: `${links.join('\r\n')}\r\n` };
}
