import { fold } from '../text/normalize.js';
import { ROLE_NOUNS } from '../text/roles.js';

export interface Entities {
  readonly people: string[];
  readonly places: string[];
  readonly organizations: string[];
  readonly dates: string[];
  readonly figures: string[];
}

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|' +
  'janvier|fevrier|février|mars|avril|mai|juin|juillet|aout|août|septembre|octobre|novembre|decembre|décembre';
const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche';
const DATE = new RegExp(
  `\\b(?:(?:\\d{1,2}(?:er)?\\s+(?:${MONTHS})(?:\\s+\\d{4})?)|(?:(?:${MONTHS})\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?)|` +
  `(?:(?:${MONTHS})\\s+\\d{4})|(?:${WEEKDAYS})|(?:(?:${MONTHS}))|(?:(?:1[5-9]|20)\\d{2}))\\b`, 'giu');
const FIGURE = /(?:[€$£]\s?)?\b\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+(?:[.,]\d+)?(?:\s?(?:%|€|\$|millions?|milliards?|billions?|million|percent|pour cent))?|(?:[€$£]\s?)?\b\d+(?:[.,]\d+)?(?:\s?(?:%|€|\$|millions?|milliards?|billions?|percent|pour cent))|\b\d{2,}\b(?!\s?(?:%|€))/giu;

/** Countries, regions and cities common in the news, in both languages (folded). */
const KNOWN_PLACES = new Set(('morocco maroc france spain espagne europe africa afrique rabat paris madrid casablanca ' +
  'tangier tanger algeria algerie tunisia tunisie libya libye syria syrie iraq irak sahara mediterranean mediterranee ' +
  'germany allemagne italy italie belgium belgique united kingdom royaume-uni london londres brussels bruxelles ' +
  'washington china chine russia russie ukraine turkey turquie egypt egypte senegal mali niger sahel ' +
  'canada quebec usa america amerique portugal greece grece lisbon lisbonne rome berlin geneva geneve').split(' '));
