import type { Article, Language } from '../articles/article.js';
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

/** How many key sentences a summary quotes. */
export const KEY_SENTENCES = 3;

/**
 * Extractive summary: each sentence scores the summed frequency of its content words in the
 * whole article (words the article keeps coming back to), damped by length, with a small lead
 * bonus since news puts the essentials first. The best few are quoted in reading order, so the
 * summary stays in the article's own words and language.
 */
export function summarize(article: Article): Summary {
  const sentences = article.paragraphs.flatMap((paragraph) =>
    splitSentences(paragraph.text).map((span) => ({ paragraph: paragraph.number, text: paragraph.text.slice(span.start, span.end) })));
  const stemsOf = sentences.map((s) => analyze(s.text, article.language).map((t) => t.stem));
  const frequency = new Map<string, number>();
  for (const term of analyze(article.title, article.language)) frequency.set(term.stem, (frequency.get(term.stem) ?? 0) + 2);
  for (const stems of stemsOf) for (const stem of new Set(stems)) frequency.set(stem, (frequency.get(stem) ?? 0) + 1);

  const scored = sentences.map((sentence, i) => {
    const stems = new Set(stemsOf[i]);
    let weight = 0;
    for (const stem of stems) weight += (frequency.get(stem) ?? 1) - 1;
    const lead = 1 + 0.5 / (1 + i);
    const tooShort = stems.size < 4 ? 0.3 : 1;
    return { index: i, score: (weight / Math.sqrt(stems.size + 1)) * lead * tooShort };
  });
  // Greedy pick, each time discounting sentences that repeat words already chosen,
  // so the summary covers the article instead of saying one thing three times.
  const chosen: { index: number }[] = [];
  const covered = new Set<string>();
  const remaining = [...scored];
  while (chosen.length < KEY_SENTENCES && remaining.length) {
    let bestAt = 0;
    let bestValue = -Infinity;
    remaining.forEach((candidate, at) => {
      const stems = new Set(stemsOf[candidate.index]);
      const repeated = [...stems].filter((stem) => covered.has(stem)).length / (stems.size || 1);
      const value = candidate.score * (1 - 0.7 * repeated);
      if (value > bestValue) {
        bestValue = value;
        bestAt = at;
      }
    });
    const [pick] = remaining.splice(bestAt, 1);
    chosen.push(pick!);
    for (const stem of stemsOf[pick!.index]!) covered.add(stem);
  }
  chosen.sort((a, b) => a.index - b.index);

  return {
    articleId: article.id,
    title: article.title,
    language: article.language,
    ...(article.source ? { source: article.source } : {}),
    paragraphCount: article.paragraphs.length,
    keySentences: chosen.map(({ index }) => sentences[index]!),
    entities: extractEntities(article.paragraphs.map((p) => p.text).join('\n')),
  };
}
