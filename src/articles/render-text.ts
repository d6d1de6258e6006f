import { basename } from 'node:path';
import type { ArticlesUpdate } from './articles-update.js';
import { translator } from '../i18n/i18n.js';
import type { Language } from '../language/registry.js';
import type { Article } from './article.js';
import type { ArticleMatch } from './catalog.js';
import { MAX_ARTICLE_BYTES, type SkippedFile } from './loader.js';

/** The articles as a plain-text list, one line each. */
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
export function renderArticleChoice(
  query: string,
  match: Exclude<ArticleMatch, { kind: 'one' }>,
  allArticles: readonly Article[],
  language: Language,
): string {
  if (match.kind === 'none') return renderUnknownArticle(query, allArticles, language);
  const t = translator(language);
  const titles = match.articles.map((a) => t('summary.quotedTitleWithId', { title: a.title, id: a.id })).join(', ');
  return t('summary.severalArticles', { query, titles });
}

export function renderUnknownArticle(query: string, articles: readonly Article[], language: Language): string {
  const t = translator(language);
  const titles = articles
    .slice(0, 10)
    .map((a) => t('summary.quotedTitleWithId', { title: a.title, id: a.id }))
    .join(', ');
  return query.trim() ? t('summary.unknownArticle', { query, titles }) : t('summary.missingArticle', { titles });
}

/** What a reload of the articles changed, article by article, then the files skipped and why. */
export function renderUpdate(update: ArticlesUpdate, total: number, language: Language): string {
  const t = translator(language);
  const changes = [
    ['added', update.added],
    ['updated', update.updated],
    ['removed', update.removed],
  ] as const;
  const changed = changes.some(([, articles]) => articles.length > 0);
  const lines = [
    changed
      ? t('update.changed', {
          added: update.added.length,
          updated: update.updated.length,
          removed: update.removed.length,
          count: total,
        })
      : t('update.unchanged', { count: total }),
  ];
  for (const [change, articles] of changes) {
    for (const article of articles)
      lines.push(`- ${t('update.article', { change: t(`update.${change}`), line: articleLine(article, language) })}`);
  }
  for (const skipped of update.skipped)
    lines.push(`- ${t('update.skipped', { file: basename(skipped.file), reason: skipReason(skipped, language) })}`);
  if (update.settling > 0) lines.push(t('update.settling', { count: update.settling }));
  return lines.join('\n');
}

/** Why a file is not an article, in words. */
export function skipReason(skipped: Pick<SkippedFile, 'reason' | 'detail'>, language: Language): string {
  return translator(language)(`skip.${skipped.reason}`, {
    id: skipped.detail,
    max: `${MAX_ARTICLE_BYTES / 1024 / 1024} MB`,
  });
}
