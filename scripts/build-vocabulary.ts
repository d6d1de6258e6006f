/**
 * Builds vocabulary/fr-en.tsv, the bilingual vocabulary the search carries questions across
 * languages with, from open lexical data:
 * - Princeton WordNet 3.0 (English) and WOLF (French), which share synset ids: a French and an
 *   English lemma of one synset translate each other, and lemmas of one synset are synonyms;
 * - CLDR names of languages and territories, mapped to the same synsets;
 * - the project's own news terms (scripts/vocabulary/news-terms.txt), which the wordnets lack;
 * - irregular forms: WordNet's exception lists (via wink-lexicon) and the Lefff's conjugations
 *   (via french-verbs-lefff), kept only where the suffix rules of src/text/lemma-rules.ts miss.
 *
 * npm run build:vocabulary [-- LEXICAL_DIR]   (default ../shared/lexical)
 * WORDNET_DIR: WordNet 3.0's dictionary files, for their derivation links (default
 * /usr/share/wordnet, Debian's `wordnet-base`).
 *
 * Each line: language, kind, folded key, then the entries, tab-separated. Kinds:
 * - `t` translations: `lemma:score` of the other language, best first;
 * - `s` synonyms in the same language, `lemma:score`;
 * - `f` an inflected form no rule reaches, and its lemmas;
 * - `i` an English lemma, and its irregular forms from WordNet's exception lists: `f` pairs read the other way;
 * - `d` derivations in the same language, `lemma:score`: the words WordNet links as forms of one
 *   another ("suspend", "suspension"), and the French words of the synsets so linked that share
 *   a beginning ("évacuer", "évacuation").
 * A score is the pair's agreement: the sum, over the synsets the two lemmas share, of
 * 1 / (rank of the synset for one × rank for the other); 1 is "each other's first meaning".
 */
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { languageData, type Language } from '../src/language/registry.js';
import { fold } from '../src/text/normalize.js';
import { isStopword } from '../src/text/stopwords.js';
import { isStopwordAlsoWord } from '../src/text/analyze.js';
import { ruleLemma } from '../src/text/lemmatize.js';
import { words } from '../src/text/tokenize.js';
import { stem } from '../src/text/stem.js';
import { sharedBeginning } from '../src/search/fuzzy/vocabulary-matcher.js';
import { translationLanguage, vocabularyFile, type VocabularyLanguage } from '../src/search/crosslingual/vocabulary.js';

/** What a translation or a synonym must score to be kept, and how many each word keeps. */
const DEFAULT_LIMITS = {
  /** Below this agreement a pair is more likely noise than a translation (a second sense of a third one): measured on the held-out questions. */
  minScore: 0.5,
  /** A pair that scores under this share of the word's best pair is a lesser sense. */
  minShareOfBest: 0.25,
  /** Translations kept a word: beyond four, more postings to scan per question and no better answers. */
  maxTranslations: 4,
  maxSynonyms: 4,
  maxDerivations: 4,
  /** A synonym must agree this much: one shared first sense, or two lesser ones. */
  minSynonymScore: 0.5,
  /**
   * A word's translations of more words than this are left out: matched one by one, the words of
   * "full stop" (for "époque", period) or "capitale albanaise" (for "Tirana") mean other things.
   */
  maxTargetWords: 1,
  /** Phrases of up to this many words are looked up ("united states"), and translate to phrases as long: three-word phrases cost held-out "not found" and gained nothing. */
  maxPhraseWords: 2,
};
/** VOCABULARY_LIMITS='{"minShareOfBest":0.5}' tries other limits, to measure them. */
const LIMITS: typeof DEFAULT_LIMITS = {
  ...DEFAULT_LIMITS,
  ...(JSON.parse(process.env.VOCABULARY_LIMITS ?? '{}') as Partial<typeof DEFAULT_LIMITS>),
};

const lexicalDir = process.argv[2] ?? '../shared/lexical';
const wordnetDir = process.env.WORDNET_DIR ?? '/usr/share/wordnet';
const require = createRequire(import.meta.url);

/** lemma (lower case, accents kept) -> synset -> rank of that synset for the lemma (1 = its most common meaning). */
type Senses = Map<string, Map<string, number>>;

