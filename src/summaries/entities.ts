import {
  alternation,
  compiledPer,
  literal,
  literalAnyApostrophe,
  wordAlternation,
  wordSet,
} from '../language/compiled.js';
import { REGISTERED_LANGUAGES, type Languages } from '../language/registry.js';
import { fold } from '../text/normalize.js';

export interface Entities {
  readonly people: string[];
  readonly places: string[];
  readonly organizations: string[];
  readonly dates: string[];
  readonly figures: string[];
}

/** The kinds of entities, in the order summaries show them. */
export const ENTITY_KINDS: readonly (keyof Entities)[] = ['people', 'places', 'organizations', 'dates', 'figures'];

/** A word with its first letter in capitals ("Mr", "L'"). */
function capitalized(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

/** Words as a pattern: every spelling given, and the same folded ("février", "fevrier"). */
function spellings(words: readonly string[]): string {
  return [...new Set(words.flatMap((word) => [word, fold(word)]))].map(literal).join('|');
}

/** What finding names needs, built once from the languages' data. */
const rulesOf = compiledPer((languages: Languages) => {
  const months = spellings(languages.flatMap((language) => language.months));
  const weekdays = spellings(languages.flatMap((language) => language.weekdays));
  // Longest first: "3 millions" is a figure with its unit whole, not "3 million" and an "s".
  const units = languages
    .flatMap((language) => language.figureUnits)
    .sort((a, b) => b.length - a.length)
    .map(literal)
    .join('|');
  const roleNouns = wordAlternation(languages, (language) => language.roleNouns);
  const articles = languages.flatMap((language) => language.articles);
  const ordinals = wordAlternation(languages, (language) => language.ordinalSuffixes);
  const particles = languages.flatMap((language) => language.nameParticles);
  const abbreviations = wordSet(languages, (language) => language.abbreviations);
  const shortTitles = alternation(languages, (language) =>
    language.titles.filter((title) => abbreviations.has(title)).map((title) => literal(capitalized(title))),
  );
  return {
    date: new RegExp(
      `\\b(?:(?:\\d{1,2}(?:${ordinals})?\\s+(?:${months})(?:\\s+\\d{4})?)|(?:(?:${months})\\s+\\d{1,2}(?:${ordinals})?(?:,?\\s+\\d{4})?)|` +
        `(?:(?:${months})\\s+\\d{4})|(?:${weekdays})|(?:(?:${months}))|(?:(?:1[5-9]|20)\\d{2}))\\b`,
      'giu',
    ),
    figure: new RegExp(
      `(?:[€$£]\\s?)?\\b\\d{1,3}(?:[ ,.\\u00a0\\u202f]\\d{3})+(?:[.,]\\d+)?(?:\\s?(?:%|€|\\$|${units}))?|` +
        `(?:[€$£]\\s?)?\\b\\d+(?:[.,]\\d+)?(?:\\s?(?:%|€|\\$|${units}))|\\b\\d{2,}\\b(?!\\s?(?:%|€))`,
      'giu',
    ),
    places: wordSet(languages, (language) => language.places, fold),
    organizationWord: new RegExp(
      `\\b(?:${wordAlternation(languages, (language) => language.organizationWords)})\\b`,
      'iu',
    ),
    organizations: wordSet(languages, (language) => language.organizations),
    /** A role noun among the last few words: what is named next is a person ("le préfet de région Michel Cadot"). */
    roleBefore: new RegExp(`(?:^|[\\s'’(])(?:${roleNouns})(?:\\s+\\S+){0,7}\\s*$`, 'iu'),
    /** Text ending in a word that ties a role to its complement: what follows is that complement ("ministre de l'Intérieur"). */
    complement: new RegExp(`(?:${particles.map((word) => `\\b${literalAnyApostrophe(word)}`).join('|')})\\s*$`, 'iu'),
    /** A role noun just after a name, set off by a comma: "Pierre Serne, administrateur de…". */
    roleAfter: new RegExp(
      `^\\s*,\\s*(?:(?:${[...articles, ...languages.flatMap((language) => language.possessiveDeterminers)].map(literalAnyApostrophe).join('|')})\\s*)?(?:\\p{L}+\\s+)?(?:${roleNouns})\\b`,
      'iu',
    ),
    titles: wordSet(languages, (language) => language.titles, fold),
    nationality: new RegExp(`^(?:${wordAlternation(languages, (language) => language.nationalities)})$`, 'iu'),
    /** A month or a weekday: a capitalised run holding one is a date, not a name ("Between January"). */
    calendarWord: new RegExp(`^(?:${months}|${weekdays})$`, 'iu'),
    // A title written short opens a run with its period ("Mr. John Smith"), which would end it otherwise.
    capitalized: new RegExp(
      `(?<![\\p{L}\\p{N}'’-])(?:(?:${shortTitles})\\.|\\p{Lu}[\\p{L}'’-]*|\\p{Lu}\\.)(?:\\s+(?:(?:${particles.map(literal).join('|')})\\s+)?(?:\\p{Lu}[\\p{L}'’-]*|\\p{Lu}\\.)|\\s+[IVX]+\\b)*`,
      'gu',
    ),
    /** "International Organization for Migration (IOM)": a name and its acronym. */
    expansion: new RegExp(
      `((?:\\p{Lu}[\\p{L}'’-]*\\s+(?:(?:${[...particles, ...languages.flatMap((language) => language.conjunctions)].map(literal).join('|')})\\s+)*)+)\\(([\\p{Lu}]{2,8})\\)`,
      'gu',
    ),
    /** An article that opens a name, capitalised ("The", "L'"). */
    leadingArticle: new RegExp(
      `^(?:${articles.map((article) => literalAnyApostrophe(capitalized(article)) + (article.endsWith("'") ? '' : '\\s+')).join('|')})`,
      'u',
    ),
    roleEndings: wordSet(languages, (language) => language.roleEndings, fold),
    notNameStarts: wordSet(languages, (language) => language.notNameStarts, fold),
  };
});

/** What the entity rules read, compiled for a list of languages. */
type EntityRules = ReturnType<typeof rulesOf>;

/**
 * People, places, organisations, dates and figures named in a text, by rule: capitalised runs of
 * words (a person has two or more words, or a title before the name), a short list of countries and
 * cities, organisation words and acronyms, date and number patterns: each language's, all at once,
 * since an article quotes names as other languages write them.
 */
export function extractEntities(text: string, languages: Languages = REGISTERED_LANGUAGES): Entities {
  const rules = rulesOf(languages);
  const lists = { people: new UniqueList(), places: new UniqueList(), organizations: new UniqueList() };
  const { people, places, organizations } = lists;
  const dates = new UniqueList();
  const figures = new UniqueList();

  for (const m of text.matchAll(rules.date)) dates.add(m[0]);
  const dateText = new Set(dates.items.map(fold));
  for (const m of text.matchAll(rules.figure)) {
    const figure = m[0].trim();
    if (!dateText.has(fold(figure)) && ![...dateText].some((d) => d.includes(fold(figure)))) figures.add(figure);
  }
  // "International Organization for Migration (IOM)": one organisation, its name and its acronym;
  // an acronym after words that name no organisation ("high speed train (LGV)") is left out.
  const expanded = new Set<string>();
  for (const m of text.matchAll(rules.expansion)) {
    const expansion = m[1]!.trim().replace(rules.leadingArticle, '');
    if (!rules.organizationWord.test(expansion) && !initialsMatch(expansion, m[2]!)) continue;
    organizations.add(`${expansion} (${m[2]})`);
    expanded.add(fold(expansion));
    expanded.add(fold(m[2]!));
  }

  for (const m of text.matchAll(rules.capitalized)) {
    // "L’Organisation…": an elided article is glued to the run's first word.
    let name = m[0]
      .replace(rules.leadingArticle, '')
      .replace(/['’]s$/u, '')
      .replace(/[.’']+$/u, '')
      .trim();
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    let parts = name.split(/\s+/);
    let titled = false;
    // "French Minister of Foreign Affairs Jean-Yves Le Drian": the name is what follows the role.
    const lastRole = parts.findLastIndex((part) => rules.roleEndings.has(fold(part)));
    if (lastRole >= 0 && lastRole < parts.length - 1) {
      parts = parts.slice(lastRole + 1);
      titled = true;
    }
    while (parts.length > 0) {
      const first = fold(parts[0]!).replace(/\.$/, '');
      if (rules.titles.has(first)) titled = true;
      else if (!rules.notNameStarts.has(first) && !rules.nationality.test(parts[0]!)) break;
      parts.shift();
    }
    name = parts.join(' ');
    const folded = fold(name);
    if (!name || parts.some((part) => rules.calendarWord.test(part)) || rules.nationality.test(name)) continue;
    // "la coopération Maroc-France": two known places joined by a hyphen are both places.
    const joined = folded.split('-');
    if (joined.length > 1 && joined.every((part) => rules.places.has(part))) {
      for (const part of name.split('-')) places.add(part);
      continue;
    }
    // The start of a name given with its acronym is that name ("Organisation Mondiale" of "Organisation Mondiale de la Santé (OMS)").
    if (expanded.has(folded) || [...expanded].some((full) => full.startsWith(`${folded} `))) continue;
    const run: CapitalRun = {
      name,
      folded,
      parts,
      titled,
      // Capitals only, but not a king's number ("Mohammed VI").
      acronyms: parts.filter((part) => /^\p{Lu}{2,}$/u.test(part) && !/^[IVXLC]+$/.test(part)),
      before,
      wideBefore: text.slice(Math.max(0, m.index - 80), m.index),
      after: text.slice(m.index + m[0].length, m.index + m[0].length + 60),
    };
    const filing = fileRun(run, rules);
    if (filing !== 'left-out') lists[filing.kind].add(filing.name);
  }
  return {
    people: people.items,
    places: places.items,
    organizations: organizations.items,
    dates: dates.items,
    figures: figures.items,
  };
}

/** A run of capitalised words, its role and title words taken off, as the filing rules read it. */
interface CapitalRun {
  readonly name: string;
  readonly folded: string;
  readonly parts: readonly string[];
  /** A title or a role came before the name ("Mr.", "Minister of Foreign Affairs"). */
  readonly titled: boolean;
  readonly acronyms: readonly string[];
  /** The text just before the run (40 characters), a little more of it (80), and just after (60). */
  readonly before: string;
  readonly wideBefore: string;
  readonly after: string;
}

type Filing = { readonly kind: 'people' | 'places' | 'organizations'; readonly name: string } | 'left-out';

/** The run's last two words, as a person: the name after a role's words. */
const lastTwoAsPerson = (run: CapitalRun): Filing => ({ kind: 'people', name: run.parts.slice(-2).join(' ') });

/**
 * How a run of capitalised words is filed. Order matters: the first rule that files it (or
 * leaves it out) decides; a run no rule files is left out.
 */
const RUN_RULES: readonly (readonly [
  rule: string,
  file: (run: CapitalRun, rules: EntityRules) => Filing | undefined,
])[] = [
  [
    'an organisation word, or a known organisation acronym',
    (run, rules) =>
      (rules.organizationWord.test(run.name) && run.parts.length > 1) ||
      run.acronyms.some((part) => rules.organizations.has(part))
        ? { kind: 'organizations', name: run.name }
        : undefined,
  ],
  // Only places known as such: "in Tesla", "in English", "à Guillaume Pepy" follow a preposition too.
  ['a known place', (run, rules) => (rules.places.has(run.folded) ? { kind: 'places', name: run.name } : undefined)],
  [
    'an unknown acronym or a figure',
    (run) => (run.acronyms.length > 0 || /\d/.test(run.name) ? 'left-out' : undefined),
  ],
  // A person's name has two words at least ("Advocate General Costa" stays out); an organisation
  // word is no person ("General Conference").
  [
    'one word, or an organisation word',
    (run, rules) => (run.parts.length < 2 || rules.organizationWord.test(run.name) ? 'left-out' : undefined),
  ],
  ['a titled name', (run) => (run.titled && run.parts.length <= 4 ? { kind: 'people', name: run.name } : undefined)],
  // A role just before the name, or set off by a comma just after: the run's last two words are
  // the person ("ministre des Transports Élisabeth Borne"). Without such evidence a run of
  // capitalised words ("Gare du Nord", "Grand Paris Express") is left out rather than misfiled.
  [
    'a role set off after the name',
    (run, rules) => (rules.roleAfter.test(run.after) ? lastTwoAsPerson(run) : undefined),
  ],
  // After "de", "of", "d'" the run is what the role is of ("administrateur d'Île-de-France
  // Mobilités"), unless it goes on past it ("ministre des Transports Élisabeth Borne").
  [
    'a role just before the name',
    (run, rules) =>
      rules.roleBefore.test(run.wideBefore) && run.parts.length >= (rules.complement.test(run.before) ? 3 : 2)
        ? lastTwoAsPerson(run)
        : undefined,
  ],
];

function fileRun(run: CapitalRun, rules: EntityRules): Filing {
  for (const [, file] of RUN_RULES) {
    const filing = file(run, rules);
    if (filing) return filing;
  }
  return 'left-out';
}

/** Whether an acronym is made of the initials of a name's capitalised words ("International Organization for Migration", "IOM"). */
function initialsMatch(name: string, acronym: string): boolean {
  const initials = name
    .split(/[\s-]+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
  return initials === acronym;
}

/** Keeps the first spelling of each entity, compared without case or accents. */
class UniqueList {
  readonly items: string[] = [];
  private readonly seen = new Set<string>();
  add(item: string): void {
    const key = fold(item);
    if (!key || this.seen.has(key)) return;
    this.seen.add(key);
    this.items.push(item);
  }
}
