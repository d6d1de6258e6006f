import type { Article } from '../articles/article.js';
import type { Language } from '../language/registry.js';
import { languageData } from '../language/registry.js';
import { analyze } from '../text/analyze.js';
import { splitSentences } from '../text/sentences.js';
import { extractEntities, type Entities } from './entities.js';

export interface KeySentence {
  readonly paragraph: number;
  readonly text: string;
}

export interface Summary {
  readonly articleId: string;
  readonly title: string;
  readonly language: Language;
  readonly source?: string;
  readonly paragraphCount: number;
  /** The article's most representative sentences, in reading order, quoted as written. */
  readonly keySentences: readonly KeySentence[];
  readonly entities: Entities;
}

/** A number with digits: a figure, a date. */
const FIGURE = /\d/;
/** Two capitalised words in a row inside a sentence: someone or something named. */
const NAMED = /[^.!?]\s\p{Lu}\p{Ll}+\s\p{Lu}/u;
/** Longest key sentence shown whole; a longer one is cut at a clause, marked " […]". */
export const MAX_KEY_SENTENCE = 220;

/** A long sentence cut after the last clause (a comma, a semicolon, a colon) that fits, marked; a short one as it is. */
function readable(sentence: string): string {
  if (sentence.length <= MAX_KEY_SENTENCE) return sentence;
  const room = sentence.slice(0, MAX_KEY_SENTENCE);
  const clause = Math.max(
    room.lastIndexOf(', '),
    room.lastIndexOf('; '),
    room.lastIndexOf(' : '),
    room.lastIndexOf(': '),
  );
  const cut = clause > MAX_KEY_SENTENCE / 2 ? clause : room.lastIndexOf(' ');
  return `${sentence.slice(0, cut).trimEnd()} […]`;
}

/** How many key sentences a summary quotes. */
export const KEY_SENTENCES = 3;

/**
 * Extractive summary: each sentence scores the summed frequency of its content words in the
 * whole article (words the article keeps coming back to), damped by length, with a small lead
 * bonus since news puts the essentials first. The best few are quoted in reading order, so the
 * summary stays in the article's own words and language.
 */
export function summarize(article: Article): Summary {
  const language = languageData(article.language);
  const sentences = article.paragraphs.flatMap((paragraph) =>
    splitSentences(paragraph.text).map((span) => ({
      paragraph: paragraph.number,
      text: paragraph.text.slice(span.start, span.end),
    })),
  );
  const stemsOf = sentences.map((s) => analyze(s.text, language).map((t) => t.stem));
  const frequency = new Map<string, number>();
  for (const term of analyze(article.title, language)) frequency.set(term.stem, (frequency.get(term.stem) ?? 0) + 2);
  for (const stems of stemsOf) for (const stem of new Set(stems)) frequency.set(stem, (frequency.get(stem) ?? 0) + 1);

  const scored = sentences.map((sentence, i) => {
    const stems = new Set(stemsOf[i]);
    let weight = 0;
    for (const stem of stems) weight += (frequency.get(stem) ?? 1) - 1;
    const lead = 1 + 0.5 / (1 + i);
    const tooShort = stems.size < 4 ? 0.3 : 1;
    // The article's facts: a sentence with a figure, or with a named person or body, weighs more.
    const facts = 1 + 0.6 * Number(FIGURE.test(sentence.text)) + 0.2 * Number(NAMED.test(sentence.text));
    return { index: i, score: (weight / Math.sqrt(stems.size + 1)) * lead * tooShort * facts };
  });
  // Greedy pick, each time discounting sentences that repeat words already chosen,
  // so the summary covers the article instead of saying one thing three times.
  const chosen: { index: number }[] = [];
  const covered = new Set<string>();
  const remaining = [...scored];
  const paragraphsUsed = new Set<number>();
  while (chosen.length < KEY_SENTENCES && remaining.length) {
    let bestAt = 0;
    let bestValue = -Infinity;
    remaining.forEach((candidate, at) => {
      const stems = new Set(stemsOf[candidate.index]);
      const repeated = [...stems].filter((stem) => covered.has(stem)).length / (stems.size || 1);
      // Spread over the article: a second sentence of a paragraph already quoted counts for little.
      const again =
        paragraphsUsed.has(sentences[candidate.index]!.paragraph) && paragraphsUsed.size < article.paragraphs.length
          ? 0.3
          : 1;
      const value = candidate.score * (1 - 0.7 * repeated) * again;
      if (value > bestValue) {
        bestValue = value;
        bestAt = at;
      }
    });
    const [pick] = remaining.splice(bestAt, 1);
    chosen.push(pick!);
    paragraphsUsed.add(sentences[pick!.index]!.paragraph);
    for (const stem of stemsOf[pick!.index]!) covered.add(stem);
  }
  // A summary without a single figure misses the news's facts: the best sentence with one takes
  // the last place, if it is worth half of what it replaces.
  const withFigure = (pick: { index: number }) => FIGURE.test(sentences[pick.index]!.text);
  if (chosen.length === KEY_SENTENCES && !chosen.some(withFigure)) {
    const figure = remaining.filter(withFigure).sort((a, b) => b.score - a.score)[0];
    const last = chosen[chosen.length - 1]!;
    if (figure && figure.score >= 0.5 * (scored[last.index]?.score ?? 0)) chosen[chosen.length - 1] = figure;
  }
  chosen.sort((a, b) => a.index - b.index);

  return {
    articleId: article.id,
    title: article.title,
    language: article.language,
    ...(article.source ? { source: article.source } : {}),
    paragraphCount: article.paragraphs.length,
    keySentences: chosen.map(({ index }) => ({ ...sentences[index]!, text: readable(sentences[index]!.text) })),
    entities: extractEntities(article.paragraphs.map((p) => p.text).join('\n')),
  };
}