function readTab(file: string): { synset: string; lemma: string; rank: number }[] {
  const rows: { synset: string; lemma: string; rank: number }[] = [];
  for (const line of readFileSync(join(lexicalDir, file), 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [synset, , lemma, rank] = line.split('\t');
    // WOLF holds a few garbled forms ("tau|taux"); the clean form is also listed.
    if (!synset || !lemma || lemma.includes('|')) continue;
    rows.push({ synset, lemma: lemma.toLowerCase().trim(), rank: rank ? Number(rank) : 0 });
  }
  return rows;
}

function addSense(senses: Senses, lemma: string, synset: string, rank: number): void {
  const known = senses.get(lemma) ?? new Map<string, number>();
  known.set(synset, Math.min(known.get(synset) ?? Infinity, rank));
  senses.set(lemma, known);
}

const english: Senses = new Map();
for (const row of readTab('wn30-eng.tab')) addSense(english, row.lemma, row.synset, row.rank);
/** How common a meaning is: its best rank for any English lemma of it (WOLF gives no sense order). */
const commonness = new Map<string, number>();
for (const synsets of english.values())
  for (const [synset, rank] of synsets) commonness.set(synset, Math.min(commonness.get(synset) ?? Infinity, rank));

const cldrFrench = readTab('cldr-fra.tab');
const namedByCldr = new Set(cldrFrench.map((row) => row.synset));
/**
 * WOLF gives some territories the names of their towns ("Brest" in the synset of France,
 * "Russia" sense 2 town names): in a synset CLDR names, a French lemma that WordNet gives
 * another synset as its English name is a place of the territory, not a name of it.
 */
function namesAnotherPlace(row: { synset: string; lemma: string }): boolean {
  if (!namedByCldr.has(row.synset)) return false;
  const elsewhere = english.get(row.lemma);
  return elsewhere !== undefined && !elsewhere.has(row.synset);
}
const frenchRows = readTab('wolf-fra.tab').filter((row) => !namesAnotherPlace(row));
const french: Senses = new Map();
{
  const synsetsOf = new Map<string, Set<string>>();
  for (const row of frenchRows) synsetsOf.set(row.lemma, (synsetsOf.get(row.lemma) ?? new Set()).add(row.synset));
  // A French lemma's meanings, ranked as English ranks them: the synsets that are some English
  // word's first meaning come first (dense ranks: two such synsets are both rank 1).
  for (const [lemma, synsets] of synsetsOf) {
    const levels = [...new Set([...synsets].map((s) => commonness.get(s) ?? 9))].sort((a, b) => a - b);
    for (const synset of synsets) addSense(french, lemma, synset, levels.indexOf(commonness.get(synset) ?? 9) + 1);
  }
}
// Names of languages and territories: each the first meaning of its name in both languages.
for (const row of readTab('cldr-eng.tab')) addSense(english, row.lemma, row.synset, 1);
for (const row of cldrFrench) addSense(french, row.lemma, row.synset, 1);

const SENSES: Record<VocabularyLanguage, Senses> = { en: english, fr: french };

/** synset -> its lemmas in one language, with their ranks. */
function membersBySynset(senses: Senses): Map<string, [string, number][]> {
  const members = new Map<string, [string, number][]>();
  for (const [lemma, synsets] of senses) {
    for (const [synset, rank] of synsets) {
      const list = members.get(synset) ?? [];
      list.push([lemma, rank]);
      members.set(synset, list);
    }
  }
  return members;
}
const MEMBERS: Record<VocabularyLanguage, Map<string, [string, number][]>> = {
  en: membersBySynset(english),
  fr: membersBySynset(french),
};

function wordCount(lemma: string): number {
  return lemma.split(/[\s-]+/).filter(Boolean).length;
}

/**
 * A word of the language that carries meaning, or a phrase of two or three words ("united_states",
 * "etats_unis": words joined by "_"), not all stopwords: only such keys are looked up.
 */
function isKey(folded: string, language: VocabularyLanguage): boolean {
  const parts = folded.split('_');
  if (parts.length > LIMITS.maxPhraseWords || !parts.every((part) => /^[a-z0-9']+$/.test(part))) return false;
  return parts.length === 1
    ? folded.length > 1 && !isOnlyStopword(folded, language)
    : parts.some((part) => !isStopword(part, languageData(language)));
}

/**
 * The key of a lemma: its words as a question's are read, joined by "_" ("États-Unis" ->
 * "etats_unis", "cours d'eau" -> "cours_eau"), and a phrase's stopwords left out as the question's
 * phrases leave them ("feu de forêt" -> "feu_foret"): a key the question's words cannot spell
 * would never be looked up.
 */
function keyOf(lemma: string, language: VocabularyLanguage): string {
  const all = words(lemma);
  const content = all.filter((word) => !isStopword(word, languageData(language)));
  // A phrase of one word and stopwords ("look at") keeps them: its key is no single word's.
  return (content.length >= 2 ? content : all).join('_');
}

/** Whether every word of a lemma is a stopword: such a target matches nothing worth matching. */
function onlyStopwords(lemma: string, language: VocabularyLanguage): boolean {
  return lemma.split(/[\s-]+/).every((part) => !part || isOnlyStopword(fold(part), language));
}

/** A stopword that is never read as a word (unlike "may", "avions", "été": `stopwordsAlsoWords`). */
function isOnlyStopword(folded: string, language: VocabularyLanguage): boolean {
  const data = languageData(language);
  return isStopword(folded, data) && !isStopwordAlsoWord(folded, data);
}

type Scored = Map<string, number>;

/** The other lemmas sharing a synset with `lemma`, each with the pair's agreement. */
function related(lemma: string, from: VocabularyLanguage, to: VocabularyLanguage): Scored {
  const scores: Scored = new Map();
  const maxWords = from === to ? 1 : wordCount(lemma) > 1 ? LIMITS.maxPhraseWords : LIMITS.maxTargetWords;
  for (const [synset, rank] of SENSES[from].get(lemma) ?? []) {
    for (const [other, otherRank] of MEMBERS[to].get(synset) ?? []) {
      if (from === to && other === lemma) continue;
      // A synonym is one word: the words of a phrase ("Italian Republic") mean other things alone.
      if (wordCount(other) > maxWords || onlyStopwords(other, to)) continue;
      scores.set(other, (scores.get(other) ?? 0) + 1 / (rank * otherRank));
    }
  }
  return scores;
}

/** Entries by folded key: every lemma folding to one key (pêche, péché) shares the key's entries. */
type Entries = Map<string, Scored>;

function merge(into: Entries, key: string, scores: Scored): void {
  const known = into.get(key) ?? new Map<string, number>();
  for (const [lemma, score] of scores) known.set(lemma, Math.max(known.get(lemma) ?? 0, score));
  into.set(key, known);
}

const translations: Record<VocabularyLanguage, Entries> = { en: new Map(), fr: new Map() };
/** The project's own pairs: kept whatever the wordnets say, as good as the word's best translation. */
const curated: Record<VocabularyLanguage, Map<string, Set<string>>> = { en: new Map(), fr: new Map() };
const synonyms: Record<VocabularyLanguage, Entries> = { en: new Map(), fr: new Map() };
for (const [from, to] of [
  ['en', 'fr'],
  ['fr', 'en'],
] as const) {
  for (const lemma of SENSES[from].keys()) {
    const key = keyOf(lemma, from);
    if (!isKey(key, from)) continue;
    merge(translations[from], key, related(lemma, from, to));
    if (wordCount(lemma) === 1) merge(synonyms[from], key, related(lemma, from, from));
  }
}

// The project's own news terms: French forms = English forms, every form of one side
// translating every form of the other as a first meaning.
for (const line of readFileSync(new URL('../../scripts/vocabulary/news-terms.txt', import.meta.url), 'utf8').split(
  '\n',
)) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [left, right] = line.split('=');
  if (left === undefined || right === undefined) throw new Error(`news-terms.txt: no "=" in "${line}"`);
  const sides = { fr: splitForms(left), en: splitForms(right) };
  for (const [from, to] of [
    ['fr', 'en'],
    ['en', 'fr'],
  ] as const) {
    for (const form of sides[from]) {
      const key = keyOf(form, from);
      if (!isKey(key, from)) continue;
      const known = curated[from].get(key) ?? new Set<string>();
      for (const target of sides[to]) known.add(target);
      curated[from].set(key, known);
    }
  }
}

function splitForms(side: string): string[] {
  return side
    .split(',')
    .map((form) => form.trim().toLowerCase())
    .filter(Boolean);
}

/**
 * The kept entries of a word, best first, as `lemma:score`; `always` (the project's own, in
 * `alwaysLanguage`) are kept first, scoring as the best. They take a place of the `max` per word
 * they stand for (forms of one word, "diminuer, diminue", take one), and leave the wordnets' best
 * its place: "fall" is "baisser" in the news and "tomber" too.
 */
function keep(
  scores: Scored,
  max: number,
  minScore: number,
  always: ReadonlySet<string> = new Set(),
  alwaysLanguage?: Language,
): string[] {
  const sorted = [...scores]
    .filter(([lemma, score]) => score >= minScore && !always.has(lemma))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const best = Math.max(1, sorted[0]?.[1] ?? 0);
  const alwaysWords = alwaysLanguage
    ? new Set([...always].map((lemma) => stem(lemma, languageData(alwaysLanguage)))).size
    : always.size;
  const kept = sorted
    .filter(([, score]) => score >= best * LIMITS.minShareOfBest)
    .slice(0, always.size ? Math.max(1, max - alwaysWords) : max);
  return [...[...always].map((lemma): [string, number] => [lemma, best]), ...kept].map(
    ([lemma, score]) => `${lemma.replace(/ /g, '_')}:${Math.min(score, 9.99).toFixed(2)}`,
  );
}

const lines: string[] = [];
const keys: Record<VocabularyLanguage, Set<string>> = { en: new Set(), fr: new Set() };
for (const language of ['en', 'fr'] as const) {
  for (const key of new Set([...translations[language].keys(), ...curated[language].keys()])) {
    const kept = keep(
      translations[language].get(key) ?? new Map(),
      LIMITS.maxTranslations,
      LIMITS.minScore,
      curated[language].get(key),
      translationLanguage(language),
    );
    if (kept.length) {
      lines.push(`${language}\tt\t${key}\t${kept.join(' ')}`);
      keys[language].add(key);
    }
  }
  for (const [key, scores] of synonyms[language]) {
    const kept = keep(scores, LIMITS.maxSynonyms, LIMITS.minSynonymScore);
    if (kept.length) {
      lines.push(`${language}\ts\t${key}\t${kept.join(' ')}`);
      keys[language].add(key);
    }
  }
}

/** A word of one synset that WordNet links, as a derivation, to a word of another: "suspend" (v) to "suspension" (n). */
interface DerivationLink {
  readonly from: string;
  readonly fromWord: string;
  readonly to: string;
  readonly toWord: string;
}

/**
 * The derivation links ("+" pointers) of WordNet's data files, which its index files (and so the
 * tab files) leave out. A data line: offset, lexicographer file, pos, word count (hex), each word
 * with its lexical id, pointer count, then each pointer as symbol, offset, pos and the source and
 * target word numbers (two hex digits each).
 */
function readDerivationLinks(): DerivationLink[] {
  const wordsOf = new Map<string, string[]>();
  const pointers: { from: string; to: string; fromNumber: number; toNumber: number }[] = [];
  for (const part of ['noun', 'verb', 'adj', 'adv']) {
    let text: string;
    try {
      text = readFileSync(join(wordnetDir, `data.${part}`), 'utf8');
    } catch {
      throw new Error(`No WordNet data files in ${wordnetDir}: install Debian's wordnet-base, or set WORDNET_DIR`);
    }
    for (const line of text.split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const fields = line.split(' | ')[0]!.split(' ');
      const synset = `${fields[0]}-${fields[2]}`;
      const count = parseInt(fields[3]!, 16);
      // An adjective's syntactic marker ("(a)", "(p)") is no part of the word.
      const lemmas = Array.from({ length: count }, (_, i) =>
        fields[4 + 2 * i]!.replace(/\(.*\)$/, '')
          .replace(/_/g, ' ')
          .toLowerCase(),
      );
      wordsOf.set(synset, lemmas);
      let at = 4 + 2 * count;
      const pointerCount = Number(fields[at++]);
      for (let i = 0; i < pointerCount; i++, at += 4) {
        if (fields[at] !== '+') continue;
        const numbers = fields[at + 3]!;
        pointers.push({
          from: synset,
          to: `${fields[at + 1]}-${fields[at + 2]}`,
          fromNumber: parseInt(numbers.slice(0, 2), 16),
          toNumber: parseInt(numbers.slice(2), 16),
        });
      }
    }
  }
  // A pointer's target may lie in another part's file: its word is read once every file is. A
  // pointer names an adjective satellite's pos "a", its synset "s".
  return pointers.map(({ from, to, fromNumber, toNumber }) => {
    const target = wordsOf.has(to) ? to : to.replace(/-a$/, '-s');
    return {
      from,
      fromWord: wordsOf.get(from)![fromNumber - 1]!,
      to: target,
      toWord: wordsOf.get(target)![toNumber - 1]!,
    };
  });
}

/** French words of linked synsets are one family only if they share this many first letters ("évacuer", "évacuation"). */
const MIN_FRENCH_FAMILY_BEGINNING = 4;

// Derivations, scored as synonyms are: the sum over the links of 1 / (rank of one synset for one
// word × rank of the other for the other). English takes WordNet's links word for word; French,
// the WOLF words of linked synsets that share a beginning (a synset's other words are synonyms,
// not derivations).
const derivations: Record<VocabularyLanguage, Map<string, Scored>> = { en: new Map(), fr: new Map() };
function addDerivation(
  language: VocabularyLanguage,
  from: string,
  fromSynset: string,
  to: string,
  toSynset: string,
): void {
  if (wordCount(from) > 1 || wordCount(to) > 1) return;
  const fromRank = SENSES[language].get(from)?.get(fromSynset);
  const toRank = SENSES[language].get(to)?.get(toSynset);
  if (fromRank === undefined || toRank === undefined || keyOf(from, language) === keyOf(to, language)) return;
  for (const [one, other] of [
    [from, to],
    [to, from],
  ] as const) {
    const scores = derivations[language].get(one) ?? new Map<string, number>();
    scores.set(other, (scores.get(other) ?? 0) + 1 / (fromRank * toRank));
    derivations[language].set(one, scores);
  }
}
for (const link of readDerivationLinks()) {
  addDerivation('en', link.fromWord, link.from, link.toWord, link.to);
  for (const [from] of MEMBERS.fr.get(link.from) ?? [])
    for (const [to] of MEMBERS.fr.get(link.to) ?? [])
      if (sharedBeginning(fold(from), fold(to)) >= MIN_FRENCH_FAMILY_BEGINNING)
        addDerivation('fr', from, link.from, to, link.to);
}
for (const language of ['en', 'fr'] as const) {
  const byKey: Entries = new Map();
  for (const [lemma, scores] of derivations[language]) {
    const key = keyOf(lemma, language);
    if (isKey(key, language)) merge(byKey, key, scores);
  }
  for (const [key, scores] of byKey) {
    const kept = keep(scores, LIMITS.maxDerivations, LIMITS.minSynonymScore);
    if (kept.length) lines.push(`${language}\td\t${key}\t${kept.join(' ')}`);
  }
}

/**
 * A key is a verb when this share of its meanings are: WOLF lists a few noun senses for most
 * verbs ("travailler"), and "call" has 28 verb senses for 13 noun ones, "score" 9 for 10.
 */
const MIN_VERB_SHARE = 2 / 3;
// Verbs: lemmas whose meanings in the wordnets are mostly verbs ("regarder", "enchaîner"). A
// question's verb no article holds says little (news tells an event with many verbs), while a
// noun no article holds is often the point asked ("company", "score").
for (const language of ['en', 'fr'] as const) {
  // Meanings per key, verbs' and all: several lemmas may share a key ("marché", "marche").
  const meanings = new Map<string, { verbs: number; all: number }>();
  for (const [lemma, synsets] of SENSES[language]) {
    const key = keyOf(lemma, language);
    if (key.includes('_') || !keys[language].has(key)) continue;
    const counted = meanings.get(key) ?? { verbs: 0, all: 0 };
    for (const synset of synsets.keys()) {
      counted.all++;
      if (synset.endsWith('-v')) counted.verbs++;
    }
    meanings.set(key, counted);
  }
  for (const [key, { verbs, all }] of meanings)
    if (verbs >= MIN_VERB_SHARE * all) lines.push(`${language}\tp\t${key}\tverb`);
}

// Irregular forms: those whose lemma the vocabulary holds and that no suffix rule reaches. A form
// that is a lemma itself is looked up as written, never through the rules ("joue" is a cheek, and
// "jouer" only through its line here), so it keeps its line even where the rules would reach it.
const forms: Record<VocabularyLanguage, Map<string, Set<string>>> = { en: new Map(), fr: new Map() };
/** The lemma the language's suffix rules give a folded word, among the vocabulary's keys. */
function ruleLemmaIn(language: VocabularyLanguage, word: string): string | undefined {
  return ruleLemma(word, languageData(language), (candidate) => keys[language].has(candidate));
}
function addForm(language: VocabularyLanguage, form: string, lemma: string): void {
  const key = fold(form);
  const target = fold(lemma);
  // A stopword read as a word ("avions", "été") is the noun, never the form of its verb ("avoir").
  if (key === target || !keys[language].has(target) || !isKey(key, language) || isStopword(key, languageData(language)))
    return;
  if (!keys[language].has(key) && ruleLemmaIn(language, key) === target) return;
  forms[language].set(key, (forms[language].get(key) ?? new Set()).add(target));
}
/** The English forms that come from WordNet's exception lists (not from the project's own terms). */
const exceptionForms = new Set<string>();
for (const part of ['noun', 'verb', 'adjective']) {
  const exceptions = require(`wink-lexicon/src/wn-${part}-exceptions.js`) as Record<string, string>;
  for (const [form, lemma] of Object.entries(exceptions)) {
    addForm('en', form, lemma);
    exceptionForms.add(fold(form));
  }
}
const conjugations = require('french-verbs-lefff/dist/conjugations.json') as Record<
  string,
  Record<string, (string | null)[] | null>
>;
for (const [infinitive, tenses] of Object.entries(conjugations)) {
  for (const tense of Object.values(tenses))
    for (const form of tense ?? []) if (typeof form === 'string' && form !== 'NA') addForm('fr', form, infinitive);
}
// The project's own terms list inflected forms as keys of their own ("borders"): each is also read
// as the lemma its rules give, so that it keeps that lemma's translations ("border": frontalier).
for (const language of ['en', 'fr'] as const) {
  for (const key of curated[language].keys()) {
    // A phrase is read through its last word's lemma ("by-elections": "by-election") by the search.
    if (key.includes('_')) continue;
    const lemma = ruleLemmaIn(language, key);
    if (lemma !== undefined) addForm(language, key, lemma);
  }
  for (const [form, lemmas] of forms[language]) lines.push(`${language}\tf\t${form}\t${[...lemmas].sort().join(' ')}`);
}
// The exception lists' forms the other way, lemma first: a question's "swim" finds the passage's
// "swam". Only those: the Lefff's forms no rule reaches include nouns of their own ("prise",
// "primes" for "prendre"), and read from the lemma they cost wikiqa 0.3 point of hit@1, where
// the exception lists' cost nothing there and put one more news-dev answer first.
const inflections = new Map<string, Set<string>>();
for (const [form, lemmas] of forms.en)
  for (const lemma of lemmas)
    if (exceptionForms.has(form)) inflections.set(lemma, (inflections.get(lemma) ?? new Set()).add(form));
for (const [lemma, known] of inflections) lines.push(`en\ti\t${lemma}\t${[...known].sort().join(' ')}`);

lines.sort();
const header = [
  '# Bilingual vocabulary, built by scripts/build-vocabulary.ts: do not edit by hand.',
  '# From Princeton WordNet 3.0 (WordNet 3.0 licence), WOLF (CeCILL-C, Benoit Sagot, INRIA), Unicode CLDR (Unicode licence),',
  '# WordNet exception lists via wink-lexicon (MIT) and Lefff conjugations via french-verbs-lefff (LGPL-LR); see docs/retrieval.md.',
  "# language <tab> kind (t translations, s synonyms, d derivations, f irregular form, i its lemma's forms, p part of speech) <tab> folded key <tab> entries",
];
const target = vocabularyFile();
writeFileSync(`${target}.tmp`, `${[...header, ...lines].join('\n')}\n`);
renameSync(`${target}.tmp`, target);
const count = (kind: string) => lines.filter((line) => line.split('\t')[1] === kind).length;
console.log(
  `${target}: ${lines.length} lines (${count('t')} translated words, ${count('s')} with synonyms, ${count('d')} with derivations, ${count('f')} irregular forms, ${count('p')} verbs)`,
);
