/** Types of the dataset records; they match the JSON Schemas in data/schema/. */

export type Theme =
  | 'governance' | 'participation' | 'volunteering' | 'employment' | 'entrepreneurship' | 'education'
  | 'language' | 'health' | 'housing' | 'information' | 'social-inclusion' | 'anti-discrimination'
  | 'reception' | 'family' | 'gender' | 'culture-sport' | 'research-data' | 'communication'
  | 'diaspora-development';

export type TargetGroup =
  | 'migrants' | 'newcomers' | 'refugees' | 'asylum-seekers' | 'unaccompanied-minors' | 'undocumented-migrants'
  | 'eu-mobile-citizens' | 'children' | 'young-people' | 'students' | 'women' | 'families' | 'older-people'
  | 'jobseekers' | 'entrepreneurs' | 'emigrants' | 'returnees' | 'diaspora' | 'host-community'
  | 'professionals' | 'employers' | 'public-authorities' | 'civil-society-organisations';

export type PracticeKind = 'good-practice' | 'case-study' | 'innovative-practice' | 'dilemma';
export type PracticeFlag = 'study' | 'guide' | 'planned' | 'not-a-practice';
export type FigureUnit =
  | 'people' | 'organisations' | 'volunteers' | 'centres' | 'eur' | 'other-currency' | 'participants'
  | 'hours' | 'percent' | 'count';

export interface Provenance {
  source: string;
  section: string;
  heading?: string;
  page?: number;
}

export interface Source {
  id: string;
  title: string;
  publisher: string;
  project?: string;
  year: number;
  date?: string;
  authors?: string[];
  copyright: string | null;
  url?: string;
  funding?: string;
  file?: string;
}

export interface Place {
  city?: string;
  region?: string;
  country?: string;
}

export interface Practice {
  id: string;
  kind: PracticeKind;
  title: string;
  titleEn?: string;
  summary: string;
  description?: string[];
  places?: Place[];
  countries: string[];
  organisations?: string[];
  period?: { start?: string; end?: string; status?: 'ongoing' | 'ended' | 'planned' | 'unknown'; asPrinted?: string };
  themes: Theme[];
  targetGroups: TargetGroup[];
  ageRange?: { min?: number; max?: number; asPrinted?: string };
  languages?: string[];
  figures?: { value: number; unit: FigureUnit; label: string; asPrinted?: string; year?: string }[];
  funding?: { funders?: string[]; note?: string };
  urls?: { url: string; label?: string }[];
  keyFactors?: { id: string; inferred?: boolean }[];
  flags?: PracticeFlag[];
  dilemma?: { city?: string; question: string; discussion?: string; result?: string };
  notes?: string;
  provenance: Provenance[];
}

export interface Question {
  id: string;
  text: string;
}

export interface KeyFactor {
  id: string;
  number?: string;
  title: string;
  why: string;
  questions: Question[];
  tips?: string[];
  practices?: string[];
  provenance?: Provenance;
}

export interface Benchmark {
  id: string;
  source: string;
  kind: 'benchmark' | 'common-factors' | 'policy-area';
  number?: string;
  title: string;
  version?: string;
  date?: string;
  mentors?: string[];
  mentees?: string[];
  summary: string;
  contextFactors: { id: string; asPrinted?: string }[];
  commonChallenges?: string[];
  keyFactors: KeyFactor[];
  notes?: string;
  provenance: Provenance;
}

/** The entry of `benchmarks.json`, the index of benchmarks. */
export interface BenchmarkSummary {
  id: string;
  kind: Benchmark['kind'];
  source: string;
  number?: string;
  title: string;
  version?: string;
  date?: string;
  keyFactors: number;
  questions: number;
}

export interface ContextFactor {
  id: string;
  title: string;
  description: string;
  examples?: string[];
  provenance: Provenance[];
}

export type TopicBlock =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'list'; ordered?: boolean; items: string[] }
  | { type: 'links'; items: { text: string; url: string }[] };

export interface Topic {
  id: string;
  title: string;
  blocks: TopicBlock[];
  sources?: string[];
  provenance: Provenance[];
}

/** A whole dataset in one document: the format of `dataset.json` and of a custom `src`. */
export interface Dataset {
  version?: string;
  sources?: Source[];
  practices?: Practice[];
  benchmarks?: Benchmark[];
  contextFactors?: ContextFactor[];
  topics?: Topic[];
}

/** The kinds of records whose text can be translated in content bundles. */
export type ContentKind = 'benchmarks' | 'practices' | 'context-factors' | 'topics';

/**
 * Translations of dataset text as the widgets load them (`dist/data/locales/<locale>/…`,
 * content-bundle.schema.json#/$defs/shipped): only current translations, without review status.
 */
export interface ContentBundle {
  meta: { locale: string; kind: ContentKind; benchmark?: string; translator?: string; reviewer?: string; date?: string; note?: string };
  /** record id → field → translated value, of the same shape as the English field. */
  entries: Record<string, Record<string, unknown>>;
  /** Practice bundles: English place name → the name in this language, for the names it writes its own way. */
  places?: Record<string, string>;
}

/** `translations.json`: locale → kind → ids that have a translation (benchmark ids for `benchmarks`), or `true` for all. */
export type ContentIndex = Record<string, Partial<Record<ContentKind, string[] | true>>>;
