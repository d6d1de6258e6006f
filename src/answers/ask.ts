import type { Article } from '../articles/article.js';
import { articleDateline } from '../articles/dateline.js';
import type { Language } from '../language/registry.js';
import type { QueryWord } from '../search/question/query.js';
import type { Searcher } from '../search/searcher.js';
import type { RankedPassage } from '../search/ranking/ranker.js';
import type { Answer, Citation, NotFoundReason } from './answer.js';
import { evidenceModel, rankedEvidence, unknownReason, wordEvidence, type ScoredPassage } from './answerability.js';
import { ANY_TIME, namesTimeAsked, timeAsked } from './dates-asked.js';
import { REFUSAL_RULES, type RuleThresholds } from './refusal-rules.js';

/** Longest question read, in characters; a longer one is refused, not cut silently. */
export const MAX_QUESTION_LENGTH = 500;

/** How sure the bot must be before it cites, by name: what a server's managers choose with /settings. */
export type Strictness = 'strict' | 'balanced' | 'forthcoming';
export const STRICTNESS_LEVELS: readonly Strictness[] = ['strict', 'balanced', 'forthcoming'];

/** Whether a string (a stored setting) names a strictness. */
export function isStrictness(value: string | null | undefined): value is Strictness {
  return (STRICTNESS_LEVELS as readonly (string | null | undefined)[]).includes(value);
}

/**
 * The hand-set rules' thresholds at each strictness, over `ANSWER_DEFAULTS` (which are
 * `balanced`). Measured with `node dist/scripts/eval-inprocess.js` (answerable questions refused;
 * unanswerable ones rightly "not found"): news-dev 1.7% / 20.0% forthcoming, 3.3% / 36.7%
 * balanced, 8.3% / 40.0% strict; wikiqa refused 4.0%, 7.1%, 9.8%, and its questions of 40
 * articles held out rightly "not found" 55.6%, 70.9%, 76.7%.
 */
export const RULE_STRICTNESS: Readonly<Record<Strictness, Partial<Record<keyof typeof ANSWER_DEFAULTS, number>>>> = {
  strict: {
    minCoverage: 0.45,
    minSentenceCoverage: 0.25,
    minConfidence: 0.7,
    minConfidenceAcross: 0.85,
    maxNamesLacked: 0.2,
  },
  balanced: {},
  forthcoming: {
    minCoverage: 0.35,
    minSentenceCoverage: 0.15,
    minConfidence: 0.55,
    minConfidenceAcross: 0.68,
    maxNamesLacked: 0.5,
  },
};

