import { fixedLanguage, languagesFor, type LanguageChoice } from '../articles/article.js';
import { DEFAULT_LANGUAGE, type Language } from '../language/registry.js';
import type { Answer } from '../answers/answer.js';
import { inLanguages, renderAnswer, type Emphasis } from '../answers/render-text.js';
import { renderArticleChoice, renderArticleList, renderUpdate } from '../articles/render-text.js';
import { renderSummary } from '../summaries/render-text.js';
import { ArticlesFolderError } from '../articles/loader.js';
import { translator } from '../i18n/i18n.js';
import type { Entities } from '../summaries/entities.js';
import type { Engine } from '../engine.js';

/** The JSON line `npm run ask -- --json` prints for each question (the evaluation contract). */
export interface JsonAnswer {
  question: string;
  language: Language;
  found: boolean;
  answer: string;
  citations: { article: string; title: string; paragraph: number; text: string; score: number }[];
}

/** The JSON `npm run ask -- --json --articles` prints: one entry per article. */
export interface JsonArticle {
  id: string;
  title: string;
  language: Language;
  paragraphs: number;
  source?: string;
}

/** The JSON `npm run ask -- --json --summary ARTICLE` prints: the summary, or the articles to choose from. */
export type JsonSummary =
  | {
      found: true;
      article: string;
      title: string;
      language: Language;
      source?: string;
      paragraphs: number;
      keySentences: { paragraph: number; text: string }[];
      entities: Entities;
    }
  | { found: false; query: string; candidates: { article: string; title: string }[] };

/** Text replies of the command line, shared by `npm run ask` and the console. */
export class CliReplies {
  constructor(private readonly engine: Engine) {}

  /** The answer and its text; `emphasis` surrounds each answering sentence (see renderAnswer). */
  ask(question: string, choice: LanguageChoice, emphasis?: Emphasis): { answer: Answer; text: string } {
    const forced = fixedLanguage(choice);
    const answer = this.engine.ask(question, forced ? { language: forced } : {});
    const text = inLanguages(languagesFor(choice, answer.language), (language) =>
      renderAnswer(answer, language, emphasis),
    );
    return { answer, text };
  }

  json(question: string, choice: LanguageChoice): JsonAnswer {
    const { answer, text } = this.ask(question, choice);
    return {
      question: answer.question,
      language: answer.language,
      found: answer.found,
      answer: text,
      citations: answer.citations.map((c) => ({
        article: c.articleId,
        title: c.title,
        paragraph: c.paragraph,
        text: c.text,
        score: c.score,
      })),
    };
  }

  summary(query: string, choice: LanguageChoice): string {
    const match = this.engine.findArticle(query);
    const summary = match.kind === 'one' ? this.engine.summaryOf(match.article) : undefined;
    // A few title words rarely tell the asker's language; the article's own is then the best guess.
    const detection = this.engine.detect(query, summary?.language);
    const languages = languagesFor(
      choice,
      detection.confident ? detection.language : (summary?.language ?? detection.language),
    );
    return inLanguages(languages, (language) =>
      match.kind === 'one'
        ? renderSummary(summary!, language)
        : renderArticleChoice(query, match, this.engine.articles, language),
    );
  }

  articlesJson(): JsonArticle[] {
    return this.engine.articles.map((a) => ({
      id: a.id,
      title: a.title,
      language: a.language,
      paragraphs: a.paragraphs.length,
      ...(a.source ? { source: a.source } : {}),
    }));
  }

  summaryJson(query: string): JsonSummary {
    const match = this.engine.findArticle(query);
    if (match.kind !== 'one') {
      const candidates = match.kind === 'several' ? match.articles : this.engine.articles.slice(0, 10);
      return { found: false, query, candidates: candidates.map((a) => ({ article: a.id, title: a.title })) };
    }
    const summary = this.engine.summaryOf(match.article);
    return {
      found: true,
      article: summary.articleId,
      title: summary.title,
      language: summary.language,
      ...(summary.source ? { source: summary.source } : {}),
      paragraphs: summary.paragraphCount,
      keySentences: summary.keySentences.map((s) => ({ paragraph: s.paragraph, text: s.text })),
      entities: { ...summary.entities },
    };
  }

  articles(choice: LanguageChoice): string {
    return inLanguages(languagesFor(choice, DEFAULT_LANGUAGE), (language) =>
      renderArticleList(this.engine.articles, language),
    );
  }

  /** Reads the folder again now (for a file system that reports no changes) and says what changed. */
  async reload(choice: LanguageChoice): Promise<string> {
    const languages = languagesFor(choice, DEFAULT_LANGUAGE);
    try {
      const update = await this.engine.refresh();
      return inLanguages(languages, (language) => renderUpdate(update, this.engine.articles.length, language));
    } catch (error) {
      if (!(error instanceof ArticlesFolderError)) throw error;
      return inLanguages(languages, (language) => translator(language)('update.folderGone', { folder: error.folder }));
    }
  }
}
