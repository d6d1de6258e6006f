import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../../language/registry.js';
import { LANGUAGES, languageData } from '../../language/registry.js';
import { projectFolder } from '../../config/project-folder.js';
import { ruleLemma } from '../../text/lemmatize.js';
import { memoize } from '../../text/memo.js';
import { VocabularyMatcher, type FuzzyMatch } from '../fuzzy/vocabulary-matcher.js';

/** A word of the vocabulary that stands for another, and how far the data trusts the pair. */
export interface Related {
  /** Lower case with its accents, as the stemmer of its language reads it best. */
  readonly lemma: string;
  /**
   * Agreement of the pair in the wordnets: the sum over shared meanings of 1 / (rank for one
   * word × rank for the other). 1 is "each other's first meaning"; more is several meanings agreeing.
   */
  readonly score: number;
}

/** The vocabulary file the build script writes and the search reads. */
/** The two languages the bilingual vocabulary translates between, named by its file: `fr-en.tsv`. */
export const VOCABULARY_LANGUAGES = ['fr', 'en'] as const satisfies readonly [Language, Language];

/** A language of the vocabulary's pair. */
export type VocabularyLanguage = (typeof VOCABULARY_LANGUAGES)[number];

export function vocabularyFile(): string {
  return join(projectFolder('vocabulary'), `${VOCABULARY_LANGUAGES.join('-')}.tsv`);
}

/** The language the vocabulary translates a language's words into (the other one of its pair). */
export function translationLanguage(language: Language): Language {
  return VOCABULARY_LANGUAGES[0] === language ? VOCABULARY_LANGUAGES[1] : VOCABULARY_LANGUAGES[0];
}

type Kind = 't' | 's' | 'd' | 'f' | 'i' | 'p';
/** The kinds of line whose entries are related words with their scores (`lemma:score`). */
type RelatedKind = 't' | 's' | 'd';

/**
 * The bilingual vocabulary (vocabulary/fr-en.tsv, built from WordNet, WOLF and CLDR by
 * scripts/build-vocabulary.ts): translations into the other language, synonyms in the same
 * one, derivations, the irregular forms of words, and which words are verbs only.
 *
 * A word is looked up by its lemma, never by a stem shared with other words: its folded form if
 * the vocabulary holds it, else the lemma its language's suffix rules give ("agriculteurs" ->
 * "agriculteur") if the vocabulary holds that one; and the lemmas its irregular form is listed
 * under ("soutenu" -> "soutenir"). So "payé" never becomes "pays".
 *
 * The file is read once and kept as bytes, as it is, sorted: a look-up is a binary search over
 * its bytes for the line of a key (keys are ASCII), so that loading costs nothing beyond reading
 * the file (no decoding, no map of every word); a line's entries are decoded when first asked for.
 */
export class Vocabulary {
  /** Spelling matchers over the words of one language that begin with one letter. */
  private readonly spellings = new Map<string, VocabularyMatcher>();

  /**
   * Look-ups remembered: a question's words, their lemmas and rule candidates are asked for
   * again and again, and each is a binary search otherwise.
   */
  private readonly lineOf = memoize((id: string) => this.search(id));
  private readonly entriesOf = memoize(
    (id: string): readonly Related[] => this.lineOf(id)?.split(' ').map(parseEntry) ?? [],
  );
  private readonly beginsPhrase = memoize((id: string) => {
    const prefix = Buffer.from(id);
    return this.startsWith(this.firstLineFrom(prefix), prefix);
  });
  private readonly lemmasOf = memoize((id: string) => this.findLemmas(id.slice(3), id.slice(0, 2) as Language));

  /** `bytes`: the file's lines, sorted by their bytes; comment lines (#) only at the top. */
  constructor(private readonly bytes: Buffer) {}

  /** The shipped vocabulary, read once per process. */
  static shared(): Vocabulary {
    shared ??= new Vocabulary(readFileSync(vocabularyFile()));
    return shared;
  }

  /** Whether the vocabulary knows a folded word, as a lemma or an inflected form of one. */
  has(word: string, language: Language): boolean {
    return this.lemmas(word, language).length > 0;
  }

  /** The one language the vocabulary knows a folded word in, if it knows it in only one ("rafale": French). */
  onlyLanguageOf(word: string): Language | undefined {
    const known = LANGUAGES.filter((language) => this.has(word, language));
    return known.length === 1 ? known[0] : undefined;
  }

