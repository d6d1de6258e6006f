import { languageData } from '../../language/registry.js';
import { isQuantity, sentenceHasType } from '../question/answer-type.js';
import type { IndexedPassage, PassageIndex } from '../index/passage-index.js';
import type { QueryWord } from '../question/query.js';
import type { ArticleSignals } from './article-signals.js';
import { lacksAskedValue } from './asked-value.js';
import { figureMayCount } from './counted-figure.js';
import { figuresMet } from './figures.js';
import type { RankOptions } from './options.js';
import type { QueryContext, QuestionTerms, TermMatch } from './query-context.js';
import type { PassageFeatures } from './score.js';

/** What re-reading a passage tells: its features (the answer policy reads its coverages there too), and the sentence to show in bold. */
export interface PassageReading {
  readonly features: PassageFeatures;
  /** Index in `passage.sentences` of the sentence that best answers. */
  readonly sentence: number;
}

/** What a passage holds of one question word: its best weight in the passage, and around it. */
export interface WordHeld {
  readonly word: QueryWord;
  readonly inPassage: number;
  /** Counting a match by stem or translation at `inexactFactor`: exact spellings first. */
  readonly inPassageSpelled: number;
  /** In the paragraph before, at `previousParagraphFactor` (its "he" may be this passage's). */
  readonly fromPrevious: number;
  /** In the article's title, at `titleWordFactor`, when the passage lacks it. */
  readonly fromTitle: number;
  /** Its weight in the article's title; 0 where the title lacks it. */
  readonly inTitle: number;
}

/** A feature that is a share of the question's weight: over which words, and how much of each the passage holds. */
interface WordShare {
  /** The words it is a share of; all of them (over the question's whole weight) when absent. */
  readonly over?: (held: WordHeld) => boolean;
  readonly holds: (held: WordHeld) => number;
}

/**
 * The passage features that are shares of the question's weight (idf), each word counted at the
 * weight the passage holds it with. A new one is one entry here.
 */
export const WORD_SHARES = {
  /** What decides whether the question is answered at all: the passage, or its article's title. */
  coverage: { holds: (h) => Math.max(h.inPassage, h.fromTitle) },
  /** What ranks: exact spellings first, and the paragraph before. */
  passageCoverage: { holds: (h) => Math.max(h.inPassageSpelled, h.fromPrevious) },
  contextCoverage: { holds: (h) => Math.max(h.inPassage, h.fromPrevious, h.fromTitle) },
  /** Of the words its article's title does not hold: the detail, not the event. */
  beyondTitleCoverage: { over: (h) => h.inTitle === 0, holds: (h) => h.inPassage },
  /** The same, the paragraph before counting as it does in `passageCoverage`: what the weighted score reads. */
  beyondTitleContext: { over: (h) => h.inTitle === 0, holds: (h) => Math.max(h.inPassage, h.fromPrevious) },
  namesCoverage: { over: (h) => h.word.isName, holds: (h) => h.inPassage },
} as const satisfies Record<string, WordShare> & Partial<Record<keyof PassageFeatures, WordShare>>;

/** WORD_SHARES as entries, read once rather than for every passage. */
const SHARE_ENTRIES = Object.entries(WORD_SHARES) as [keyof typeof WORD_SHARES, WordShare][];

/** Each of WORD_SHARES for one passage: 0 when it is over no word. */
export function wordShares(held: readonly WordHeld[], totalIdf: number): Record<keyof typeof WORD_SHARES, number> {
  const shares = {} as Record<keyof typeof WORD_SHARES, number>;
  for (const [feature, share] of SHARE_ENTRIES) {
    let whole = 0;
    let part = 0;
    for (const h of held) {
      if (share.over && !share.over(h)) continue;
      whole += h.word.idf;
      part += share.holds(h) * h.word.idf;
    }
    shares[feature] = share.over ? (whole ? part / whole : 0) : part / (totalIdf || 1);
  }
  return shares;
}

/**
 * The second stage of ranking, for one candidate: which sentence holds most of the question's
 * weight, how much of it the whole passage holds, whether the question's words stand together
 * as in the question, whether the best sentence holds the kind of thing asked for, whether a
 * role stands beside the person asked about.
 */
