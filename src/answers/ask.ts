import type { Article, Language } from '../articles/article.js';
import type { Searcher } from '../search/searcher.js';
import type { RankedPassage } from '../search/ranking/ranker.js';
import { isHeld, type QueryWord } from '../search/query.js';
import type { Answer, Citation, RefusalRule } from './answer.js';

/** Longest question read, in characters; a longer one is refused, not cut silently. */
export const MAX_QUESTION_LENGTH = 500;

/** Shorter capitalised words (acronyms, initials) are too often written another way in the articles. */
const MIN_UNKNOWN_NAME = 4;

export interface AnswerPolicy {
  /**
   * Share of the question's weight the best passage must hold to count as an answer. Below it
   * the bot says it does not know rather than cite something unrelated. Default 0.4.
   */
  readonly minCoverage?: number;
  /** Share of the question's weight the best passage's best sentence must hold. Default 0.2. */
  readonly minSentenceCoverage?: number;
  /**
   * The same, for a passage in the other language than the question's: a translated question
   * loses words no translation reaches ("sparked" is no "déclencha"), so its sentence holds less
   * of it. With `minConfidenceAcross`, 0.12 answers 3 points more cross-lingual questions
   * rightly than 0.2; on wikiqa it leaves hit@1 as it is. Default 0.12.
   */
  readonly minSentenceCoverageAcross?: number;
  /**
   * When the best passage holds the question only scattered over its sentences (its best sentence
   * holds less than 90% of what the whole passage holds), its score plus `leadWeight` times its
   * lead over the next passage must reach this. Scattered and no better than the rest, it is
   * chance ("Why did the teachers protest against the war?" and a paragraph on teacher training
   * that mentions a war): on wikiqa this turns away 1.1% more of the held-out questions, at the
   * cost of 1 of 5,025 answers that was right. Default 0.5.
   */
  readonly minConfidence?: number;
  /**
   * When the best passage is in the other language than the question's, its score plus
   * `leadWeightAcross` times its lead over the best passage of another article must reach this,
   * however its words lie. A translated question meets many passages through its translations'
   * common words; one that answers stands out (on the cross-lingual development set, answering
   * passages lead the next by 0.35 at the median; held-out questions answered from an unrelated
   * article of the other language, by 0.08). Default 0.63.
   */
  readonly minConfidenceAcross?: number;
  /** How much the best passage's lead over the next counts towards `minConfidence`. Default 0.6. */
  readonly leadWeight?: number;
  /**
   * How much the lead over the best of another article counts towards `minConfidenceAcross`.
   * The lead tells chance from answer better across languages than within one: with 1.5 and
   * 0.63, held-out "not found" is 66.4% (65.1% with 0.6 and 0.55) for 0.6 point of cross-lingual
   * hit@1, and wikiqa is unchanged. Default 1.5.
   */
  readonly leadWeightAcross?: number;
  /**
   * A further passage is cited only if it scores at least this share of the best, or holds as
   * much of the question (counting the paragraph before it) as the best must. Default 0.5.
   */
  readonly relativeScore?: number;
  /**
   * Share of the question's weight a further passage (after the best) must hold to be cited as
   * well: lower than `minCoverage`, since the answer is already established. Default 0.3.
   */
  readonly minFurtherCoverage?: number;
  /** Most passages cited. Default 3. */
  readonly maxCitations?: number;
  /** 'ignore' answers even when a name in the question is in no article. Default: such a question is not found. */
  readonly unknownNames?: 'ignore';
  /**
   * 'ignore' answers even when what a question is precisely about ("What is the salary of…",
   * "…say about football?") is a word no article holds in any spelling. Default: such a
   * question is not found.
   */
  readonly unknownTopics?: 'ignore';
  /**
   * 'ignore' cites passages without the figure or date a question asks for ("how many",
   * "when"). Default: such passages are not cited; a passage about the right people with no date
   * in it does not say when.
   */
  readonly askedType?: 'ignore';
}

/** Every threshold of the answer policy, with its default: the one place the code reads them from. */
export const ANSWER_DEFAULTS = {
  minCoverage: 0.4,
  minSentenceCoverage: 0.2,
  minSentenceCoverageAcross: 0.12,
  minConfidence: 0.5,
  leadWeight: 0.6,
  minConfidenceAcross: 0.63,
  leadWeightAcross: 1.5,
  relativeScore: 0.5,
  minFurtherCoverage: 0.3,
  maxCitations: 3,
} as const satisfies { [K in keyof AnswerPolicy]?: number };

/** The options an answer policy may hold: the thresholds, and the rules that can be switched off. */
export const ANSWER_OPTIONS: readonly string[] = [...Object.keys(ANSWER_DEFAULTS), 'unknownNames', 'unknownTopics', 'askedType'];

