// What a question word reaches in the index (its variants), and the weights of the ways it reaches
// them: the types query.ts and variant-routes.ts share.

/** One way a question word can appear in the index, and how much a match on it is worth. */
export interface Variant {
  readonly term: number;
  /** 1 for the word itself, less for a translation, a cognate or a spelling correction. */
  readonly weight: number;
  /**
   * Counted when candidates are re-read, not when they are gathered: synonyms of common words
   * have long postings, and scanning them for every question would double the latency at 100k.
   */
  readonly rerankOnly?: boolean;
  /** Reached through the bilingual vocabulary: a translation, which no spelling of the question can match exactly. */
  readonly translated?: boolean;
  /**
   * For a word of a phrase ("états" of "états-unis"): the other words of the phrase, each as the
   * index terms it may be; the variant counts in a passage only where every one of them is too.
   */
  readonly together?: readonly (readonly number[])[];
  /**
   * A lesser reading of the word (a synonym; a phrase word's translation alone): it ranks
   * passages, but never makes the word one the articles hold, nor sets how rare it is.
   */
  readonly lesser?: boolean;
}

export interface QueryAnalysisOptions {
  /** Weight of a word found through the bilingual vocabulary, for a pair the wordnets fully agree on. Default 0.9. */
  readonly translationWeight?: number;
  /**
   * How a pair's agreement in the wordnets (its score: 1 for each other's first meaning, less
   * for lesser senses) scales its weight: the weight is multiplied by min(1, score) to this
   * power. 0 trusts every kept pair alike. Default 0.5.
   */
  readonly trustExponent?: number;
  /**
   * A word of a phrase the vocabulary knows ("drinking water") is translated as part of the
   * phrase ("eau potable") at full weight, and alone at this share of it. Default 0.5.
   */
  readonly phraseWordWeight?: number;
  /** Weight of the same spelling stemmed as the other language (a cognate). Default 0.85. */
  readonly cognateWeight?: number;
  /** Spelling corrections weigh their similarity times this. Default 0.8. */
  readonly fuzzyWeight?: number;
  /**
   * Weight of a synonym: a word of the question's language sharing a meaning with it in the
   * wordnet. It ranks, but never makes a word the articles lack look present. Default 0.7: from
   * 0.5, with `minConfidence` 0.64 → 0.66, news-dev answers 59.2% rightly first against 58.3%
   * and refuses 7.5% of its answerable questions against 9.2%; cross-dev 70.0% against 69.7%;
   * wikiqa unchanged; held-out "not found" 70.9% against 70.6%. At 1, held-out "not found" falls to 67.1%.
   */
  readonly synonymWeight?: number;
  /** Weight of an irregular form of the word's lemma ("swam" for "swim"): the same word, spelled otherwise. Default 1. */
  readonly inflectionWeight?: number;
  /** Weight of a word of the same family (long shared beginning). Default 0.5. */
  readonly familyWeight?: number;
  /**
   * Weight of a word derived from the question's, or it from that word, in WordNet ("suspended":
   * suspension), for a word the articles hold in no other form. Default 0.6: 0.4 does as well,
   * 0.8 puts one news-check-2 answer out of the first three.
   */
  readonly derivationWeight?: number;
  /** A name or number in the question (capitalised inside it, or with digits) weighs this many times its idf. Default 1.5. */
  readonly nameBoost?: number;
  /**
   * A word no article holds in either language weighs as the rarest word (the idf of a word in
   * no passage); if the vocabulary knows it, so that it is a real word and not a slip
   * ("construit", "company"; not a verb of speech such as "évoquée", which articles say with
   * many others), this many times more: the articles do not speak of it. Default 2.
   */
  readonly absentKnownWordBoost?: number;
  /**
   * The same for a word whose meanings are mostly verbs ("enchaînées", "travaillent", "call"):
   * news tells an event with many verbs, so the absence of one says less than a noun's. Default
   * 1.3: against 2, news-dev, the seeds and wikiqa each answer one question more rightly, every
   * "not found" kept; at 1, "Combien de policiers français sont déployés au Maroc ?" cites the
   * Moroccan police.
   */
  readonly absentVerbBoost?: number;
  /**
   * The noun right after "quel"/"which" names the kind of answer ("Quel animal…" is answered by
   * "un chevreau"), and passages seldom repeat it; it weighs this many times its idf. Default 0.6.
   */
  readonly categoryWeight?: number;
}
