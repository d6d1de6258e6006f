import type { Language } from '../language/registry.js';
import { fold } from '../text/normalize.js';
import { languageData, REGISTERED_LANGUAGES } from '../language/registry.js';
import { stem } from '../text/stem.js';
import { askedFuture, askedLifeEvent, expectedAnswerType } from './question/answer-type.js';
import { Vocabulary } from './crosslingual/vocabulary.js';
import { VocabularyMatcher } from './fuzzy/vocabulary-matcher.js';
import type { PassageIndex } from './index/passage-index.js';
import { analyzeQuery, type QueryAnalysisOptions, type QueryWord } from './question/query.js';
import { asksWhoSomeoneIs } from './question/question-frame.js';
import { dropChatPreamble, dropFramePhrases, mendInterrogatives } from './question/question-wording.js';
import type { RankOptions } from './ranking/options.js';
import { askedFigures } from './ranking/figures.js';
import { Ranker, type RankedPassage } from './ranking/ranker.js';

export interface SearchOptions extends RankOptions, QueryAnalysisOptions {}

export interface SearchResult {
  readonly words: readonly QueryWord[];
  readonly passages: readonly RankedPassage[];
}

/** Everything needed to search a set of articles, built once when they load. */
export class Searcher {
  private readonly vocabulary = Vocabulary.shared();
  private readonly matcher: VocabularyMatcher;
  private readonly ranker: Ranker;
  /** Index terms of the nouns that say who someone is ("minister", "homologue"), in every language. */
  private readonly roleTerms: ReadonlySet<number>;

  constructor(
    readonly index: PassageIndex,
    private readonly options: SearchOptions = {},
  ) {
    this.matcher = new VocabularyMatcher(this.index.surfaceWords.keys());
    this.ranker = new Ranker(this.index, options);
    const nouns = REGISTERED_LANGUAGES.flatMap((data) => data.roleNouns);
    const stems = nouns.flatMap((noun) => REGISTERED_LANGUAGES.map((data) => stem(noun, data)));
    this.roleTerms = new Set(stems.flatMap((roleStem) => this.index.termIds.get(roleStem) ?? []));
  }

  search(question: string, language: Language, limit = 5): SearchResult {
    const asked = mendInterrogatives(
      question,
      languageData(language),
      (word) => this.index.surfaceIds.has(word) || this.vocabulary.has(word, language),
    );
    // The kind of answer is read from the wording before its framing phrases go ("how long").
    const mended = dropChatPreamble(dropFramePhrases(asked), (word) => this.index.surfaceIds.has(word));
    const words = analyzeQuery(mended, language, this.index, this.vocabulary, this.matcher, this.options);
    const context = {
      folded: fold(mended),
      language,
      figures: askedFigures(mended),
      ...optional('answerType', expectedAnswerType(asked)),
      ...optional('namesLifeEvent', askedLifeEvent(mended)),
      ...optional('speaksOfFuture', askedFuture(asked)),
      ...optional('roleTerms', asksWhoSomeoneIs(mended) ? this.roleTerms : undefined),
    };
    return { words, passages: words.length ? this.ranker.rank(words, context, limit) : [] };
  }
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