/** Answers a question from the articles: the passages that answer it, or why none does. */
export function answerQuestion(
  searcher: Searcher,
  question: string,
  language: Language,
  policy: AnswerPolicy = {},
): Answer {
  const {
    minCoverage, minSentenceCoverage, minSentenceCoverageAcross, minConfidence, leadWeight, minConfidenceAcross, leadWeightAcross,
    relativeScore, minFurtherCoverage, maxCitations,
  } = { ...ANSWER_DEFAULTS, ...definedOnly(policy) };
  const text = question.trim();
  const base = { question: text, language, citations: [], suggestions: [] } as const;
  if (!text) return { ...base, found: false, reason: 'empty' };
  if (text.length > MAX_QUESTION_LENGTH) return { ...base, found: false, reason: 'too-long' };

  const found = searcher.search(text, language, Math.max(maxCitations, 5));
  const { words } = found;
  const passages = policy.askedType === 'ignore' ? found.passages : found.passages.filter((p) => !p.lacksAskedType);

  if (words.length === 0) return { ...base, found: false, reason: 'no-words' };
  const best = passages[0];
  const refusal = REFUSAL_RULES.find(([, refuses]) => refuses({
    best, passages, words, across: best !== undefined && best.passage.language !== language, policy: {
      minCoverage, minSentenceCoverage, minSentenceCoverageAcross, minConfidence, minConfidenceAcross, leadWeight, leadWeightAcross,
      unknownNames: policy.unknownNames, unknownTopics: policy.unknownTopics,
    },
  }))?.[0];
  if (!best || refusal) {
    return { ...base, found: false, reason: refusal ?? 'no-passage', suggestions: suggest(passages) };
  }
  const cited = passages
    .filter((p) => (p.score >= best.score * relativeScore || p.contextCoverage >= minCoverage) && p.contextCoverage >= minFurtherCoverage)
    .slice(0, maxCitations);
  return { ...base, found: true, citations: cited.map(toCitation) };
}

/** The options that are set: `{ maxCitations: undefined }` leaves the default as it is. */
function definedOnly<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** What a refusal rule reads: the ranked passages and the policy's thresholds, defaults applied. */
interface Evidence {
  readonly best: RankedPassage | undefined;
  readonly passages: readonly RankedPassage[];
  readonly words: readonly QueryWord[];
  /** The best passage is in the other language than the question's. */
  readonly across: boolean;
  readonly policy: {
    readonly minCoverage: number;
    readonly minSentenceCoverage: number;
    readonly minSentenceCoverageAcross: number;
    readonly minConfidence: number;
    readonly minConfidenceAcross: number;
    readonly leadWeight: number;
    readonly leadWeightAcross: number;
    readonly unknownNames: AnswerPolicy['unknownNames'];
    readonly unknownTopics: AnswerPolicy['unknownTopics'];
  };
}

/** The best passage's score plus `weight` times its lead over `next`. */
function confidence(best: RankedPassage, next: RankedPassage | undefined, weight: number): number {
  return best.score + weight * (best.score - (next?.score ?? 0));
}

/**
 * The answer policy: each rule names a reason to say "not found" rather than cite the best
 * passage. Order matters: the first rule that refuses is the reason given (the reason a log, a
 * test or `eval-inprocess.js --holdout` counts), so rules about the question come before rules
 * about how well the best passage holds it.
 */
export const REFUSAL_RULES: readonly (readonly [RefusalRule, (evidence: Evidence) => boolean])[] = [
  // A name of the question that no article holds in any spelling: the articles are not about it.
  ['unknown-name', ({ words, policy }) => policy.unknownNames !== 'ignore' &&
    words.some((word) => word.isName && word.word.length >= MIN_UNKNOWN_NAME && !isHeld(word))],
  ['unknown-topic', ({ words, policy }) => policy.unknownTopics !== 'ignore' && words.some((word) => word.isTopic && !isHeld(word))],
  ['no-passage', ({ best }) => best === undefined],
  ['low-coverage', ({ best, policy }) => best!.coverage < policy.minCoverage],
  ['low-sentence-coverage', ({ best, across, policy }) => best!.sentenceCoverage < (across ? policy.minSentenceCoverageAcross : policy.minSentenceCoverage)],
  ['scattered', ({ best, passages, policy }) => scattered(best!) && confidence(best!, passages[1], policy.leadWeight) < policy.minConfidence],
  // Across languages the lead is over the best of another article: paragraphs of one article
  // that answer alike ("Quel est le rôle de l'Espagne ?") are no sign of chance.
  ['unsure-across', ({ best, passages, across, policy }) => across &&
    confidence(best!, passages.find((p) => p.passage.article !== best!.passage.article), policy.leadWeightAcross) < policy.minConfidenceAcross],
];

/** Whether a passage holds the question's words spread over its sentences rather than in one. */
function scattered(ranked: RankedPassage): boolean {
  return ranked.sentenceCoverage < 0.9 * ranked.coverage;
}

function toCitation(ranked: RankedPassage): Citation {
  const { passage } = ranked;
  const sentence = passage.sentences[ranked.sentence] ?? { start: 0, end: passage.text.length };
  return {
    articleId: passage.article.id,
    title: passage.article.title,
    ...(passage.article.source ? { source: passage.article.source } : {}),
    language: passage.language,
    paragraph: passage.paragraph,
    text: passage.text,
    highlight: { start: sentence.start, end: sentence.end },
    score: Math.round(ranked.score * 1000) / 1000,
  };
}

/** Articles the weak matches came from, to point the asker somewhere useful. */
function suggest(passages: readonly RankedPassage[]): { id: string; title: string }[] {
  const seen = new Map<string, Article>();
  for (const { passage } of passages) if (seen.size < 3) seen.set(passage.article.id, passage.article);
  return [...seen.values()].map((article) => ({ id: article.id, title: article.title }));
}