export function readPassage(
  index: PassageIndex,
  passage: IndexedPassage,
  bm25: number,
  article: ArticleSignals,
  question: QuestionTerms,
  context: QueryContext,
  options: Required<RankOptions>,
): PassageReading {
  const { words, matchesOf, totalIdf } = question;
  // For each question word: its best weight per sentence, and its positions in the passage.
  const sentenceCount = passage.sentences.length;
  const perSentence = new Float64Array(sentenceCount * words.length);
  // Ranking prefers exact spellings, which a passage in the other language never has; whether
  // its sentence holds the question at all is measured without that preference for
  // translations (no spelling of the question can match one). Any other match there counts
  // half, as a match by stem does: counting cognates in full too cost a point of held-out
  // "not found" on wikiqa (a French word read as English matches much by chance).
  const crossLanguage = passage.language !== context.language;
  const perSentenceHeld = crossLanguage ? new Float64Array(perSentence.length) : perSentence;
  const inPassage = new Float64Array(words.length);
  const inPassageSpelled = new Float64Array(words.length);
  const positions: number[][] = words.map(() => []);
  // Per phrase variant, whether the passage holds the phrase's other words: asked once, not per token.
  const phrasesHeld = new Map<TermMatch, boolean>();
  const rolePositions: number[] = [];
  const { tokenTerms, tokenSentences, tokenSurfaces, tokenPositions } = index;
  for (let i = passage.start; i < passage.end; i++) {
    if (context.roleTerms?.has(tokenTerms[i]!)) rolePositions.push(tokenPositions[i]!);
    const matches = matchesOf.get(tokenTerms[i]!);
    if (!matches) continue;
    const sentence = tokenSentences[i]!;
    for (const match of matches) {
      const { word, weight: variantWeight, translated } = match;
      if (match.together && !holdsRestOfPhrase(index, passage, match, phrasesHeld)) continue;
      const weight =
        tokenSurfaces[i] === words[word]!.surface
          ? variantWeight
          : crossLanguage && translated
            ? variantWeight * options.translationFactor
            : variantWeight * options.inexactFactor;
      const slot = sentence * words.length + word;
      if (weight > perSentence[slot]!) perSentence[slot] = weight;
      if (crossLanguage) {
        const held = translated ? variantWeight : variantWeight * options.inexactFactor;
        if (held > perSentenceHeld[slot]!) perSentenceHeld[slot] = held;
      }
      if (weight > inPassageSpelled[word]!) inPassageSpelled[word] = weight;
      if (variantWeight > inPassage[word]!) inPassage[word] = variantWeight;
      positions[word]!.push(tokenPositions[i]!);
    }
  }

  // Every sentence speaks of its article's subject, named or not (`titleSentenceFactor`).
  const titled = article.titleWeights.map((weight) => weight * options.titleSentenceFactor);
  const weightIn = (weights: Float64Array, sentence: number) => {
    let covered = 0;
    for (let w = 0; w < words.length; w++)
      covered += Math.max(weights[sentence * words.length + w]!, titled[w]!) * words[w]!.idf;
    return covered;
  };
  let bestSentence = 0;
  let sentenceCoverage = 0;
  for (let s = 0; s < sentenceCount; s++) {
    const covered = weightIn(perSentence, s);
    if (covered > sentenceCoverage) {
      sentenceCoverage = covered;
      bestSentence = s;
    }
  }
  sentenceCoverage /= totalIdf || 1;
  const sentenceHeld = crossLanguage ? weightIn(perSentenceHeld, bestSentence) / (totalIdf || 1) : sentenceCoverage;
  const fromPrevious = fromAround(words, inPassage, options.previousParagraphFactor, paragraphBefore(index, passage));
  // Here the title only says the question is covered (`titleWordFactor`); it weighs in the score already.
  const held: WordHeld[] = words.map((word, w) => ({
    word,
    inPassage: inPassage[w]!,
    inPassageSpelled: inPassageSpelled[w]!,
    fromPrevious: fromPrevious[w]!,
    fromTitle: inPassage[w] === 0 ? article.titleWeights[w]! * options.titleWordFactor : 0,
    inTitle: article.titleWeights[w]!,
  }));
  const shares = wordShares(held, totalIdf);
  const holds = held.map((h) => Math.max(h.inPassage, h.fromPrevious, h.fromTitle) > 0);
  let rarest = 0;
  let rarestMissing = 0;
  held.forEach(({ word }, w) => {
    rarest = Math.max(rarest, word.idf);
    if (!holds[w]) rarestMissing = Math.max(rarestMissing, word.idf);
  });

  // What a counting question counts: a passage without it (nor the paragraph before, nor the
  // title), or without a figure just before it, counts something else; a sentence's figure
  // answers only beside it: "cinq voix", not "4 novembre 2025". A quantity asked counts no noun:
  // "combien d'argent" is answered by "9 millions de dollars", which names its unit, not money.
  const counted = isQuantity(context.answerType) ? -1 : question.countedHeld;
  const countsIt =
    counted < 0 || (holds[counted]! && figureMayCount(passage, positions[counted]!, context.answerType, positions));
  const answersIn = (s: number) =>
    (counted < 0 || perSentence[s * words.length + counted]! > 0) && sentenceHoldsType(passage, s, context);
  const typed = answersIn(bestSentence) ? 1 : 0;
  const beside = (at: number) => positions.some((word) => word.some((p) => Math.abs(p - at) <= 3));
  const figures = figuresMet(context.figures, () => passage.text);
  const previous = index.passages[passage.id - 1];
  const features: PassageFeatures = {
    bm25,
    sentenceCoverage,
    passageCoverage: shares.passageCoverage,
    proximity: pairProximity(words, positions),
    title: article.title,
    articleCoverage: article.coverage,
    answerType: typed,
    topicality: article.topicality,
    sameLanguage: crossLanguage ? 0 : 1,
    role: rolePositions.some(beside) ? 1 : 0,
    coverage: shares.coverage,
    contextCoverage: shares.contextCoverage,
    heldSentenceCoverage: sentenceHeld,
    lead: previous?.article === passage.article ? 0 : 1,
    figuresMet: figures.met,
    otherYear: figures.otherYear,
    lacksAskedValue: !countsIt || lacksAskedValue(passage, context) ? 1 : 0,
    missingRarest: rarest ? rarestMissing / rarest : 0,
    lacksDetail:
      (question.rarestHeld.length > 0 && question.rarestHeld.every((w) => !holds[w])) ||
      question.askedAboutHeld.some((w) => !holds[w])
        ? 1
        : 0,
    beyondTitleCoverage: shares.beyondTitleCoverage,
    beyondTitleContext: shares.beyondTitleContext,
    articleLacksNames: article.namesLacked,
    namesCoverage: shares.namesCoverage,
  };
  const sentence =
    context.answerType && !typed
      ? answeringSentence(passage, bestSentence, (s) => weightIn(perSentence, s), answersIn)
      : bestSentence;
  return { features, sentence };
}