  /** The vocabulary's lemmas (folded) that a folded word is, or is a form of. */
  lemmas(word: string, language: Language): readonly string[] {
    return this.lemmasOf(`${language}\t${word}`);
  }

  private findLemmas(word: string, language: Language): readonly string[] {
    const isLemma = (candidate: string) =>
      this.line(language, 't', candidate) !== undefined || this.line(language, 's', candidate) !== undefined;
    const irregular = this.line(language, 'f', word)?.split(' ') ?? [];
    // A word that is a lemma is not also read as a form of another ("porte" is no "port"); a
    // form may be both irregular and regular ("armes": "armer", and the plural of "arme").
    const regular = isLemma(word) ? word : ruleLemma(word, languageData(language), isLemma);
    // A lemma with no translation ("located", the adjective, has synonyms only) is also read as
    // the form its rules make of a lemma that has one ("locate": situer).
    const translates = (candidate: string) => this.line(language, 't', candidate) !== undefined;
    const translated =
      regular === word && irregular.length === 0 && !translates(word)
        ? ruleLemma(word, languageData(language), translates)
        : undefined;
    return [
      ...new Set([
        ...(regular === undefined ? [] : [regular]),
        ...irregular,
        ...(translated === undefined ? [] : [translated]),
      ]),
    ];
  }

  /** Words of the other language that translate a folded word, best first. */
  translate(word: string, language: Language): readonly Related[] {
    return this.related(word, language, 't');
  }

  /**
   * Translations of a phrase of folded words ("united", "states"), if the vocabulary holds it as
   * written, or with the lemma of its first word ("took part": take part) or of its last ("prime
   * ministers"); none otherwise.
   */
  translatePhrase(words: readonly string[], language: Language): readonly Related[] {
    const last = words[words.length - 1];
    if (words.length < 2 || last === undefined) return [];
    const [first, ...middle] = words.slice(0, -1);
    // Most words begin no phrase: one (remembered) search for the beginning says so.
    const begins = (lead: string) => this.beginsPhrase(`${language}\tt\t${[lead, ...middle].join('_')}_`);
    for (const lead of this.phraseLeads(first!, language, begins)) {
      const head = [lead, ...middle].join('_');
      const isPhrase = (lemma: string) => this.line(language, 't', `${head}_${lemma}`) !== undefined;
      const lemma = isPhrase(last)
        ? last
        : (this.lemmas(last, language).find(isPhrase) ?? ruleLemma(last, languageData(language), isPhrase));
      if (lemma !== undefined) return this.entries(language, 't', `${head}_${lemma}`);
    }
    return [];
  }

  /**
   * The forms of a phrase's first word that begin a phrase of the vocabulary, in the order they
   * are tried: as written, its lemmas, then the lemma its suffix rules give. Lazily: the rules
   * are only read for a word whose other forms begin none.
   */
  private *phraseLeads(first: string, language: Language, begins: (lead: string) => boolean): Generator<string> {
    const tried = new Set<string>();
    for (const lead of [first, ...this.lemmas(first, language)]) {
      if (tried.has(lead)) continue;
      tried.add(lead);
      if (begins(lead)) yield lead;
    }
    const ruled = ruleLemma(first, languageData(language), begins);
    if (ruled !== undefined && !tried.has(ruled)) yield ruled;
  }

  /** Words of the same language that mean what a folded word means, best first. */
  synonyms(word: string, language: Language): readonly Related[] {
    return this.related(word, language, 's');
  }

  /** Words of the same language derived from a folded word's lemma, or it from them ("suspended": suspension), best first. */
  derivations(word: string, language: Language): readonly Related[] {
    return this.related(word, language, 'd');
  }

  /**
   * Whether a folded word is a verb and nothing else: every lemma it may be has only verbs'
   * meanings in the wordnets ("regardé", "enchaînées"; not "marche", also a noun).
   */
  isVerb(word: string, language: Language): boolean {
    const lemmas = this.lemmas(word, language);
    return lemmas.length > 0 && lemmas.every((lemma) => this.line(language, 'p', lemma) === 'verb');
  }

  /** The irregular forms of a folded lemma that no suffix rule reaches ("swim": "swam", "swum"). */
  inflections(lemma: string, language: Language): readonly string[] {
    return this.line(language, 'i', lemma)?.split(' ') ?? [];
  }

  /**
   * The vocabulary's own words of `language` that a misspelled word may be ("futrue" -> future):
   * a word the articles never use in any spelling can still be translated into one they do.
   */
  correct(word: string, language: Language): readonly FuzzyMatch[] {
    return this.spellingsOf(language, word[0] ?? '').match(word);
  }