const ORGANIZATION_WORDS = /\b(?:organi[sz]ation|union|commission|conference|conférence|committee|comité|institute|institut|foundation|fondation|society|société|corporation|ministry|ministère|council|conseil|nations|police|agency|agence|bank|banque|university|université|company|party|parti|association|court|cour|assembly|assemblée|parliament|parlement|office|fund|fonds|ue|eu|un|onu|nato|otan)\b/iu;
/** Acronyms of organisations that stand alone in the news, in both languages. */
const KNOWN_ORGANIZATIONS = new Set(['EU', 'UE', 'UN', 'ONU', 'NATO', 'OTAN', 'IMF', 'FMI', 'WHO', 'OMS', 'SNCF', 'RATP', 'UNESCO', 'UNICEF', 'OPEC', 'OPEP']);
/** A role noun among the last few words: what is named next is a person ("le préfet de région Michel Cadot"). */
const ROLE_BEFORE = new RegExp(`(?:^|[\\s'’(])(?:${ROLE_NOUNS.join('|')})(?:\\s+\\S+){0,7}\\s*$`, 'iu');
/** Text ending in a preposition: what follows is a role's complement ("ministre de l'Intérieur"). */
const COMPLEMENT = /(?:\b(?:de|du|des|of|the)|\b[dl]['’])\s*$/iu;
/** A role noun just after a name, set off by a comma: "Pierre Serne, administrateur de…". */
const ROLE_AFTER = new RegExp(`^\\s*,\\s*(?:(?:le|la|l'|l’|the|an?|son|sa|his|her)\\s*)?(?:\\p{L}+\\s+)?(?:${ROLE_NOUNS.join('|')})\\b`, 'iu');
const TITLE_WORDS = new Set(('m mme mr mrs ms dr king roi queen reine president président minister ministre prince ' +
  'sa majesté majeste his her sir lord general général chancellor chancelier commissioner commissaire').split(' '));
const NATIONALITY = /^(?:french|français|française|moroccan|marocain|marocaine|spanish|espagnol|european|européen|européenne|african|africain|syrian|iraqi|syro-irakien|syrian-iraqi|american|américain|german|allemand|british|britannique|italian|italien)$/iu;

/** A month or a weekday: a capitalised run holding one is a date, not a name ("Between January"). */
const CALENDAR_WORD = new RegExp(`^(?:${MONTHS}|${WEEKDAYS})$`, 'iu');

const CAPITALIZED = /(?<![\p{L}\p{N}'’-])(?:\p{Lu}[\p{L}'’-]*|\p{Lu}\.)(?:\s+(?:(?:de|du|des|la|le|van|von|al|el|bin|ben|of|for|the|d'|l')\s+)?(?:\p{Lu}[\p{L}'’-]*|\p{Lu}\.)|\s+[IVX]+\b)*/gu;
/** Words that end a role ("Minister of Foreign Affairs", "ministre de l'Intérieur") before a name. */
const ROLE_WORDS = new Set(('minister ministre president affairs affaires interior interieur king roi queen reine ' +
  'commissioner commissaire chancellor secretary secretaire majesty majeste').split(' '));
/** Capitalised words that start a run without being part of a name. */
const LEADING_NOISE = new Set(('the a an on in at by for from to of and but as this that these those it he she they we his her its their ' +
  'le la les l un une des de du en au aux a dans par pour sur avec et mais ce cette ces il elle ils elles son sa ses leur selon lors depuis ' +
  'between entre after apres après before avant since during pendant while within when where whereas although however ' +
  'under over against among quand lorsque alors si').split(' '));

/**
 * People, places, organisations, dates and figures named in a text, by rule: capitalised runs of
 * words (a person has two or more words, or a title before the name), a short list of countries and
 * cities plus "in/à X", organisation words and acronyms, date and number patterns in both languages.
 */
export function extractEntities(text: string): Entities {
  const people = new UniqueList();
  const places = new UniqueList();
  const organizations = new UniqueList();
  const dates = new UniqueList();
  const figures = new UniqueList();

  for (const m of text.matchAll(DATE)) dates.add(m[0]);
  const dateText = new Set(dates.items.map(fold));
  for (const m of text.matchAll(FIGURE)) {
    const figure = m[0].trim();
    if (!dateText.has(fold(figure)) && ![...dateText].some((d) => d.includes(fold(figure)))) figures.add(figure);
  }
  // "International Organization for Migration (IOM)": one organisation, its name and its acronym;
  // an acronym after words that name no organisation ("high speed train (LGV)") is left out.
  const expanded = new Set<string>();
  for (const m of text.matchAll(/((?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|for|the|de|du|des|la|le|et|and)\s+)*)+)\(([\p{Lu}]{2,8})\)/gu)) {
    const expansion = m[1]!.trim().replace(/^(?:The|La|Le|Les|L['’])\s*/u, '');
    if (!ORGANIZATION_WORDS.test(expansion) && !initialsMatch(expansion, m[2]!)) continue;
    organizations.add(`${expansion} (${m[2]})`);
    expanded.add(fold(expansion));
    expanded.add(fold(m[2]!));
  }

  for (const m of text.matchAll(CAPITALIZED)) {
    let name = m[0].replace(/['’]s$/u, '').replace(/[.’']+$/u, '').trim();
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    let parts = name.split(/\s+/);
    let titled = false;
    // "French Minister of Foreign Affairs Jean-Yves Le Drian": the name is what follows the role.
    const lastRole = parts.findLastIndex((part) => ROLE_WORDS.has(fold(part)));
    if (lastRole >= 0 && lastRole < parts.length - 1) {
      parts = parts.slice(lastRole + 1);
      titled = true;
    }
    while (parts.length > 0) {
      const first = fold(parts[0]!).replace(/\.$/, '');
      if (TITLE_WORDS.has(first)) titled = true;
      else if (!LEADING_NOISE.has(first) && !NATIONALITY.test(parts[0]!)) break;
      parts.shift();
    }
    name = parts.join(' ');
    const folded = fold(name);
    if (!name || parts.some((part) => CALENDAR_WORD.test(part)) || NATIONALITY.test(name)) continue;
    // "la coopération Maroc-France": two known places joined by a hyphen are both places.
    const joined = folded.split('-');
    if (joined.length > 1 && joined.every((part) => KNOWN_PLACES.has(part))) {
      for (const part of name.split('-')) places.add(part);
      continue;
    }
    if (expanded.has(folded)) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    // Capitals only, but not a king's number ("Mohammed VI").
    const acronyms = parts.filter((part) => /^\p{Lu}{2,}$/u.test(part) && !/^[IVXLC]+$/.test(part));
    if ((ORGANIZATION_WORDS.test(name) && parts.length > 1) || acronyms.some((part) => KNOWN_ORGANIZATIONS.has(part))) organizations.add(name);
    // Only places known as such: "in Tesla", "in English", "à Guillaume Pepy" follow a preposition too.
    else if (KNOWN_PLACES.has(folded)) places.add(name);
    else if (acronyms.length > 0 || /\d/.test(name)) continue;
    // A person's name has two words at least ("Advocate General Costa" stays out); an organisation
    // word is no person ("General Conference").
    else if (parts.length < 2 || ORGANIZATION_WORDS.test(name)) continue;
    else if (titled && parts.length <= 4) people.add(name);
    // A role just before the name, or set off by a comma just after: the run's last two words are
    // the person ("ministre des Transports Élisabeth Borne"). Without such evidence a run of
    // capitalised words ("Gare du Nord", "Grand Paris Express") is left out rather than misfiled.
    else if (parts.length >= 2 && ROLE_AFTER.test(after)) people.add(parts.slice(-2).join(' '));
    // After "de", "of", "d'" the run is what the role is of ("administrateur d'Île-de-France
    // Mobilités"), unless it goes on past it ("ministre des Transports Élisabeth Borne").
    else if (ROLE_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index)) && parts.length >= (COMPLEMENT.test(before) ? 3 : 2)) people.add(parts.slice(-2).join(' '));
  }
  return { people: people.items, places: places.items, organizations: organizations.items, dates: dates.items, figures: figures.items };
}

/** Whether an acronym is made of the initials of a name's capitalised words ("International Organization for Migration", "IOM"). */
function initialsMatch(name: string, acronym: string): boolean {
  const initials = name.split(/[\s-]+/).filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('');
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
