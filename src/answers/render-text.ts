import { basename } from 'node:path';
import type { Article, Language } from '../articles/article.js';
import type { ArticleMatch } from '../articles/catalog.js';
import { MAX_ARTICLE_BYTES, type SkippedFile } from '../articles/loader.js';
import type { ArticlesUpdate } from '../engine.js';
import { translator } from '../i18n/i18n.js';
import { ENTITY_KINDS } from '../summaries/entities.js';
import type { Summary } from '../summaries/summarize.js';
import type { Answer, Citation, NotFoundAnswer } from './answer.js';
import { MAX_QUESTION_LENGTH } from './ask.js';

/** What surrounds the answering sentence to make it stand out (bold on a terminal), if anything. */
export interface Emphasis {
  readonly open: string;
  readonly close: string;
}

const NO_EMPHASIS: Emphasis = { open: '', close: '' };

/**
 * The answer as plain text, in one language. Each passage is indented under its heading, the
 * sentence that answers on a line of its own, marked "→" (and within `emphasis`):
 *
 *     [1] “Title”, paragraph 3
 *         What comes before the sentence.
 *       → The sentence that answers.
 *         What follows it.
 */
export function renderAnswer(answer: Answer, language: Language, emphasis: Emphasis = NO_EMPHASIS): string {
  const t = translator(language);
  if (!answer.found) return notFoundLines(answer, language).join('\n');
  const lines = [t('answer.intro')];
  answer.citations.forEach((citation, i) => {
    lines.push('', citationHeading(citation, i + 1, language), ...quoteLines(citation, emphasis));
  });
  return lines.join('\n');
}

/** A passage as indented lines, its answering sentence on a line of its own. */
function quoteLines(citation: Citation, emphasis: Emphasis): string[] {
  const { text, highlight } = citation;
  const before = text.slice(0, highlight.start).trim();
  const sentence = text.slice(highlight.start, highlight.end).trim();
  const after = text.slice(highlight.end).trim();
  return [
    ...(before ? [`    ${before}`] : []),
    `  → ${emphasis.open}${sentence}${emphasis.close}`,
    ...(after ? [`    ${after}`] : []),
  ];
}

/** The words of a "not found" answer: why, and where to look instead. */
export function notFoundLines(answer: NotFoundAnswer, language: Language): string[] {
  const t = translator(language);
  switch (answer.reason) {
    case 'empty':
      return [t('answer.empty')];
    case 'too-long':
      return [t('answer.tooLong', { length: answer.question.length, max: MAX_QUESTION_LENGTH })];
    case 'no-words':
      return [t('answer.noWords'), t('answer.hintList')];
    default: {
      const lines = [t('answer.notFound')];
      if (answer.suggestions.length) lines.push(t('answer.hintTitles', { titles: answer.suggestions.map((s) => t('answer.quotedTitle', { title: s.title })).join(', ') }));
      lines.push(t('answer.hintList'));
      return lines;
    }
  }
}

/** "[1] Title, paragraph 3 · Source: MAP · Passage in French" */
export function citationHeading(citation: Citation, number: number, language: Language): string {
  const t = translator(language);
  const parts = [t('answer.citation', { number, title: citation.title, paragraph: citation.paragraph })];
  if (citation.source) parts.push(t('answer.source', { source: citation.source }));
  if (citation.language !== language) parts.push(t('answer.otherLanguage', { language: t(`language.${citation.language}`) }));
  return parts.join(' · ');
}

/** Renders in one language, or in both, one after the other. */
export function inLanguages(languages: readonly Language[], render: (language: Language) => string): string {
  return languages.map(render).join('\n\n---\n\n');
}

export function renderSummary(summary: Summary, language: Language): string {
  const t = translator(language);
  const lines = [
    t('summary.heading', { title: summary.title }),
    t('summary.meta', {
      language: t(`language.${summary.language}`),
      count: summary.paragraphCount,
      source: summary.source ?? t('articles.unknownSource'),
    }),
    '',
    t('summary.sectionHeading', { label: t('summary.keySentences') }),
    ...summary.keySentences.map((s) => `- ${t('summary.keySentence', { paragraph: s.paragraph, text: s.text })}`),
    '',
  ];
  for (const kind of ENTITY_KINDS) {
    const items = summary.entities[kind];
    lines.push(t('summary.field', { label: t(`summary.${kind}`), value: items.length ? items.join(', ') : t('summary.none') }));
  }
  return lines.join('\n');
}

export function renderArticleList(articles: readonly Article[], language: Language): string {
  const t = translator(language);
  return [
    t('articles.heading', { count: articles.length }),
    ...articles.map((a) => `- ${articleLine(a, language)}`),
  ].join('\n');
}

export function articleLine(article: Article, language: Language): string {
  const t = translator(language);
  return t('articles.line', {
    id: article.id,
    title: article.title,
    language: t(`language.${article.language}`),
    count: article.paragraphs.length,
    source: article.source ?? t('articles.unknownSource'),
  });
}

/** The reply to a summary asked for an article that matches no article, or several. */
export function renderArticleChoice(query: string, match: Exclude<ArticleMatch, { kind: 'one' }>, allArticles: readonly Article[], language: Language): string {
  if (match.kind === 'none') return renderUnknownArticle(query, allArticles, language);
  const t = translator(language);
  const titles = match.articles.map((a) => t('summary.quotedTitleWithId', { title: a.title, id: a.id })).join(', ');
  return t('summary.severalArticles', { query, titles });
}

export function renderUnknownArticle(query: string, articles: readonly Article[], language: Language): string {
  const t = translator(language);
  const titles = articles.slice(0, 10).map((a) => t('summary.quotedTitleWithId', { title: a.title, id: a.id })).join(', ');
  return query.trim() ? t('summary.unknownArticle', { query, titles }) : t('summary.missingArticle', { titles });
}

/** What a reload of the articles changed, article by article, then the files skipped and why. */
export function renderUpdate(update: ArticlesUpdate, total: number, language: Language): string {
  const t = translator(language);
  const changes = [['added', update.added], ['updated', update.updated], ['removed', update.removed]] as const;
  const changed = changes.some(([, articles]) => articles.length > 0);
  const lines = [changed
    ? t('update.changed', { added: update.added.length, updated: update.updated.length, removed: update.removed.length, count: total })
    : t('update.unchanged', { count: total })];
  for (const [change, articles] of changes) {
    for (const article of articles) lines.push(`- ${t('update.article', { change: t(`update.${change}`), line: articleLine(article, language) })}`);
  }
  for (const skipped of update.skipped) lines.push(`- ${t('update.skipped', { file: basename(skipped.file), reason: skipReason(skipped, language) })}`);
  if (update.settling > 0) lines.push(t('update.settling', { count: update.settling }));
  return lines.join('\n');
}

/** Why a file is not an article, in words. */
export function skipReason(skipped: Pick<SkippedFile, 'reason' | 'detail'>, language: Language): string {
  return translator(language)(`skip.${skipped.reason}`, { id: skipped.detail, max: `${MAX_ARTICLE_BYTES / 1024 / 1024} MB` });
}
