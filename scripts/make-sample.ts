/**
 * Builds the fictional sample review shipped in templates/samples/ (run with
 * `node --experimental-strip-types scripts/make-sample.ts`). Sallowmere, Corvinshire and
 * every organisation, place and person in it are invented. The content is written here
 * as structured data; identifiers, dates and instants are fixed and every excerpt's
 * offsets are found in its engagement's notes, so the output is the same on every run.
 * scripts/make-sample.test.ts checks that the committed file matches this script.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseReviewFile, serialiseReviewFile } from '../renderer/src/domain/reviewFile.ts';
import type {
  Action, ActionUpdate, Agency, Engagement, Excerpt, Finding, Recommendation, ReviewFile, Sector, Theme,
} from '../renderer/src/domain/reviewFile.ts';

// ---------------------------------------------------------------------------------------
// Identifiers: lower-case UUID v4 strings built from a group (one per collection) and a
// counter, e.g. agencies are 00000000-0000-4000-8002-000000000001, …0002 and so on.
// ---------------------------------------------------------------------------------------

const GROUP = {
  review: 0, reviewer: 1, agency: 2, theme: 3, engagement: 4, excerpt: 5, finding: 6, recommendation: 7, action: 8,
} as const;

function fixedId(group: number, n: number): string {
  return `00000000-0000-4000-8${group.toString(16).padStart(3, '0')}-${n.toString(16).padStart(12, '0')}`;
}

/** Turns a list of keyed items into key → id, failing loudly on a repeated key. */
function idsFor(group: number, keys: readonly string[]): Map<string, string> {
  const ids = new Map<string, string>();
  keys.forEach((key, index) => {
    if (ids.has(key)) throw new Error(`duplicate key ${key}`);
    ids.set(key, fixedId(group, index + 1));
  });
  return ids;
}

function lookup(ids: ReadonlyMap<string, string>, key: string, what: string): string {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`unknown ${what} key "${key}"`);
  return id;
}

