import type { Language } from '../language/registry.js';
import { translator } from '../i18n/i18n.js';
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
      if (answer.suggestions.length)
        lines.push(
          t('answer.hintTitles', {
            titles: answer.suggestions.map((s) => t('answer.quotedTitle', { title: s.title })).join(', '),
          }),
        );
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
  if (citation.language !== language)
    parts.push(t('answer.otherLanguage', { language: t(`language.${citation.language}`) }));
  return parts.join(' · ');
}

/** Renders in one language, or in both, one after the other. */
export function inLanguages(languages: readonly Language[], render: (language: Language) => string): string {
  return languages.map(render).join('\n\n---\n\n');
}