export interface AnswerPolicy {
  /**
   * Share of the question's weight the best passage must hold to count as an answer. Below it
   * the bot says it does not know rather than cite something unrelated. Default 0.4.
   */
  readonly minCoverage?: number;
  /**
   * Most of the weight of the question's names (four letters or more) that the best passage's
   * article may lack, when it is in the question's language: other articles hold them, so this
   * one is about something else. Default 0.34 (a third): against none, held-out "not found"
   * 65.2% → 69.0% for wikiqa hit@1 75.9% → 75.6%; news-dev and cross-dev unchanged but for one
   * unanswerable question more found "not found" and one answerable refused. Lacking any name
   * (0) turns away 0.4 point more held out for 0.3 point of wikiqa.
   */
  readonly maxNamesLacked?: number;
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
   * cost of 1 of 5,025 answers that was right. Default 0.67 (0.66 before `namesLackedWeight`; 0.64 before `synonymWeight` rose
   * to 0.7; 0.62 before `titleSentenceFactor` raised the sentence coverage of passages that do
   * not name their article's subject; 0.5 before `beyondTitleWeight`
   * raised the scores of passages holding the detail asked: 0.62 and 0.7 across turn away as
   * many held-out questions, 65.0% against 65.6%, and refuse fewer answerable ones: wikiqa 297
   * against 309, cross-dev 35 against 37).
   */
  readonly minConfidence?: number;
  /**
   * When the best passage is in the other language than the question's, its score plus
   * `leadWeightAcross` times its lead over the best passage of another article must reach this,
   * however its words lie. A translated question meets many passages through its translations'
   * common words; one that answers stands out (on the cross-lingual development set, answering
   * passages lead the next by 0.35 at the median; held-out questions answered from an unrelated
   * article of the other language, by 0.08). Default 0.77 (0.75 before `titleSentenceFactor`; 0.7 before `translationFactor`
   * raised the scores of translated passages; see `minConfidence`).
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
  /**
   * Decide with the answerability model `npm run train` fitted (`models/answerability.json`)
   * instead of the rules above, and cite by the fitted ranking model's probabilities (set
   * `search.fitted` too). Default false: see `RankOptions.fitted`.
   */
  readonly fitted?: boolean;
  /**
   * With `fitted`: the probability, from the answerability model, that an article answers, below
   * which the bot says it does not know. Default: the model's threshold named by `strictness`.
   */
  readonly minProbability?: number;
  /**
   * How sure the bot must be before it cites: `strict` says "not found" more often, `forthcoming`
   * less. The rules' thresholds of `RULE_STRICTNESS` (those set one by one still win), or with
   * `fitted` the model's threshold of that name. Default `balanced`.
   */
  readonly strictness?: Strictness;
  /**
   * With `fitted`: a further passage is cited only if the ranking model gives it at least this
   * share of the best passage's probability. Default 0.1: held out, news-dev's hit@3 is 66.7%
   * with it and 57.5% with 0.5 (wikiqa 82.9% and 79.7%).
   */
  readonly relativeProbability?: number;
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
  /**
   * 'ignore' cites passages of articles that never name the month of the year, or the year, a
   * question asks about ("after its September 2024 meeting", "la Palme d'or en 2023"). Default:
   * such passages are not cited, and when no other passage is left the answer is "not found"
   * (`other-date`): the article is about another time (`timeAsked`). Years alone, from none:
   * news-dev hit@1 60.0% → 60.8%, "not found" 30.0% → 33.3%; wikiqa 76.2% → 76.0%, whose
   * excerpted articles sometimes lack the year their question names. An article whose dateline
   * is before the month asked is turned away too, unless the question asks what was to come:
   * news-dev "not found" 33.3% → 36.7%, every other figure unchanged.
   */
  readonly askedDate?: 'ignore';
  /**
   * 'cite' lets a news article's first paragraph be cited when it lacks the question's rarest
   * words, or what it precisely asks about (`lacksDetail`). Default: such a lead is passed over
   * (`isLeadWithoutDetail`). A dated lead ("PARIS, 5 juin 2025 –") names the event whatever the
   * detail asked, so it ranks high whenever its article is about the question; without the
   * detail's word it tells of the event, not of the detail, and a later paragraph or "not found"
   * answers. news-dev: hit@3
   * 86.7% → 87.5%, "not found" 33.3% → 36.7%, hit@1 and refusals unchanged; wikiqa, cross-dev
   * and the seeds, whose articles open with no dateline, unchanged. Counting as the rarest a
   * word no article holds finds one more "not found" on news-dev, but passes over the lead of a
   * question that spells a month the article abbreviates ("février", "févr."). Passing over too
   * a lead that lacks what is precisely asked about ("le montant de l'*assurance*") finds one
   * more "not found" on news-check, every other figure unchanged.
   */
  readonly eventLeads?: 'cite';
  /**
   * A news article's dated lead that is cited first is cited after the best later paragraph of
   * its article when that paragraph scores at least this share of the lead and holds as much of
   * the kind of answer asked (a figure; the role of "Who is Castaner?"): the lead tells the event
   * in the question's words, the paragraph that holds them nearly as well tells the detail ("Qui
   * présidait le jury du Festival de Cannes 2025 ?" and "The jury, chaired by…" after the lead on
   * the winner). Only the order of the citations changes. Default 0.9: news-dev hit@1 68.3% →
   * 70.8%, news-check 70.8% → 75.0%; wikiqa, cross-dev and the seeds unchanged. The share was
   * read off those two news sets, so they flatter it. A share above 1 turns it off.
   */
  readonly leadDetailShare?: number;
}

/** Every threshold of the answer policy, with its default: the one place the code reads them from. */
export const ANSWER_DEFAULTS = {
  minCoverage: 0.4,
  maxNamesLacked: 0.34,
  minSentenceCoverage: 0.2,
  minSentenceCoverageAcross: 0.12,
  minConfidence: 0.67,
  leadWeight: 0.6,
  minConfidenceAcross: 0.77,
  leadWeightAcross: 1.5,
  relativeScore: 0.5,
  minFurtherCoverage: 0.3,
  leadDetailShare: 0.9,
  maxCitations: 3,
  relativeProbability: 0.1,
} as const satisfies { [K in keyof AnswerPolicy]?: number };

