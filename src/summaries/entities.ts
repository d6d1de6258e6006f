import { fold } from '../text/normalize.js';

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
const ORGANIZATION_WORDS = /\b(?:organi[sz]ation|union|commission|ministry|ministère|council|conseil|nations|police|agency|agence|bank|banque|university|université|company|party|parti|association|court|cour|assembly|assemblée|parliament|parlement|office|fund|fonds|ue|eu|un|onu|nato|otan)\b/iu;
const TITLE_WORDS = new Set(('m mme mr mrs ms dr king roi queen reine president président minister ministre prince ' +
  'sa majesté majeste his her sir lord general général chancellor chancelier commissioner commissaire').split(' '));
const NATIONALITY = /^(?:french|français|française|moroccan|marocain|marocaine|spanish|espagnol|european|européen|européenne|african|africain|syrian|iraqi|syro-irakien|syrian-iraqi|american|américain|german|allemand|british|britannique|italian|italien)$/iu;

const CAPITALIZED = /\b(?:\p{Lu}[\p{L}'’-]*|\p{Lu}\.)(?:\s+(?:(?:de|du|des|la|le|van|von|al|el|bin|ben|of|for|the|d'|l')\s+)?(?:\p{Lu}[\p{L}'’-]*|\p{Lu}\.)|\s+[IVX]+\b)*/gu;
/** Words that end a role ("Minister of Foreign Affairs", "ministre de l'Intérieur") before a name. */
const ROLE_WORDS = new Set(('minister ministre president affairs affaires interior interieur king roi queen reine ' +
  'commissioner commissaire chancellor secretary secretaire majesty majeste').split(' '));
/** Capitalised words that start a run without being part of a name. */
const LEADING_NOISE = new Set(('the a an on in at by for from to of and but as this that these those it he she they we his her its their ' +
  'le la les l un une des de du en au aux a dans par pour sur avec et mais ce cette ces il elle ils elles son sa ses leur selon lors depuis').split(' '));

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
  for (const m of text.matchAll(/\(([\p{Lu}]{2,8})\)/gu)) organizations.add(m[1]!);

  for (const m of text.matchAll(CAPITALIZED)) {
    let name = m[0].replace(/[.’']+$/u, '').trim();
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    let parts = name.split(/\s+/);
    let titled = false;
    // "French Minister of Foreign Affairs Jean-Yves Le Drian": the name is what follows the role.
    const lastRole = parts.findLastIndex((part) => ROLE_WORDS.has(fold(part)));
    if (lastRole >= 0 && lastRole < parts.length - 1) {
      parts = parts.slice(lastRole + 1);
      titled = true;
    }
    let dropped = false;
    while (parts.length > 0) {
      const first = fold(parts[0]!).replace(/\.$/, '');
      if (TITLE_WORDS.has(first)) titled = true;
      else if (!LEADING_NOISE.has(first) && !NATIONALITY.test(parts[0]!)) break;
      parts.shift();
      dropped = true;
    }
    name = parts.join(' ');
    const folded = fold(name);
    if (!name || new RegExp(`^(?:${MONTHS}|${WEEKDAYS})$`, 'iu').test(name) || NATIONALITY.test(name)) continue;
    const sentenceStart = !dropped && /(?:^|[.!?«“"]\s*)$/u.test(before);
    const afterPreposition = /\b(?:in|at|to|from|à|au|aux|en|vers)\s+$/iu.test(before);
    // "la coopération Maroc-France": two known places joined by a hyphen are both places.
    const joined = folded.split('-');
    if (joined.length > 1 && joined.every((part) => KNOWN_PLACES.has(part))) {
      for (const part of name.split('-')) places.add(part);
      continue;
    }
    if (ORGANIZATION_WORDS.test(name) && parts.length > 1) organizations.add(name);
    else if (KNOWN_PLACES.has(folded) || (afterPreposition && parts.length <= 2 && !sentenceStart)) places.add(name);
    else if (titled && parts.length <= 4) people.add(name);
    else if (parts.length >= 2 && parts.length <= 4 && !sentenceStart) people.add(name);
  }
  return { people: people.items, places: places.items, organizations: organizations.items, dates: dates.items, figures: figures.items };
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