/** Lower-case, hyphenated file-name form of an area name: "Sallowmere" → "sallowmere". */
export function slugify(value: string): string {
  return value.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

// ---------------------------------------------------------------------------------------
// The review
// ---------------------------------------------------------------------------------------

const AREA = 'Sallowmere';
const CREATED_AT = '2026-02-16T10:20:00.000Z';
const UPDATED_AT = '2026-04-24T15:10:00.000Z';
const EXPORTED_AT = '2026-04-24T15:12:00.000Z';

const REVIEWERS = [
  { key: 'lead', name: 'Claire Ashdown', role: 'Lead reviewer, Violence and Vulnerability Unit' },
  { key: 'second', name: 'Daniel Whitlock', role: 'Reviewer, Violence and Vulnerability Unit' },
] as const;

type ReviewerKey = (typeof REVIEWERS)[number]['key'];

const TERMS_OF_REFERENCE = 'The Safer Sallowmere Partnership asked the Violence and Vulnerability Unit to carry out a rapid Local Review of how partners in Sallowmere identify and protect young people aged 10 to 25 who are at risk of serious violence, county lines and exploitation. The review draws on the knowledge and views of front-line practitioners, managers and young people, gathered through interviews, focus groups, workshops and the observation of a MACE panel, and on a reading of the partnership’s main strategies, protocols and data. It looks in particular at the bus station and town centre, the use of exclusion and alternative provision, return-home interviews, the part played by health services and the move from children’s to adults’ services. It reports strengths, gaps, barriers and communication problems, and makes practical recommendations with an action plan the partnership can track. The findings reflect what practitioners told the reviewers during a two-week fieldwork period; the review is not an inspection and does not audit individual cases.';

const LOCAL_DEFINITION = 'For the Serious Violence Duty, Sallowmere treats as serious violence any violence in public places that causes, or risks causing, serious injury: offences involving a knife or other weapon, robbery, and violence connected with drug supply or with the exploitation of children and vulnerable adults. Domestic abuse and sexual violence are covered by their own partnership strategies, which the review draws on where they overlap.';

// ---------------------------------------------------------------------------------------
// Agencies (all fictional)
// ---------------------------------------------------------------------------------------

const AGENCIES = [
  { key: 'csp', name: 'Safer Sallowmere Partnership', sector: 'strategic' },
  { key: 'cst', name: 'Sallowmere Borough Council – Community Safety Team', sector: 'community-safety' },
  { key: 'policeNeighbourhood', name: 'Corvinshire Police – Sallowmere Neighbourhood Policing Team', sector: 'police' },
  { key: 'policeExploitation', name: 'Corvinshire Police – Exploitation and Missing Persons Team (North)', sector: 'police' },
  { key: 'csc', name: "Sallowmere Borough Council – Children's Social Care", sector: 'children-social-care' },
  { key: 'education', name: 'Sallowmere Borough Council – Education and Inclusion Service', sector: 'education' },
  { key: 'pru', name: 'Sallowmere Learning Centre (pupil referral unit)', sector: 'education' },
  { key: 'yjs', name: 'Sallowmere Youth Justice Service', sector: 'youth-justice' },
  { key: 'ed', name: 'North Corvinshire Hospitals NHS Trust – Emergency Department, Sallowmere General', sector: 'health' },
  { key: 'camhs', name: 'Corvinshire Healthcare NHS Foundation Trust – CAMHS', sector: 'health' },
  { key: 'publicHealth', name: 'Sallowmere Borough Council – Public Health', sector: 'public-health' },
  { key: 'housing', name: 'Sallowmere Borough Council – Housing Options and Tenancy Services', sector: 'housing' },
  { key: 'youthService', name: 'Sallowmere Youth Service', sector: 'youth-services' },
  { key: 'vcs', name: 'Lockside Youth Trust', sector: 'voluntary-community' },
  { key: 'asc', name: 'Sallowmere Borough Council – Adult Social Care', sector: 'adult-social-care' },
] as const satisfies readonly { key: string; name: string; sector: Sector }[];

type AgencyKey = (typeof AGENCIES)[number]['key'];

// ---------------------------------------------------------------------------------------
// Themes: listed parents first; `order` is the position among siblings.
// ---------------------------------------------------------------------------------------

const THEMES = [
  { key: 'countyLines', name: 'County lines', description: 'Drug lines running into and out of the borough, the use of local children and adults to run them, and cuckooing.' },
  { key: 'violence', name: 'Youth violence and knife crime', description: 'Where, when and why young people are hurt or hurt others, and why some carry weapons.' },
  { key: 'exploitation', name: 'Vulnerability and exploitation', description: 'How children and young adults come to be exploited, and how well partners see and protect them.' },
  { key: 'cce', parent: 'exploitation', name: 'Child criminal exploitation (CCE)', description: 'Children used by others to carry, store or sell drugs, cash or weapons.' },
  { key: 'cse', parent: 'exploitation', name: 'Child sexual exploitation (CSE)', description: 'Sexual exploitation, including girls drawn in through older males, debt or drug lines.' },
  { key: 'missing', parent: 'exploitation', name: 'Missing from home or care', description: 'Missing episodes, return-home interviews and what they add to the picture of risk.' },
  { key: 'identification', name: 'Identification and risk assessment', description: 'How early the signs are noticed, how referrals are judged and whether risk is understood across agencies.' },
  { key: 'infoSharing', name: 'Information sharing and communication', description: 'Whether the right information reaches the right people in time, and whether anyone hears back.' },
  { key: 'multiAgency', name: 'Multi-agency working and governance', description: 'MACE, the partnership’s strategies and boards, and how agencies work together day to day.' },
  { key: 'education', name: 'Education', description: 'Exclusions, part-time timetables, managed moves and the pupil referral unit.' },
  { key: 'health', name: 'Health', description: 'The emergency department, CAMHS and the health response to trauma and exploitation.' },
  { key: 'transitions', name: 'Transitions', description: 'The move from children’s to adults’ services at 18, and other points where support changes hands.' },
  { key: 'places', name: 'Places and the night-time economy', description: 'The bus station, the Wharf Street late-night strip and other places where young people are at risk.' },
] as const satisfies readonly { key: string; name: string; description: string; parent?: string }[];

type ThemeKey = (typeof THEMES)[number]['key'];

// ---------------------------------------------------------------------------------------
// Engagements and the passages coded from their notes. Notes are as typed on the day;
// an excerpt's text must appear exactly once in its engagement's notes.
// ---------------------------------------------------------------------------------------

interface ExcerptSpec {
  key: string;
  text: string;
  themes: ThemeKey[];
  kind: Excerpt['kind'];
  quote: boolean;
  /**
   * Who said it, in a session with several agencies. Left out where the notes do not say
   * (the room as a whole, or the reviewers' own reading of documents and a meeting), so
   * the sample shows passages that are not attributed too.
   */
  speaker?: AgencyKey;
}

interface EngagementSpec {
  key: string;
  kind: Engagement['kind'];
  title: string;
  date: string;
  agencies: AgencyKey[];
  roles: string[];
  participantCount: number;
  reviewers: ReviewerKey[];
  durationMinutes: number;
  notes: string;
  excerpts: ExcerptSpec[];
}

const ENGAGEMENTS: EngagementSpec[] = [
  {
    key: 'partnershipLeads',
    kind: 'interview',
    title: 'Partnership leads: community safety and public health',
    date: '2026-03-09',
    agencies: ['csp', 'cst', 'publicHealth'],
    roles: ['Community Safety Partnership manager', 'Head of community safety', 'Consultant in public health'],
    participantCount: 3,
    reviewers: ['lead', 'second'],
    durationMinutes: 75,
    notes: `Start 10:05. CSP mgr, head of comm safety, PH consultant.
Context: knife crime with injury up approx 30% over 2 yrs (their figure, police data to confirm). Two stabbings near the bus station last autumn, one a 16-year-old victim. Public concern high, local paper running a campaign.
CSP board meets quarterly. Serious Violence Duty work led by PH - strategic needs assessment done last year, response strategy agreed in Dec but "it lives on the council website and nobody on the front line has read it".
PH consultant: SNA drew on police + ED + YJS data but no education data (schools wouldn't share attendance/exclusions at pupil level in time). Want to refresh it this year.
Funding: most youth provision short-term, grants via the PCC one year at a time. Detached youth work cut to 2 evenings/wk in 2024.
What they want the review to test:
- county lines from the city using the train + bus interchange
- whether MACE is working - referrals up, feels like a talking shop
- exclusions, esp. Year 9-10 boys
- whether health is at the table at all
Good: strong relationship between CSP and police district cmdr, joint tasking every fortnight. Community safety team co-located with neighbourhood police at the civic centre since 2025 - "we can walk across the room and sort it".
Governance: MACE reports to the safeguarding children partnership, not the CSP. CSP mgr not sure anyone joins up the two. Overlapping action plans (SV strategy, exploitation strategy, youth justice plan).
Ask: practical recs please, not another strategy.`,
    excerpts: [
      { key: 'stabbings', text: 'Two stabbings near the bus station last autumn, one a 16-year-old victim.', themes: ['violence', 'places'], kind: 'context', quote: false, speaker: 'cst' },
      { key: 'councilWebsite', text: 'it lives on the council website and nobody on the front line has read it', themes: ['multiAgency', 'infoSharing'], kind: 'communication', quote: true, speaker: 'csp' },
      { key: 'walkAcross', text: 'we can walk across the room and sort it', themes: ['multiAgency'], kind: 'good-practice', quote: true, speaker: 'cst' },
    ],
  },
  {
    key: 'neighbourhoodPolice',
    kind: 'focus-group',
    title: 'Neighbourhood policing team',
    date: '2026-03-09',
    agencies: ['policeNeighbourhood'],
    roles: ['Neighbourhood sergeant', 'Police constable', 'Police community support officer'],
    participantCount: 6,
    reviewers: ['second'],
    durationMinutes: 90,
    notes: `NPT focus group - 1 sgt, 3 PCs, 2 PCSOs. At the civic centre.
Bus station = the hotspot. After school 3:30–5pm big groups from 4 or 5 schools mix while waiting for buses, plus older males (18–25) hanging round the interchange. PCSOs see younger ones "running" for older ones - going to the shop for them, carrying bags.
Trains from the city: known lines come in on the Fri evening train, use the underpass by the station. 3 DDTROs last yr (good result).
Cuckooing: at least 4 addresses on the Kestrel Court estate in 6 months, mostly vulnerable adults w/ learning disability or drug use. "By the time we know about it the door’s been kicked in and they’ve moved on."
Wharf Street (bars, takeaways, late licences till 3am Fri/Sat) - violence mostly adult NTE stuff but under-18s seen there late, some clearly not with family. No taxi marshals since funding ended.
Intel: PCSOs submit lots but never hear back - "it goes into a black hole". Sgt agreed, triaged centrally and feedback isn't built in.
Stop search: yp complain about being stopped at the bus station. Officers know relationships are poor with some groups.
School liaison PC post was vacant 8 months – now filled, officers say it has made a difference already.
Knives: mostly kitchen knives. Some found hidden in bushes by the bus station and in the park - "stash" behaviour.
Early help: officers don't know how to refer to early help directly, go via MASH for everything.`,
    excerpts: [
      { key: 'afterSchool', text: 'After school 3:30–5pm big groups from 4 or 5 schools mix while waiting for buses, plus older males (18–25) hanging round the interchange.', themes: ['places', 'countyLines'], kind: 'context', quote: false },
      { key: 'doorKicked', text: 'By the time we know about it the door’s been kicked in and they’ve moved on.', themes: ['countyLines', 'exploitation'], kind: 'gap', quote: true },
      { key: 'blackHole', text: 'it goes into a black hole', themes: ['infoSharing'], kind: 'communication', quote: true },
    ],
  },
  {
    key: 'exploitationTeam',
    kind: 'interview',
    title: 'Exploitation and missing persons team',
    date: '2026-03-10',
    agencies: ['policeExploitation'],
    roles: ['Detective sergeant, exploitation team', 'Missing persons coordinator'],
    participantCount: 2,
    reviewers: ['lead'],
    durationMinutes: 60,
    notes: `DS + missing coordinator. Team of 6 covering the whole north of the county, not just Sallowmere.
Missing: Sallowmere has the highest rate of repeat missing episodes for under-18s in the north of the county. Small cohort (approx 20 yp) accounts for most episodes, many in children’s homes, several placed from outside the county.
Return home interviews commissioned by CSC from a VCS provider. Standard is 72 hrs. Coordinator says RHIs often come back 2–3 weeks later, by which time the info is stale. "We find out on a Monday what was said about a Friday three weekends ago."
RHI content doesn’t routinely reach police - has to be asked for. Locations and associates named in RHIs would be gold for intel.
MACE: police co-chair. Good attendance from CSC, YJS, education. Health rarely. Referrals up 60% in a year, 25+ children per meeting, each gets about 5 mins.
"MACE has become the place you send a worry so it’s shared, not the place where a plan gets made."
NRM: police submit most referrals. Decisions take many months; useful in court but the yp don’t feel any benefit.
Good: disruption - child abduction warning notices used well, joint visits w/ CSC adolescent team, good working with BTP at the station. Intel-led plans on 2 lines this year.
Gap: girls. DS thinks CSE, and girls used in lines (carrying, holding), are under-identified - "we see the boys because they get arrested".`,
    excerpts: [
      { key: 'rhiLate', text: 'RHIs often come back 2–3 weeks later, by which time the info is stale.', themes: ['missing', 'infoSharing'], kind: 'gap', quote: false },
      { key: 'monday', text: 'We find out on a Monday what was said about a Friday three weekends ago.', themes: ['missing', 'infoSharing'], kind: 'communication', quote: true },
      { key: 'talkingShop', text: 'MACE has become the place you send a worry so it’s shared, not the place where a plan gets made.', themes: ['multiAgency', 'exploitation'], kind: 'issue', quote: true },
      { key: 'seeTheBoys', text: 'we see the boys because they get arrested', themes: ['cse', 'identification'], kind: 'gap', quote: true },
    ],
  },
  {
    key: 'childrensSocialCare',
    kind: 'workshop',
    title: "Children's social care practitioner workshop",
    date: '2026-03-10',
    agencies: ['csc'],
    roles: ['Team manager, adolescent safeguarding team', 'Social worker', 'Early help practitioner', 'Independent reviewing officer', 'Return home interview worker'],
    participantCount: 9,
    reviewers: ['lead', 'second'],
    durationMinutes: 120,
    notes: `9 attendees: TM adolescent team, 4 SWs, 2 early help practitioners, IRO, RHI worker.
Adolescent safeguarding team set up 2024 – practitioners positive, smaller caseloads (approx 12–14), contextual safeguarding approach, assessments look at peers, school and places, not just home.
"The adolescent team is the best thing we’ve done – but you only get to us once it’s already bad."
Thresholds: early help say exploitation concerns bounce between EH and social care. Example: school referral about a 13-year-old carrying cash and a 2nd phone – screened as early help, 6 wks later arrested in another county.
Parents: many families feel blamed. Parenting offer is generic, nothing specific on exploitation. One SW: "parents ring the police when their child goes missing and then get a visit from social care – so they stop ringing".
RHI worker: 1.5 FTE for the whole borough plus out-of-area placements. Can’t meet 72 hrs. Yp often refuse an RHI with someone they don’t know.
Info sharing: SWs say police intel isn’t shared before MACE, they hear things at the meeting for the first time. Papers go out the day before, sometimes on the day.
Out-of-area: children placed into Sallowmere by other LAs – home LA often doesn’t notify, local team finds out when the child goes missing.
Good: trauma-informed training rolled out across the service and SWs say they use it. Safety mapping with yp.`,
    excerpts: [
      { key: 'adolescentTeam', text: 'Adolescent safeguarding team set up 2024 – practitioners positive, smaller caseloads (approx 12–14), contextual safeguarding approach', themes: ['exploitation', 'multiAgency'], kind: 'good-practice', quote: false },
      { key: 'referral13', text: 'school referral about a 13-year-old carrying cash and a 2nd phone – screened as early help, 6 wks later arrested in another county', themes: ['identification', 'cce'], kind: 'gap', quote: false },
      { key: 'parentsRing', text: 'parents ring the police when their child goes missing and then get a visit from social care – so they stop ringing', themes: ['missing'], kind: 'barrier', quote: true },
    ],
  },
  {
    key: 'schoolLeads',
    kind: 'focus-group',
    title: 'Secondary school safeguarding leads',
    date: '2026-03-11',
    agencies: ['education'],
    roles: ['Designated safeguarding lead (secondary school)', 'Head of year', 'Inclusion manager', 'Attendance officer'],
    participantCount: 8,
    reviewers: ['second'],
    durationMinutes: 90,
    notes: `8 staff from 5 of the 7 secondaries (the 2 academies in the same trust didn’t come). Plus LA attendance officer.
Exclusions: permanent exclusions up, most Year 9–10 boys, "persistent disruptive behaviour". DSLs say a lot of it links to stuff outside school - fights that start on the bus or online and carry on in the corridor.
Part-time timetables: used more than anyone admits. "Some of ours are in for two hours a day and nobody knows where they are the rest of it."
Managed moves between schools informal, little tracking. One DSL: a managed move put a boy in the same school as the group he was being targeted by.
Info coming back: schools refer to MASH but don’t hear the outcome. Not invited to MACE unless they made the referral. "We’re the ones who see them every day and we’re the last to know."
School liaison officer back in post - really valued, good for quick advice.
Bus station at home time worries all of them. Staff do duty at the stops near school but the bus station is "no-one’s patch".
Training: DSLs have had county lines awareness, wider staff haven’t - lunchtime supervisors, reception, site staff would spot things.
Good: one school runs a mentoring scheme w/ Lockside Youth Trust for Year 8s at risk, staff rate it highly. Funding ends July.
Academy trust policies differ from LA schools, so a common approach to exclusions is hard.`,
    excerpts: [
      { key: 'twoHours', text: 'Some of ours are in for two hours a day and nobody knows where they are the rest of it.', themes: ['education', 'cce'], kind: 'issue', quote: true },
      { key: 'managedMove', text: 'a managed move put a boy in the same school as the group he was being targeted by', themes: ['education', 'violence'], kind: 'gap', quote: false },
      { key: 'lastToKnow', text: 'We’re the ones who see them every day and we’re the last to know.', themes: ['infoSharing', 'education'], kind: 'communication', quote: true },
    ],
  },
  {
    key: 'pru',
    kind: 'interview',
    title: 'Pupil referral unit leadership',
    date: '2026-03-11',
    agencies: ['pru'],
    roles: ['Headteacher, pupil referral unit', 'Pastoral lead'],
    participantCount: 2,
    reviewers: ['second'],
    durationMinutes: 60,
    notes: `Head + pastoral lead, Sallowmere Learning Centre. Places for 60, 71 on roll incl. dual-registered.
Site is on the ring road industrial estate, 2 buses from most of the borough. Pupils go through the bus station twice a day. Head: "we’re putting the most vulnerable kids in the borough through the most dangerous place in the borough at the same time every day".
Recruitment at the gate – cars waiting at the end of the day, older lads. Staff have passed regs to police, feedback patchy.
Attendance avg 58%. Absent pupils not always followed up same day - 1 attendance worker.
Good: small classes, strong relationships, pastoral lead knows the families well. YJS youth worker runs a weekly group on site. Speech and language screening on entry shows a lot of unmet need.
Return to mainstream rare - "once they’re here they rarely go back". Post-16: many NEET, FE college won’t take some with violence on their record.
Info: exclusion paperwork arrives late, sometimes with no safeguarding file - "we start from scratch with a child who’s already known to four agencies".
MACE: PRU not a standing member even though about a third of the MACE cohort attend or have attended the PRU (their estimate, not checked).`,
    excerpts: [
      { key: 'vulnerableKids', text: 'we’re putting the most vulnerable kids in the borough through the most dangerous place in the borough at the same time every day', themes: ['places', 'education'], kind: 'issue', quote: true },
      { key: 'fromScratch', text: 'we start from scratch with a child who’s already known to four agencies', themes: ['infoSharing', 'education'], kind: 'communication', quote: true },
      { key: 'pruNotMember', text: 'PRU not a standing member even though about a third of the MACE cohort attend or have attended the PRU', themes: ['multiAgency', 'education'], kind: 'gap', quote: false },
    ],
  },
  {
    key: 'youthJustice',
    kind: 'interview',
    title: 'Youth Justice Service',
    date: '2026-03-12',
    agencies: ['yjs'],
    roles: ['Head of youth justice service', 'YJS case manager', 'Speech and language therapist'],
    participantCount: 3,
    reviewers: ['lead'],
    durationMinutes: 75,
    notes: `Head of service, case manager, SALT.
Caseload approx 45 statutory + 30 prevention/out-of-court. Knife possession the most common offence in the statutory cohort.
Child First approach embedded, all staff trained in trauma-informed practice. Enhanced case management for the most complex, with monthly psychology consultation. Staff very positive about it.
SALT embedded: most children assessed have speech, language or communication needs nobody picked up before - "most of them have been through school without anyone noticing they can’t follow a verbal instruction".
Prevention: referrals from police for low-level offending. Case manager thinks prevention is where they could make most difference but it’s all short-term money.
Exclusions: big overlap. Most statutory cohort excluded or on a part-time timetable at the point of offence, many offences in school hours.
Info sharing: YJS on MACE, good link with adolescent team. But no ED attendance info - a child they supervise can turn up at A&E with a stab wound and they hear days later via police.
Transitions: at 18 cases move to probation. Handover meeting happens but the relationship is lost. "He’d finally trusted someone and then he turned eighteen on a Tuesday."
Custody: low numbers, resettlement plans generally good.`,
    excerpts: [
      { key: 'childFirst', text: 'Child First approach embedded, all staff trained in trauma-informed practice. Enhanced case management for the most complex, with monthly psychology consultation.', themes: ['violence', 'multiAgency'], kind: 'good-practice', quote: false },
      { key: 'statutoryCohort', text: 'Most statutory cohort excluded or on a part-time timetable at the point of offence, many offences in school hours.', themes: ['education', 'violence'], kind: 'issue', quote: false },
      { key: 'tuesday', text: 'He’d finally trusted someone and then he turned eighteen on a Tuesday.', themes: ['transitions'], kind: 'barrier', quote: true },
    ],
  },
  {
    key: 'emergencyDepartment',
    kind: 'interview',
    title: 'Emergency department',
    date: '2026-03-12',
    agencies: ['ed'],
    roles: ['Consultant in emergency medicine', 'Safeguarding children nurse specialist'],
    participantCount: 2,
    reviewers: ['second'],
    durationMinutes: 45,
    notes: `ED consultant + safeguarding nurse at Sallowmere General. Short - consultant called back to the floor after 40 mins.
Sharps injuries in under-25s: approx 2-3 a month, plus more assaults with blunt objects. Peak Fri/Sat nights, lines up with Wharf Street closing time.
No youth worker or navigator in ED. Staff know about programmes in big city EDs - "the teachable moment happens at 2am on a Saturday and there’s nobody here to have the conversation".
Safeguarding: under-18s with assault injuries get a MASH referral, nurse does these next working day. Weekend cases not picked up till Monday.
Data: ED records assault location at triage but it isn’t shared with the CSP. Nurse thinks an information sharing agreement was talked about years ago, never signed. Consultant keen to do it.
Feedback: ED never hears what happens after a referral - "we send it off and it disappears". Same child can attend 3 times before anyone joins it up.
Not invited to MACE. Named nurse covers two hospitals, couldn't attend every meeting anyway.
16- and 17-year-olds sometimes go through the adult stream, so the safeguarding flag can be missed.
Good: nurse has a strong link with MASH, can phone and get a quick answer. Flags on the record for children on a CP plan.`,
    excerpts: [
      { key: 'teachableMoment', text: 'the teachable moment happens at 2am on a Saturday and there’s nobody here to have the conversation', themes: ['health', 'violence'], kind: 'gap', quote: true },
      { key: 'assaultData', text: 'ED records assault location at triage but it isn’t shared with the CSP', themes: ['health', 'infoSharing'], kind: 'gap', quote: false },
    ],
  },
  {
    key: 'camhs',
    kind: 'focus-group',
    title: 'CAMHS and mental health support in schools',
    date: '2026-03-13',
    agencies: ['camhs'],
    roles: ['CAMHS clinical team lead', 'Mental health practitioner', 'Mental health support team practitioner (schools)'],
    participantCount: 3,
    reviewers: ['lead'],
    durationMinutes: 60,
    notes: `CAMHS TL, 1 MH practitioner, 1 MHST practitioner working in schools.
Waits: approx 20 wks for a routine assessment, urgent pathway ok. Many exploited yp don’t meet CAMHS criteria - they present as behaviour or substance use rather than "mental illness".
"They don’t fit our front door. They’re angry, they don’t turn up, they’re not depressed in the way our criteria are written."
DNA policy: two missed appointments and discharged back to the GP. Team know this is wrong for this group; some flexibility but depends on the clinician.
Trauma: many have seen violence or lost someone (a recent death of a 17-year-old affected a whole friendship group). No clear offer after a traumatic incident in the community.
MHST in 4 schools only, not the PRU.
Exploitation awareness in CAMHS mixed - clinicians don’t always ask who yp spend time with, money, phones.
No CAMHS rep at MACE – TL wasn’t aware MACE existed until last year.
Good: joint clinic pilot w/ YJS - a CAMHS clinician sits in the YJS office one day a week and offers consultation to case managers. Case managers find it very useful. Pilot ends Sept.
Young people’s substance misuse service is separate; referrals between the two are slow.`,
    excerpts: [
      { key: 'frontDoor', text: 'They don’t fit our front door. They’re angry, they don’t turn up, they’re not depressed in the way our criteria are written.', themes: ['health', 'identification'], kind: 'barrier', quote: true },
      { key: 'noCamhsMace', text: 'No CAMHS rep at MACE – TL wasn’t aware MACE existed until last year.', themes: ['health', 'multiAgency'], kind: 'gap', quote: false },
      { key: 'jointClinic', text: 'a CAMHS clinician sits in the YJS office one day a week and offers consultation to case managers', themes: ['health', 'multiAgency'], kind: 'good-practice', quote: false },
    ],
  },
  {
    key: 'practitionerWorkshop',
    kind: 'workshop',
    title: 'Multi-agency practitioner workshop',
    date: '2026-03-16',
    agencies: ['policeNeighbourhood', 'policeExploitation', 'csc', 'education', 'pru', 'yjs', 'youthService', 'vcs', 'housing', 'cst'],
    roles: ['Social worker', 'Designated safeguarding lead', 'Police constable', 'YJS case manager', 'Youth worker', 'Housing officer', 'Community safety officer', 'Mentor (voluntary sector)'],
    participantCount: 22,
    reviewers: ['lead', 'second'],
    durationMinutes: 180,
    notes: `22 practitioners, 10 agencies, 3 tables. Scenario: 14-year-old, missing twice, new trainers, excluded, seen at the bus station with older males.
Table exercise - who would know what, and when:
- school would know about absence and the trainers in week 1
- police might have a stop or intel from the bus station
- YJS not involved yet
- youth worker might know from detached sessions
No table could say where these pieces come together before a crisis. "Everyone holds a piece of the jigsaw and nobody has the box lid."
MACE referral form: 14 pages, takes 2 hrs. Several practitioners said they don’t refer because of the form - they ring the adolescent team informally instead.
Consent: confusion about sharing without consent - some think GDPR stops them sharing with VCS partners. Housing officer said they had never been told they could share with MASH.
Strategy: asked who knew there was a serious violence strategy - 3 of 22 hands.
Good practice table: adolescent team, school liaison PC, YJS/CAMHS clinic, detached youth work "when it happens". Lots of goodwill, people know each other personally - "it works because of relationships, not because of systems".
Suggestions from the room: a short referral form; one contact point for exploitation advice; a shared briefing after serious incidents; someone at the bus station after school every day.`,
    excerpts: [
      { key: 'jigsaw', text: 'Everyone holds a piece of the jigsaw and nobody has the box lid.', themes: ['identification', 'infoSharing'], kind: 'gap', quote: true, speaker: 'csc' },
      { key: 'referralForm', text: 'MACE referral form: 14 pages, takes 2 hrs. Several practitioners said they don’t refer because of the form', themes: ['multiAgency', 'identification'], kind: 'barrier', quote: false },
      { key: 'strategyHands', text: 'asked who knew there was a serious violence strategy - 3 of 22 hands', themes: ['multiAgency'], kind: 'communication', quote: false },
      { key: 'relationships', text: 'it works because of relationships, not because of systems', themes: ['multiAgency'], kind: 'good-practice', quote: true, speaker: 'vcs' },
    ],
  },
  {
    key: 'housing',
    kind: 'interview',
    title: 'Housing options and tenancy services',
    date: '2026-03-16',
    agencies: ['housing'],
    roles: ['Housing options team leader', 'Tenancy sustainment officer'],
    participantCount: 2,
    reviewers: ['second'],
    durationMinutes: 60,
    notes: `Housing options TL + tenancy sustainment officer.
Temporary accommodation: two large TA blocks near the station (converted offices). Other boroughs place families here because it's cheaper - approx 140 out-of-area households at present. Housing often told only the address, not the household's needs or any safeguarding history.
"We've had families arrive on a Friday afternoon with a teenager on a child protection plan and we found out from the school three weeks later."
Cuckooing: tenancy officers see it first - new faces, doors propped open, neighbours complaining about footfall. Same flats on Kestrel Court used again and again. Officers report to police via 101, response inconsistent. No agreed cuckooing protocol between housing and police, though one was drafted in 2023.
Housing not on MACE or the exploitation subgroup. Has a safeguarding lead but frontline officers have only had e-learning on exploitation.
Moves for safety: where a family has to move because a child is under threat there is no fast track - can take months. One family waited 5 months after their son was stabbed.
Good: tenancy sustainment team visits vulnerable adults weekly, good links with adult social care.
Care leavers at 18 - housing say they get late notice, sometimes only weeks before the 18th birthday.`,
    excerpts: [
      { key: 'familiesArrive', text: "We've had families arrive on a Friday afternoon with a teenager on a child protection plan and we found out from the school three weeks later.", themes: ['infoSharing', 'exploitation'], kind: 'communication', quote: true },
      { key: 'cuckooProtocol', text: 'No agreed cuckooing protocol between housing and police, though one was drafted in 2023.', themes: ['countyLines', 'multiAgency'], kind: 'gap', quote: false },
    ],
  },
  {
    key: 'youthWork',
    kind: 'focus-group',
    title: 'Youth service and voluntary sector',
    date: '2026-03-17',
    agencies: ['youthService', 'vcs'],
    roles: ['Detached youth worker', 'Youth centre coordinator', 'Mentoring coordinator', 'Sessional youth worker'],
    participantCount: 5,
    reviewers: ['lead'],
    durationMinutes: 90,
    notes: `Youth service (3) + Lockside Youth Trust (2).
Detached: 2 evenings a week now (was 4). Tue + Thu – not Fri/Sat when it matters most. Team covers the bus station, the park and the Wharf Street end of the high street.
"The kids at the bus station know us by name. That took three years. If the funding goes in March it’s gone overnight."
Yp tell youth workers things they won’t tell police or school - who is paying them, who they owe. Youth workers unsure where to take it: a MASH referral feels too heavy, an intel form to police feels like betraying trust.
Lockside mentoring: 1:1 mentors for 11–16s, 40 places, waiting list of 25. Mostly referred by schools. Mentors with lived experience valued by yp.
Funding: all grants 12 months or less. Turnover because of short contracts, lots of time spent writing bids.
Not invited to MACE. Sometimes asked for info about a child, never told the outcome.
Girls: youth workers see girls at risk around older males with cars. Not the same picture as the boys - less visible, often starts online.
Youth centre on the Kestrel Court estate open 3 nights, well used.
Good: joint walkabouts with PCSOs a few times - worked well when planned together.`,
    excerpts: [
      { key: 'knowUs', text: 'The kids at the bus station know us by name. That took three years. If the funding goes in March it’s gone overnight.', themes: ['places', 'multiAgency'], kind: 'good-practice', quote: true, speaker: 'youthService' },
      { key: 'tueThu', text: 'Tue + Thu – not Fri/Sat when it matters most.', themes: ['places', 'violence'], kind: 'gap', quote: false, speaker: 'youthService' },
      { key: 'whereToTake', text: 'Youth workers unsure where to take it: a MASH referral feels too heavy, an intel form to police feels like betraying trust.', themes: ['infoSharing', 'identification'], kind: 'barrier', quote: false, speaker: 'youthService' },
    ],
  },
  {
    key: 'youngPeople',
    kind: 'young-people',
    title: 'Young people’s group, Kestrel Court youth centre',
    date: '2026-03-17',
    agencies: ['youthService'],
    roles: ['Young people (aged 14–17)', 'Youth worker (facilitator)'],
    participantCount: 8,
    reviewers: ['lead', 'second'],
    durationMinutes: 60,
    notes: `Kestrel Court youth centre, 7 yp (4 boys, 3 girls, aged 14–17) + youth worker. Youth worker led, we mostly listened. No names recorded, consent arranged by youth service.
Safety: all said the bus station is where they feel least safe, esp. after school and Fri nights. "You don’t go there on your own."
Knives: several knew people who carry "for protection", not to use. One said carrying makes you more of a target. Strong feeling that adults don’t get that it’s about fear.
Police: mixed. Stopped and searched at the bus station "for standing there". Liked the school police officer - "she actually talks to you".
School: two had been excluded. Said home all day is boring and that’s when "people message you". One on a part-time timetable said he goes to the bus station when school finishes for him at 11.
Social media: fights filmed and posted, then it carries on at school. Snap Map shows where everyone is.
What would help: somewhere to go Fri/Sat nights, youth workers at the bus station, jobs and work experience, adults who stick around. "Every time you get used to a worker they leave."
Girls said nobody asks them about older boys or men – everyone asks the boys about knives.`,
    excerpts: [
      { key: 'ownTheBus', text: 'You don’t go there on your own.', themes: ['places', 'violence'], kind: 'issue', quote: true },
      { key: 'talksToYou', text: 'she actually talks to you', themes: ['multiAgency'], kind: 'good-practice', quote: true },
      { key: 'partTime11', text: 'One on a part-time timetable said he goes to the bus station when school finishes for him at 11.', themes: ['education', 'places'], kind: 'issue', quote: false },
      { key: 'girlsAsk', text: 'Girls said nobody asks them about older boys or men – everyone asks the boys about knives.', themes: ['cse', 'identification'], kind: 'gap', quote: false },
    ],
  },
  {
    key: 'transitions',
    kind: 'interview',
    title: 'Transitions to adult services',
    date: '2026-03-18',
    agencies: ['asc', 'csc'],
    roles: ['Transitions social worker (adult social care)', 'Personal adviser, leaving care', 'Adult safeguarding lead'],
    participantCount: 3,
    reviewers: ['second'],
    durationMinutes: 60,
    notes: `Transitions SW (ASC), leaving care PA (CSC), adult safeguarding lead.
At 18: exploitation doesn’t stop but the framework changes - Care Act eligibility, different thresholds, no MACE equivalent for adults. Adult safeguarding lead: "Most of these young people won’t meet Care Act criteria, so on their birthday they fall off every list we have."
Care leavers have a PA but caseloads approx 25-30, mostly housing and benefits.
Transitions panel exists for young people with disabilities (from 14) - not used for exploitation. ASC would be open to widening it.
Example (no identifiers): a 17-year-old on MACE, high risk of CCE, closed to the adolescent team at 18 with no adult referral, arrested 2 months later for supply in another county.
Adult services have a vulnerable adults panel but it doesn’t take 18-25 exploitation referrals unless there’s a care and support need.
Probation: only link is the YJS handover; nothing for those never convicted.
Good: PA service stays in touch up to 25 if the young person wants, some strong relationships. Adult safeguarding lead keen, asked for a specific recommendation.
Housing at 18: see housing interview - late planning, some care leavers placed in TA next to the people exploiting them.`,
    excerpts: [
      { key: 'careAct', text: 'Most of these young people won’t meet Care Act criteria, so on their birthday they fall off every list we have.', themes: ['transitions', 'exploitation'], kind: 'gap', quote: true, speaker: 'asc' },
      { key: 'closedAt18', text: 'a 17-year-old on MACE, high risk of CCE, closed to the adolescent team at 18 with no adult referral, arrested 2 months later for supply in another county', themes: ['transitions', 'cce'], kind: 'gap', quote: false, speaker: 'csc' },
    ],
  },
  {
    key: 'documents',
    kind: 'document-review',
    title: 'Partnership documents and data',
    date: '2026-03-18',
    agencies: ['csp', 'csc', 'education', 'publicHealth', 'yjs'],
    roles: [],
    participantCount: 0,
    reviewers: ['lead'],
    durationMinutes: 240,
    notes: `Documents read:
1. Serious violence strategic needs assessment (PH, 2025)
2. Serious violence response strategy 2025–28 (CSP)
3. Exploitation strategy 2024–26 (safeguarding children partnership)
4. MACE terms of reference (2022) + last 6 months’ minutes
5. Missing children protocol (2021)
6. Suspensions and exclusions data, LA secondaries only, 2023/24 and 2024/25
7. YJS plan 2025/26
Observations:
- Three strategies with overlapping actions and different governance; no single action tracker. SV response strategy has 31 actions, 12 with no owner.
- SNA good on police and hospital data (ED data from the regional source, not local), nothing on girls, nothing from VCS or young people.
- MACE ToR out of date - still names a police unit that has since been restructured; no health or housing in the membership; no escalation route.
- Minutes: same children listed month after month with action "continue to monitor". Actions rarely dated.
- Missing protocol predates the adolescent team. RHI standard 72 hrs, but no performance data on RHI timeliness reported to any board.
- Exclusions: permanent exclusions in LA secondaries roughly doubled over 2 yrs; academies not included. Part-time timetables not recorded centrally.
- YJS plan strong - clear about the overlap with exclusions and SLCN.`,
    excerpts: [
      { key: 'threeStrategies', text: 'Three strategies with overlapping actions and different governance; no single action tracker.', themes: ['multiAgency'], kind: 'gap', quote: false },
      { key: 'snaGirls', text: 'SNA good on police and hospital data (ED data from the regional source, not local), nothing on girls, nothing from VCS or young people.', themes: ['identification', 'cse'], kind: 'gap', quote: false },
      { key: 'rhiData', text: 'no performance data on RHI timeliness reported to any board', themes: ['missing', 'multiAgency'], kind: 'gap', quote: false },
    ],
  },
  {
    key: 'maceObservation',
    kind: 'observation',
    title: 'MACE panel (observed)',
    date: '2026-03-19',
    agencies: ['csc', 'policeExploitation', 'education', 'yjs'],
    roles: ['MACE chair (children’s social care)', 'Police co-chair', 'Education safeguarding lead', 'YJS operational manager', 'Social worker', 'Police intelligence analyst'],
    participantCount: 12,
    reviewers: ['lead', 'second'],
    durationMinutes: 150,
    notes: `Observed March MACE. 12 present: CSC chair, police co-chair, LA education safeguarding lead, YJS manager, 6 SWs presenting, police analyst, minute taker. No health, no housing, no PRU, no VCS.
Agenda: 27 children. Papers sent 16:40 the day before.
About 4–5 mins per child. Mostly the SW reads an update, police add intel verbally - some clearly new to the SW ("I didn’t know he’d been stopped with her").
Chair good at keeping time; careful language (no "putting themselves at risk"). Police analyst did a 5-min briefing on locations – bus station, underpass, 2 addresses on Kestrel Court – useful, first time it’s been done according to the chair.
Actions: mostly "continue to monitor", "SW to update". Few with dates, few owned by other agencies.
Education rep had to check with schools after the meeting for nearly every child - schools not there.
Peer groups: 3 children on the agenda clearly linked (same incidents) but discussed separately at different points; no group or location mapping.
Disruption: 2 good examples of joint police + CSC plans with clear outcomes.
Ran 25 mins over; 4 children deferred to next month.
After: chair said the volume is unmanageable and wants a triage step before panel.`,
    excerpts: [
      { key: 'stoppedWithHer', text: 'I didn’t know he’d been stopped with her', themes: ['infoSharing', 'cce'], kind: 'communication', quote: true, speaker: 'csc' },
      { key: 'analystBriefing', text: 'Police analyst did a 5-min briefing on locations – bus station, underpass, 2 addresses on Kestrel Court – useful', themes: ['places', 'multiAgency'], kind: 'good-practice', quote: false, speaker: 'policeExploitation' },
      { key: 'linkedChildren', text: '3 children on the agenda clearly linked (same incidents) but discussed separately at different points; no group or location mapping.', themes: ['cce', 'identification'], kind: 'gap', quote: false },
      { key: 'noHealth', text: 'No health, no housing, no PRU, no VCS.', themes: ['multiAgency', 'health'], kind: 'gap', quote: false },
    ],
  },
];

// ---------------------------------------------------------------------------------------
// Findings, recommendations and the action plan
// ---------------------------------------------------------------------------------------

interface FindingSpec {
  key: string;
  theme: ThemeKey;
  kind: Finding['kind'];
  title: string;
  detail: string;
  excerpts: string[];
}

const FINDINGS: FindingSpec[] = [
  {
    key: 'infoToMace',
    theme: 'infoSharing',
    kind: 'communication',
    title: 'Information about children at risk arrives late and flows one way',
    detail: 'Schools, the pupil referral unit, youth workers, housing and neighbourhood officers all hold early signs of exploitation, but there is no agreed route for passing them on and little or no feedback once they have. At MACE, social workers often hear police intelligence for the first time, and papers reach members the afternoon before. Practitioners described the result as a picture that is only assembled once a child is already in crisis.',
    excerpts: ['stoppedWithHer', 'jigsaw', 'blackHole', 'lastToKnow', 'fromScratch', 'whereToTake', 'familiesArrive'],
  },
  {
    key: 'schoolDay',
    theme: 'education',
    kind: 'issue',
    title: 'Exclusion and part-time timetables leave children unsupervised during the school day',
    detail: 'Permanent exclusions in the council’s secondary schools have roughly doubled in two years, and part-time timetables are widely used but not recorded centrally. Most of the Youth Justice Service’s statutory cohort were out of full-time school when they offended. Young people and staff both describe the hours outside school as the time when children are contacted and used by others, and managed moves are arranged without checking who a child is at risk from.',
    excerpts: ['twoHours', 'managedMove', 'statutoryCohort', 'partTime11'],
  },
  {
    key: 'returnHome',
    theme: 'missing',
    kind: 'gap',
    title: 'Return-home interviews come too late to protect children or inform disruption',
    detail: 'The protocol expects return-home interviews within 72 hours, but the service has 1.5 posts for the whole borough and interviews are often completed weeks later. What children say is not routinely passed to the police, timeliness is not reported to any board, and some parents have stopped reporting their children missing because they feel judged when they do.',
    excerpts: ['rhiLate', 'monday', 'parentsRing', 'rhiData'],
  },
  {
    key: 'busStation',
    theme: 'places',
    kind: 'issue',
    title: 'The bus station is the borough’s main place of risk, and no agency owns it',
    detail: 'Every group raised the bus station and interchange. Pupils from several schools and the pupil referral unit pass through it at the same time as older males linked to drug lines; young people say they avoid going there alone. Detached youth work no longer covers Friday and Saturday evenings, and linked cuckooing on the Kestrel Court estate has no agreed housing and police protocol. The police analyst’s location briefing at MACE shows what a shared picture of these places could look like.',
    excerpts: ['stabbings', 'afterSchool', 'vulnerableKids', 'ownTheBus', 'tueThu', 'doorKicked', 'cuckooProtocol', 'analystBriefing'],
  },
  {
    key: 'at18',
    theme: 'transitions',
    kind: 'gap',
    title: 'Protection stops at 18 for young people who are still being exploited',
    detail: 'Young people who are still at risk are closed to children’s services at 18 and rarely meet the threshold for adult care and support. There is no adult equivalent of MACE, and the existing transitions panel only takes young people with disabilities. Adult social care is willing to widen it.',
    excerpts: ['careAct', 'closedAt18'],
  },
  {
    key: 'relationships',
    theme: 'multiAgency',
    kind: 'good-practice',
    title: 'Trusted relationships are the partnership’s greatest strength',
    detail: 'The adolescent safeguarding team, the Youth Justice Service’s trauma-informed practice, the joint CAMHS and YJS clinic, the school liaison officer and detached youth work were all praised, by young people as well as practitioners. Much of this rests on goodwill and on people knowing each other, and several of the most valued services are funded for a year or less.',
    excerpts: ['walkAcross', 'adolescentTeam', 'childFirst', 'jointClinic', 'knowUs', 'talksToYou', 'relationships'],
  },
  {
    key: 'health',
    theme: 'health',
    kind: 'gap',
    title: 'Health settings sit outside the exploitation pathway',
    detail: 'Neither the emergency department nor CAMHS attends MACE, and the CAMHS lead learnt of the panel only last year. The emergency department records where assaults happen but does not share the data with the partnership, has no youth worker to use the moment after an injury, and hears nothing back after a referral. Exploited young people rarely fit CAMHS criteria and are discharged after missed appointments.',
    excerpts: ['teachableMoment', 'assaultData', 'frontDoor', 'noCamhsMace', 'noHealth'],
  },
  {
    key: 'maceGovernance',
    theme: 'multiAgency',
    kind: 'barrier',
    title: 'MACE is overloaded and the strategies above it are not joined up',
    detail: 'Referrals to MACE have risen by 60% in a year, panels discuss more than 25 children in a few minutes each, linked children are discussed separately, and most actions are to keep monitoring. The referral form deters practitioners, and the pupil referral unit, health and housing are not members. Three strategies with overlapping actions report to different boards, and few front-line staff know the serious violence strategy exists.',
    excerpts: ['talkingShop', 'referralForm', 'pruNotMember', 'threeStrategies', 'councilWebsite', 'strategyHands', 'linkedChildren'],
  },
  {
    key: 'girls',
    theme: 'cse',
    kind: 'gap',
    title: 'The exploitation of girls is under-identified',
    detail: 'Police, youth workers and girls themselves said that attention goes to boys who are arrested or carry knives. Girls described never being asked about older males, and the strategic needs assessment contains nothing about girls.',
    excerpts: ['seeTheBoys', 'girlsAsk', 'snaGirls'],
  },
];

interface RecommendationSpec {
  key: string;
  title: string;
  detail: string;
  findings: string[];
  lead: AgencyKey;
  partners: AgencyKey[];
  priority: Recommendation['priority'];
  timescale: Recommendation['timescale'];
  successMeasure: string;
}

const RECOMMENDATIONS: RecommendationSpec[] = [
  {
    key: 'mace',
    title: 'Rebuild MACE as a planning forum fed by timely information',
    detail: 'Refresh the MACE terms of reference; add a triage step so the panel spends its time on the children at greatest risk; replace the referral form with a short one; make the pupil referral unit, health, housing and the voluntary sector standing members; send papers well ahead; discuss linked children together, with peer-group and location mapping that asks about girls as well as boys; and return return-home interviews to 72 hours with what children say passed to the police.',
    findings: ['infoToMace', 'returnHome', 'maceGovernance', 'girls'],
    lead: 'csc',
    partners: ['policeExploitation', 'education', 'pru', 'camhs', 'ed', 'housing', 'vcs'],
    priority: 'high',
    timescale: '3-months',
    successMeasure: 'Papers reach members at least five working days before every panel; every child discussed leaves with a dated plan that names an owner; the PRU, health and housing attend at least 80% of panels; 80% of return-home interviews are completed within 72 hours.',
  },
  {
    key: 'schoolDay',
    title: 'Keep children who are out of school safe in the school day',
    detail: 'Record every part-time timetable centrally and review each one at least every six weeks; agree a managed-move checklist that considers who a child is at risk from; offer all schools, including the academies, a shared approach to exclusions for children known to be at risk of exploitation; and arrange safe travel for pupils of the pupil referral unit.',
    findings: ['schoolDay'],
    lead: 'education',
    partners: ['pru', 'yjs', 'csc', 'cst'],
    priority: 'high',
    timescale: '6-months',
    successMeasure: 'All part-time timetables recorded and reviewed on time; fewer permanent exclusions in 2026/27 than in 2025/26; both academies signed up to the shared approach.',
  },
  {
    key: 'places',
    title: 'A place plan for the bus station, Wharf Street and Kestrel Court',
    detail: 'Bring together community safety, neighbourhood police, the youth service, the voluntary sector and housing in one problem-solving plan for the borough’s places of risk: detached youth work at the bus station after school and on Friday and Saturday evenings, a signed cuckooing protocol, and a regular location briefing shared beyond MACE.',
    findings: ['busStation', 'relationships'],
    lead: 'cst',
    partners: ['policeNeighbourhood', 'youthService', 'vcs', 'housing'],
    priority: 'medium',
    timescale: '6-months',
    successMeasure: 'Detached youth work at the bus station on Friday and Saturday evenings throughout the school year; cuckooing protocol signed and in use; fewer violent incidents recorded at the interchange in the year to March 2027.',
  },
  {
    key: 'health',
    title: 'Bring health settings into the exploitation pathway',
    detail: 'Sign an information-sharing agreement so the emergency department shares anonymised assault-location data with the partnership; explore a youth worker in the emergency department at weekends; name a CAMHS lead for exploitation who attends MACE; and replace automatic discharge after missed appointments with active follow-up for exploited young people.',
    findings: ['health'],
    lead: 'publicHealth',
    partners: ['ed', 'camhs', 'csp'],
    priority: 'high',
    timescale: '3-months',
    successMeasure: 'Assault-location data received monthly from the emergency department; health represented at every MACE panel; no exploited young person discharged by CAMHS solely for missed appointments.',
  },
  {
    key: 'at18',
    title: 'Keep protection in place for exploited young people beyond 18',
    detail: 'Widen the transitions panel to young people open to MACE from the age of 17, agree how adult safeguarding will consider exploitation of 18 to 25-year-olds who have no care and support need, and plan housing for care leavers well before their 18th birthday.',
    findings: ['at18'],
    lead: 'asc',
    partners: ['csc', 'housing', 'yjs'],
    priority: 'medium',
    timescale: '12-months',
    successMeasure: 'Every young person open to MACE at 17 has a transition plan agreed by their 18th birthday.',
  },
];

interface ActionSpec {
  recommendation: string;
  description: string;
  owner: AgencyKey;
  dueDate: string;
  status: Action['status'];
  updates: ActionUpdate[];
}

const ACTIONS: ActionSpec[] = [
  {
    recommendation: 'mace',
    description: 'Publish a one-page MACE referral form and pathway to replace the 14-page form, and send it to all schools, the emergency department and the voluntary sector forum.',
    owner: 'csc',
    dueDate: '2026-04-17',
    status: 'complete',
    updates: [
      { date: '2026-03-27', status: 'on-track', note: 'Draft one-page form tested with four safeguarding leads and two youth workers.' },
      { date: '2026-04-16', status: 'complete', note: 'Agreed by the MACE chairs and published on the safeguarding partnership site; sent to all schools, the ED and the VCS forum.' },
    ],
  },
  {
    recommendation: 'mace',
    description: 'Add a weekly triage meeting before MACE and send panel papers to members five working days ahead.',
    owner: 'csc',
    dueDate: '2026-06-30',
    status: 'on-track',
    updates: [
      { date: '2026-04-14', status: 'on-track', note: 'Triage piloted for the April panel: 16 children discussed at panel instead of 27; papers sent six working days ahead.' },
    ],
  },
  {
    recommendation: 'mace',
    description: 'Refresh the MACE terms of reference and make the PRU, health, housing and the voluntary sector standing members.',
    owner: 'policeExploitation',
    dueDate: '2026-05-29',
    status: 'at-risk',
    updates: [
      { date: '2026-04-01', status: 'on-track', note: 'Draft terms of reference circulated to the safeguarding children partnership.' },
      { date: '2026-04-20', status: 'at-risk', note: 'PRU, housing and Lockside Youth Trust confirmed; the hospital trust has not yet named a representative.' },
    ],
  },
  {
    recommendation: 'mace',
    description: 'Fund additional return-home interview capacity and report the share completed within 72 hours to the CSP each month.',
    owner: 'csc',
    dueDate: '2026-07-31',
    status: 'off-track',
    updates: [
      { date: '2026-03-31', status: 'on-track', note: 'Business case for one more post submitted to the commissioning board.' },
      { date: '2026-04-21', status: 'off-track', note: 'Business case deferred to the July board; the provider is carrying two vacancies. Only 41% of March interviews were completed within 72 hours.' },
    ],
  },
  {
    recommendation: 'schoolDay',
    description: 'Collect every part-time timetable in the borough’s secondary schools and the PRU on a central register and review each one at least every six weeks.',
    owner: 'education',
    dueDate: '2026-06-12',
    status: 'on-track',
    updates: [
      { date: '2026-04-10', status: 'on-track', note: 'Data request sent to all seven secondaries and the PRU; five have returned figures.' },
    ],
  },
  {
    recommendation: 'schoolDay',
    description: 'Agree safe travel arrangements for PRU pupils so they do not wait at the bus station at the start and end of the day.',
    owner: 'pru',
    dueDate: '2026-09-07',
    status: 'not-started',
    updates: [],
  },
  {
    recommendation: 'places',
    description: 'Move detached youth work to cover the bus station after school and on Friday and Saturday evenings.',
    owner: 'youthService',
    dueDate: '2026-05-01',
    status: 'at-risk',
    updates: [
      { date: '2026-04-08', status: 'at-risk', note: 'Staff consulted on new hours. Two more sessional workers are needed; the bid to the PCC is awaiting a decision.' },
    ],
  },
  {
    recommendation: 'places',
    description: 'Update the 2023 draft cuckooing protocol between housing and the police and get it signed.',
    owner: 'cst',
    dueDate: '2026-06-30',
    status: 'on-track',
    updates: [
      { date: '2026-04-23', status: 'on-track', note: 'Draft updated with both teams; legal review booked for May.' },
    ],
  },
  {
    recommendation: 'health',
    description: 'Sign an information-sharing agreement so the emergency department sends anonymised assault-location data to the CSP every month.',
    owner: 'ed',
    dueDate: '2026-05-29',
    status: 'off-track',
    updates: [
      { date: '2026-04-02', status: 'on-track', note: 'Template agreement from a neighbouring partnership adapted and sent to the trust.' },
      { date: '2026-04-22', status: 'off-track', note: 'Trust information governance asked for a new data protection impact assessment; signature now unlikely before July.' },
    ],
  },
  {
    recommendation: 'health',
    description: 'Name a CAMHS lead for exploitation to attend MACE and review the discharge rule after missed appointments for exploited young people.',
    owner: 'camhs',
    dueDate: '2026-05-15',
    status: 'on-track',
    updates: [
      { date: '2026-04-17', status: 'on-track', note: 'Clinical team lead named and attended the April panel; review of the discharge rule under way.' },
    ],
  },
  {
    recommendation: 'at18',
    description: 'Widen the transitions panel to take young people open to MACE from the age of 17.',
    owner: 'asc',
    dueDate: '2026-10-30',
    status: 'not-started',
    updates: [],
  },
];

// ---------------------------------------------------------------------------------------
// Assembly
// ---------------------------------------------------------------------------------------

/** Finds `text` in `notes`, which must hold it exactly once. */
function locate(notes: string, text: string, where: string): { start: number; end: number } {
  const start = notes.indexOf(text);
  if (text.length === 0 || start === -1) throw new Error(`${where}: excerpt text not found in the notes`);
  if (notes.indexOf(text, start + 1) !== -1) throw new Error(`${where}: excerpt text occurs more than once in the notes`);
  return { start, end: start + text.length };
}

/** Builds the sample review file and validates it; writes nothing. */
export function buildSample(): ReviewFile {
  const reviewerIds = idsFor(GROUP.reviewer, REVIEWERS.map((r) => r.key));
  const agencyIds = idsFor(GROUP.agency, AGENCIES.map((a) => a.key));
  const themeIds = idsFor(GROUP.theme, THEMES.map((t) => t.key));
  const engagementIds = idsFor(GROUP.engagement, ENGAGEMENTS.map((e) => e.key));
  const excerptIds = idsFor(GROUP.excerpt, ENGAGEMENTS.flatMap((e) => e.excerpts.map((x) => x.key)));
  const findingIds = idsFor(GROUP.finding, FINDINGS.map((f) => f.key));
  const recommendationIds = idsFor(GROUP.recommendation, RECOMMENDATIONS.map((r) => r.key));

  const agency = (key: string) => lookup(agencyIds, key, 'agency');
  const theme = (key: string) => lookup(themeIds, key, 'theme');

  const agencies: Agency[] = AGENCIES.map((a) => ({ id: agency(a.key), name: a.name, sector: a.sector }));

  const siblingsSeen = new Map<string, number>();
  const themes: Theme[] = THEMES.map((t) => {
    const parentKey = 'parent' in t ? t.parent : undefined;
    const order = siblingsSeen.get(parentKey ?? '') ?? 0;
    siblingsSeen.set(parentKey ?? '', order + 1);
    return {
      id: theme(t.key),
      name: t.name,
      description: t.description,
      ...(parentKey === undefined ? {} : { parentId: theme(parentKey) }),
      order,
    };
  });

  const engagements: Engagement[] = ENGAGEMENTS.map((e) => ({
    id: lookup(engagementIds, e.key, 'engagement'),
    kind: e.kind,
    title: e.title,
    date: e.date,
    agencyIds: e.agencies.map(agency),
    roles: e.roles,
    participantCount: e.participantCount,
    reviewerIds: e.reviewers.map((r) => lookup(reviewerIds, r, 'reviewer')),
    notes: e.notes,
    durationMinutes: e.durationMinutes,
  }));

  const excerpts: Excerpt[] = ENGAGEMENTS.flatMap((e) => e.excerpts.map((x) => ({
    id: lookup(excerptIds, x.key, 'excerpt'),
    engagementId: lookup(engagementIds, e.key, 'engagement'),
    ...locate(e.notes, x.text, `${e.key}/${x.key}`),
    text: x.text,
    themeIds: x.themes.map(theme),
    kind: x.kind,
    isQuote: x.quote,
    ...(x.speaker && { agencyId: agency(x.speaker) }),
  })));

  const findings: Finding[] = FINDINGS.map((f, order) => ({
    id: lookup(findingIds, f.key, 'finding'),
    themeId: theme(f.theme),
    kind: f.kind,
    title: f.title,
    detail: f.detail,
    excerptIds: f.excerpts.map((key) => lookup(excerptIds, key, 'excerpt')),
    order,
  }));

  const recommendations: Recommendation[] = RECOMMENDATIONS.map((r, index) => ({
    id: lookup(recommendationIds, r.key, 'recommendation'),
    number: index + 1,
    title: r.title,
    detail: r.detail,
    findingIds: r.findings.map((key) => lookup(findingIds, key, 'finding')),
    leadAgencyId: agency(r.lead),
    partnerAgencyIds: r.partners.map(agency),
    priority: r.priority,
    timescale: r.timescale,
    successMeasure: r.successMeasure,
  }));

  const actions: Action[] = ACTIONS.map((a, index) => ({
    id: fixedId(GROUP.action, index + 1),
    recommendationId: lookup(recommendationIds, a.recommendation, 'recommendation'),
    description: a.description,
    ownerAgencyId: agency(a.owner),
    dueDate: a.dueDate,
    status: a.status,
    updates: a.updates.map((u) => ({ date: u.date, note: u.note, status: u.status })),
  }));

  const file: ReviewFile = {
    format: 'local-review-file',
    version: 1,
    exportedAt: EXPORTED_AT,
    review: {
      id: fixedId(GROUP.review, 1),
      title: 'Sallowmere Local Review: serious youth violence, county lines and exploitation',
      area: AREA,
      commissioner: 'Safer Sallowmere Partnership (Community Safety Partnership)',
      protectiveMarking: 'OFFICIAL-SENSITIVE',
      stage: 'analyse',
      startDate: '2026-03-09',
      endDate: '2026-03-20',
      termsOfReference: TERMS_OF_REFERENCE,
      localDefinition: LOCAL_DEFINITION,
      reviewers: REVIEWERS.map((r) => ({ id: lookup(reviewerIds, r.key, 'reviewer'), name: r.name, role: r.role })),
      templateId: 'local-review',
      createdAt: CREATED_AT,
      updatedAt: UPDATED_AT,
    },
    agencies,
    themes,
    engagements,
    excerpts,
    findings,
    recommendations,
    actions,
  };
  return parseReviewFile(file);
}

/** Where the sample is committed: templates/samples/<area-slug>.review.json. */
export const SAMPLE_PATH = fileURLToPath(new URL(`../templates/samples/${slugify(AREA)}.review.json`, import.meta.url));

/** The exact bytes of the committed sample. */
export function sampleBytes(): Uint8Array {
  return serialiseReviewFile(buildSample());
}

const runDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (runDirectly) {
  mkdirSync(dirname(SAMPLE_PATH), { recursive: true });
  writeFileSync(SAMPLE_PATH, sampleBytes());
  console.log(`Wrote ${SAMPLE_PATH}`);
}