/** The options an answer policy may hold: the thresholds, and the rules that can be switched off. */
export const ANSWER_OPTIONS: readonly string[] = [
  ...Object.keys(ANSWER_DEFAULTS),
  'unknownNames',
  'unknownTopics',
  'askedType',
  'askedDate',
  'eventLeads',
  'fitted',
  'minProbability',
  'strictness',
];

/** How many ranked passages the answer reads: the citations, and the next ones the evidence compares them with. */
const PASSAGES_READ = 5;
/** The same, when the question asks about a time: enough to reach its articles past the others, before keeping `PASSAGES_READ`. */
const PASSAGES_READ_DATED = 20;

/** The probability the fitted policy's best passage must reach. */
export function confidenceThreshold(policy: AnswerPolicy): number {
  return policy.minProbability ?? evidenceModel().threshold(policy.strictness ?? 'balanced');
}

/** What a decision on the ranked passages gives: the passages to cite, or why none. */
type Decision =
  | { readonly found: true; readonly cited: readonly RankedPassage[]; readonly confidence?: number }
  | { readonly found: false; readonly reason: NotFoundReason; readonly confidence?: number };

/** Answers a question from the articles: the passages that answer it, or why none does. */
export function answerQuestion(
  searcher: Searcher,
  question: string,
  language: Language,
  policy: AnswerPolicy = {},
): Answer {
  const settings = { ...ANSWER_DEFAULTS, ...RULE_STRICTNESS[policy.strictness ?? 'balanced'], ...definedOnly(policy) };
  const text = question.trim();
  const base = { question: text, language, citations: [], suggestions: [] } as const;
  if (!text) return { ...base, found: false, reason: 'empty' };
  if (text.length > MAX_QUESTION_LENGTH) return { ...base, found: false, reason: 'too-long' };

  const time = policy.askedDate === 'ignore' ? ANY_TIME : timeAsked(text);
  // A time asked about turns away the passages of other times' articles: read further for those of its own.
  const kept = Math.max(settings.maxCitations, PASSAGES_READ);
  const read = Math.max(settings.maxCitations, time.kind === 'any' ? PASSAGES_READ : PASSAGES_READ_DATED);
  const found = searcher.search(text, language, read);
  const { words } = found;
  const ofAskedType = policy.askedType === 'ignore' ? found.passages : found.passages.filter(answersWhatIsAsked);
  const ofTimeAsked = ofAskedType.filter((p) => namesTimeAsked(p.passage.article, time));
  const passages = ofTimeAsked.filter((p) => policy.eventLeads === 'cite' || !isLeadWithoutDetail(p)).slice(0, kept);
  if (words.length === 0) return { ...base, found: false, reason: 'no-words' };
  if (ofAskedType.length > 0 && ofTimeAsked.length === 0)
    return { ...base, found: false, reason: 'other-date', suggestions: suggest(ofAskedType) };
  const decision = policy.fitted
    ? decideByModel(words, passages, language, settings)
    : decideByRules(words, passages, language, settings);
  const confidence = decision.confidence === undefined ? {} : { confidence: decision.confidence };
  if (!decision.found)
    return { ...base, found: false, reason: decision.reason, ...confidence, suggestions: suggest(passages) };
  return {
    ...base,
    found: true,
    ...confidence,
    citations: eachLanguageFirst(detailBeforeLead(decision.cited, settings.leadDetailShare), (p) => p.passage.language)
      .slice(0, settings.maxCitations)
      .map(toCitation),
  };
}

/** The policy with every default applied. */
type Settings = { readonly [K in keyof typeof ANSWER_DEFAULTS]: number } & AnswerPolicy;

/** The hand-set policy: the first of `REFUSAL_RULES` that refuses says why; else the passages that score near the best. */
function decideByRules(
  words: readonly QueryWord[],
  passages: readonly RankedPassage[],
  language: Language,
  settings: Settings,
): Decision {
  const best = passages[0];
  const thresholds: RuleThresholds = settings;
  const refusal = REFUSAL_RULES.find(([, refuses]) =>
    refuses({
      best,
      passages,
      words,
      across: best !== undefined && best.passage.language !== language,
      policy: thresholds,
    }),
  )?.[0];
  if (!best || refusal) return { found: false, reason: refusal ?? 'no-passage' };
  const { relativeScore, minCoverage, minFurtherCoverage } = settings;
  return {
    found: true,
    cited: passages.filter(
      ({ score, features: { contextCoverage } }) =>
        (score >= best.score * relativeScore || contextCoverage >= minCoverage) &&
        contextCoverage >= minFurtherCoverage,
    ),
  };
}

