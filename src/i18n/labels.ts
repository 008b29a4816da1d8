/** Translatable labels of the controlled vocabularies (data/schema/common.schema.json). */
import { msg } from './msg.js';
import type { PracticeFlag, PracticeKind, TargetGroup, Theme } from '../data/types.js';

const themes: Record<Theme, () => string> = {
  governance: () => msg('Governance and strategy', { desc: 'Practice theme' }),
  participation: () => msg('Participation', { desc: 'Practice theme: civic and political participation' }),
  volunteering: () => msg('Volunteering', { desc: 'Practice theme' }),
  employment: () => msg('Employment and training', { desc: 'Practice theme: jobs, labour market, vocational training' }),
  entrepreneurship: () => msg('Entrepreneurship', { desc: 'Practice theme' }),
  education: () => msg('Education', { desc: 'Practice theme' }),
  language: () => msg('Language learning', { desc: 'Practice theme' }),
  health: () => msg('Health', { desc: 'Practice theme' }),
  housing: () => msg('Housing and urban planning', { desc: 'Practice theme' }),
  information: () => msg('Information and guidance', { desc: 'Practice theme: information, orientation, counselling' }),
  'social-inclusion': () => msg('Social inclusion', { desc: 'Practice theme: community building, intercultural exchange' }),
  'anti-discrimination': () => msg('Anti-discrimination', { desc: 'Practice theme' }),
  reception: () => msg('Reception of newcomers', { desc: 'Practice theme: first reception of new arrivals' }),
  family: () => msg('Family', { desc: 'Practice theme: families, parents, family reunification' }),
  gender: () => msg('Gender equality', { desc: 'Practice theme: women, gender-sensitive action' }),
  'culture-sport': () => msg('Culture and sport', { desc: 'Practice theme' }),
  'research-data': () => msg('Research and data', { desc: 'Practice theme: needs assessment, monitoring, studies' }),
  communication: () => msg('Communication and public narrative', { desc: 'Practice theme' }),
  'diaspora-development': () => msg('Diaspora and development', { desc: 'Practice theme: emigrants, remittances, return' }),
};

const targetGroups: Record<TargetGroup, () => string> = {
  migrants: () => msg('Migrants', { desc: 'Target group' }),
  newcomers: () => msg('Newcomers', { desc: 'Target group: recently arrived migrants' }),
  refugees: () => msg('Refugees', { desc: 'Target group' }),
  'asylum-seekers': () => msg('Asylum seekers', { desc: 'Target group' }),
  'unaccompanied-minors': () => msg('Unaccompanied minors', { desc: 'Target group' }),
  'undocumented-migrants': () => msg('Undocumented migrants', { desc: 'Target group' }),
  'eu-mobile-citizens': () => msg('EU mobile citizens', { desc: 'Target group: citizens of EU countries living in another EU country' }),
  children: () => msg('Children', { desc: 'Target group' }),
  'young-people': () => msg('Young people', { desc: 'Target group' }),
  students: () => msg('Students', { desc: 'Target group' }),
  women: () => msg('Women', { desc: 'Target group' }),
  families: () => msg('Families', { desc: 'Target group' }),
  'older-people': () => msg('Older people', { desc: 'Target group' }),
  jobseekers: () => msg('Jobseekers', { desc: 'Target group' }),
  entrepreneurs: () => msg('Entrepreneurs', { desc: 'Target group' }),
  emigrants: () => msg('Emigrants', { desc: 'Target group: people who left their country' }),
  returnees: () => msg('Returnees', { desc: 'Target group: migrants returning to their country of origin' }),
  diaspora: () => msg('Diaspora', { desc: 'Target group' }),
  'host-community': () => msg('Host community', { desc: 'Target group: local residents, volunteers' }),
  professionals: () => msg('Professionals', { desc: 'Target group: teachers, health staff, city staff' }),
  employers: () => msg('Employers', { desc: 'Target group' }),
  'public-authorities': () => msg('Public authorities', { desc: 'Target group' }),
  'civil-society-organisations': () => msg('Civil society organisations', { desc: 'Target group' }),
};

const kinds: Record<PracticeKind, () => string> = {
  'good-practice': () => msg('Good practice', { desc: 'Kind of practice record' }),
  'case-study': () => msg('Case study', { desc: 'Kind of practice record: an initiative from a city case study' }),
  'innovative-practice': () => msg('Innovative practice', { desc: 'Kind of practice record' }),
  dilemma: () => msg('City dilemma', { desc: 'Kind of practice record: a question a city brought to peers' }),
};

const flags: Record<PracticeFlag, () => string> = {
  study: () => msg('A study, not a practice', { desc: 'Badge on a record the source describes as a study' }),
  guide: () => msg('A guide, not a practice', { desc: 'Badge on a record the source describes as a guide' }),
  planned: () => msg('Planned only', { desc: 'Badge on a practice that was only planned when the source was written' }),
  'not-a-practice': () => msg('Not a practice in itself', { desc: 'Badge on a record that is not a practice' }),
};


/** The label of a vocabulary id; any other value (`__proto__`, `constructor`) is shown as it is, never looked up on Object. */
const label = <K extends string>(table: Record<K, () => string>, key: K) => (Object.hasOwn(table, key) ? table[key]() : key);
export const themeLabel = (t: Theme) => label(themes, t);
export const targetGroupLabel = (t: TargetGroup) => label(targetGroups, t);
export const kindLabel = (k: PracticeKind) => label(kinds, k);
export const flagLabel = (f: PracticeFlag) => label(flags, f);
export const themeIds = Object.keys(themes) as Theme[];
export const targetGroupIds = Object.keys(targetGroups) as TargetGroup[];
export const kindIds = Object.keys(kinds) as PracticeKind[];

/** How a context factor acts on the city (context picker and checklist report). */
export const effectLabel = (e: 'helps' | 'hinders' | 'both'): string =>
  e === 'helps'
    ? msg('Helps', { desc: 'A context factor helps the city' })
    : e === 'hinders'
      ? msg('Hinders', { desc: 'A context factor hinders the city' })
      : msg('Helps and hinders', { desc: 'A context factor both helps and hinders the city' });