/** Whether a sentence of the passage holds the kind of answer the question asks for (none asked: no). */
function sentenceHoldsType(passage: IndexedPassage, sentence: number, context: QueryContext): boolean {
  const span = passage.sentences[sentence];
  return (
    context.answerType !== undefined &&
    span !== undefined &&
    sentenceHasType(
      passage.text.slice(span.start, span.end),
      context.answerType,
      context.folded,
      languageData(passage.language),
    )
  );
}

/** A sentence that holds this share of what the best one holds of the question may answer instead of it. */
const ANSWERING_SHARE = 0.5;

/**
 * The sentence that holds what is asked, when the best one (`best`) lacks the kind of answer
 * asked for (a figure for "how many", a date for "when"): of the sentences that hold at least
 * half of what the best one holds of the question, the one that holds the most of it and that
 * kind; the best one when none does. "How much did Spain import?" is answered by "…519 MW were
 * supplied by France", not by the sentence that repeats the question's words with no figure.
 */
function answeringSentence(
  passage: IndexedPassage,
  best: number,
  covered: (sentence: number) => number,
  answers: (sentence: number) => boolean,
): number {
  const floor = covered(best) * ANSWERING_SHARE;
  let chosen = best;
  let most = 0;
  for (let s = 0; s < passage.sentences.length; s++) {
    const held = covered(s);
    if (s !== best && held >= floor && held > most && answers(s)) {
      chosen = s;
      most = held;
    }
  }
  return chosen;
}

/** Whether a passage holds every other word of the phrase a match stands for, remembered in `held`. */
function holdsRestOfPhrase(
  index: PassageIndex,
  passage: IndexedPassage,
  match: TermMatch,
  held: Map<TermMatch, boolean>,
): boolean {
  let holds = held.get(match);
  if (holds === undefined) {
    holds = match.together!.every((part) => part.some((term) => index.passageHas(passage.id, term)));
    held.set(match, holds);
  }
  return holds;
}

/**
 * Per question word the passage lacks, its best variant's weight in what surrounds the passage
 * (`holds` says whether that holds a term), times `factor`; 0 where it is absent there too.
 */
function fromAround(
  words: readonly QueryWord[],
  inPassage: Float64Array,
  factor: number,
  holds: ((term: number) => boolean) | undefined,
): Float64Array {
  const found = new Float64Array(words.length);
  if (factor === 0 || !holds) return found;
  words.forEach((word, w) => {
    if (inPassage[w]! > 0) return;
    let best = 0;
    for (const v of word.variants) if (v.weight > best && holds(v.term)) best = v.weight;
    found[w] = best * factor;
  });
  return found;
}

/** The paragraph before the passage, in the same article, as a test of its terms. */
function paragraphBefore(index: PassageIndex, passage: IndexedPassage): ((term: number) => boolean) | undefined {
  const previous = index.passages[passage.id - 1];
  return previous?.article === passage.article ? (term) => index.passageHas(previous.id, term) : undefined;
}

/**
 * Share of the question's consecutive word pairs (weighted by their rarer word) that also stand
 * within two words of each other in the passage: "high speed train" beats "high", "speed", "train"
 * scattered.
 */
function pairProximity(words: readonly QueryWord[], positions: number[][]): number {
  let total = 0;
  let near = 0;
  for (let w = 0; w + 1 < words.length; w++) {
    const weight = Math.min(words[w]!.idf, words[w + 1]!.idf);
    total += weight;
    const left = positions[w]!;
    const right = positions[w + 1]!;
    if (left.some((a) => right.some((b) => Math.abs(a - b) <= 3 && a !== b))) near += weight;
  }
  return total ? near / total : 0;
}