/** The fitted policy: a name or topic no article holds, no passage, or the answerability model's probability under one threshold. */
function decideByModel(
  words: readonly QueryWord[],
  passages: readonly RankedPassage[],
  language: Language,
  settings: Settings,
): Decision {
  // A name or topic no article holds settles it before any passage is weighed.
  const fromWords = wordEvidence(words);
  const unknown = unknownReason(fromWords);
  if (unknown) return { found: false, reason: unknown };
  const best = passages[0];
  if (!best) return { found: false, reason: 'no-passage' };
  const evidence = { unheldShare: fromWords.unheldShare, ...rankedEvidence(passages.map(scored), language) };
  const confidence = evidenceModel().probability(evidence);
  if (confidence < confidenceThreshold(settings)) return { found: false, reason: 'unsure', confidence };
  return {
    found: true,
    confidence,
    cited: passages.filter((p) => p.score >= best.score * settings.relativeProbability),
  };
}

/**
 * Whether a passage can answer what is asked at all: a figure, a date or an age for "how many",
 * "when", "how old"; a birth or a death when one is asked about; what is to come for "next".
 * `askedType: 'ignore'` lets the others be cited too.
 */
export function answersWhatIsAsked(ranked: Pick<RankedPassage, 'features'>): boolean {
  return ranked.features.lacksAskedValue === 0;
}

/**
 * Whether a passage is a news article's dated first paragraph that lacks the question's rarest
 * word or what it precisely asks about: it tells of the event, not of the detail asked ("Who
 * won the men's 100m?" and the lead on the Games' medal table). `eventLeads: 'cite'` cites such leads too.
 */
export function isLeadWithoutDetail(ranked: Pick<RankedPassage, 'features' | 'passage'>): boolean {
  return isDatedLead(ranked) && ranked.features.lacksDetail === 1;
}

/** Whether a passage is a news article's first paragraph, opened by a dateline ("PARIS, 5 juin 2025 –"). */
function isDatedLead(ranked: Pick<RankedPassage, 'features' | 'passage'>): boolean {
  return ranked.features.lead === 1 && articleDateline(ranked.passage.article) !== undefined;
}

/**
 * The cited passages with the best later paragraph of a dated lead's article before the lead,
 * when the lead comes first and that paragraph scores at least `share` of it (`leadDetailShare`)
 * and holds as much of the kind of answer asked.
 */
function detailBeforeLead(cited: readonly RankedPassage[], share: number): readonly RankedPassage[] {
  const [first, ...rest] = cited;
  if (!first || !isDatedLead(first)) return cited;
  const detail = rest.find((p) => p.passage.article === first.passage.article);
  if (!detail || detail.score < share * first.score || lacksWhatLeadHolds(detail, first)) return cited;
  return [detail, first, ...rest.filter((p) => p !== detail)];
}

/** Whether a paragraph lacks what the lead holds of the kind of answer asked: a figure, a person's role ("Who is Castaner?"). */
function lacksWhatLeadHolds(detail: RankedPassage, lead: RankedPassage): boolean {
  return detail.features.answerType < lead.features.answerType || detail.features.role < lead.features.role;
}

function scored(ranked: RankedPassage): ScoredPassage {
  return {
    score: ranked.score,
    features: ranked.features,
    articleId: ranked.passage.article.id,
    language: ranked.passage.language,
  };
}

/**
 * Passages ranked best first, with the best of each other language moved up to follow the best
 * one: a question answered in both languages shows one of each before a second of the same.
 */
export function eachLanguageFirst<T>(passages: readonly T[], languageOf: (passage: T) => Language): T[] {
  const firsts = new Map<Language, T>();
  for (const passage of passages) if (!firsts.has(languageOf(passage))) firsts.set(languageOf(passage), passage);
  const leading = new Set(firsts.values());
  return [...leading, ...passages.filter((p) => !leading.has(p))];
}

/** The options that are set: `{ maxCitations: undefined }` leaves the default as it is. */
function definedOnly<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<T>;
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