  /**
   * Builds every spelling matcher ahead of the questions, one letter at a time, yielding between
   * letters (a few milliseconds each, about 0.2 s in all): a bot or console calls it once loaded,
   * so that no question waits for a matcher to be built.
   */
  async warmUp(): Promise<void> {
    for (const language of VOCABULARY_LANGUAGES) {
      for (const letter of 'abcdefghijklmnopqrstuvwxyz0123456789') {
        this.spellingsOf(language, letter);
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
  }

  /** The matcher over the words that begin with one letter: a slip seldom hits the first letter (the matcher requires it). */
  private spellingsOf(language: Language, letter: string): VocabularyMatcher {
    const id = `${language}${letter}`;
    let matcher = this.spellings.get(id);
    if (!matcher) {
      matcher = new VocabularyMatcher([...this.keys(language, 't', letter)].filter((key) => !key.includes('_')));
      this.spellings.set(id, matcher);
    }
    return matcher;
  }

  private related(word: string, language: Language, kind: RelatedKind): readonly Related[] {
    const lemmas = this.lemmas(word, language);
    if (lemmas.length === 1) return this.entries(language, kind, lemmas[0]!);
    const best = new Map<string, number>();
    for (const lemma of lemmas) {
      for (const entry of this.entries(language, kind, lemma))
        best.set(entry.lemma, Math.max(best.get(entry.lemma) ?? 0, entry.score));
    }
    return [...best].map(([lemma, score]) => ({ lemma, score })).sort((a, b) => b.score - a.score);
  }

  /** The entries field of the line for (language, kind, key), if there is one. */
  private line(language: Language, kind: Kind, key: string): string | undefined {
    return this.lineOf(`${language}\t${kind}\t${key}\t`);
  }

  /** The entries field of the line that begins with `id` (language, kind and key, each followed by a tab). */
  private search(id: string): string | undefined {
    const prefix = Buffer.from(id);
    const start = this.firstLineFrom(prefix);
    if (!this.startsWith(start, prefix)) return undefined;
    return this.bytes.toString('utf8', start + prefix.length, this.lineEnd(start));
  }

  /**
   * Where the first line not sorting before `prefix` starts (the file's length if none). Lines
   * before `low` all sort before it, lines from `high` on do not; `low` is always a line start.
   */
  private firstLineFrom(prefix: Buffer): number {
    const { bytes } = this;
    let low = 0;
    let high = bytes.length;
    while (low < high) {
      // The start of the line holding the middle byte: never before `low`, always before `high`.
      const middle = (low + high) >>> 1;
      const lineStart = middle === 0 ? 0 : bytes.lastIndexOf(0x0a, middle - 1) + 1;
      if (bytes.compare(prefix, 0, prefix.length, lineStart, Math.min(lineStart + prefix.length, bytes.length)) < 0)
        low = this.lineEnd(lineStart) + 1;
      else high = lineStart;
    }
    return Math.min(low, bytes.length);
  }

  private lineEnd(start: number): number {
    const end = this.bytes.indexOf(0x0a, start);
    return end < 0 ? this.bytes.length : end;
  }

  private startsWith(start: number, prefix: Buffer): boolean {
    return (
      start + prefix.length <= this.bytes.length &&
      this.bytes.compare(prefix, 0, prefix.length, start, start + prefix.length) === 0
    );
  }

  /** The keys of one kind of line in one language that begin with `beginning`, in order. */
  private *keys(language: Language, kind: Kind, beginning: string): Generator<string> {
    const prefix = Buffer.from(`${language}\t${kind}\t${beginning}`);
    const keyStart = prefix.length - Buffer.byteLength(beginning);
    for (let start = this.firstLineFrom(prefix); this.startsWith(start, prefix); start = this.lineEnd(start) + 1) {
      yield this.bytes.toString('latin1', start + keyStart, this.bytes.indexOf(0x09, start + keyStart));
    }
  }

  private entries(language: Language, kind: RelatedKind, key: string): readonly Related[] {
    return this.entriesOf(`${language}\t${kind}\t${key}\t`);
  }
}

let shared: Vocabulary | undefined;

function parseEntry(entry: string): Related {
  const colon = entry.lastIndexOf(':');
  // Multi-word lemmas are written with underscores, so that entries can be split on spaces.
  return { lemma: entry.slice(0, colon).replace(/_/g, ' '), score: Number(entry.slice(colon + 1)) };
}
