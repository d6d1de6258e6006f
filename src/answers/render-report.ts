import type { Language } from '../language/registry.js';
import { translator } from '../i18n/i18n.js';
import type { ServerReport } from '../storage/store.js';

/** A report's parts in words, for the console (as text) and for Discord (as an embed). */
export interface ReportText {
  readonly title: string;
  readonly summary: string;
  readonly sections: readonly { readonly heading: string; readonly lines: readonly string[] }[];
}

/**
 * The admins' report in one language. `titleOf` names an article by its id (the report keeps
 * ids; an article removed since shows its id).
 */
export function reportText(
  report: ServerReport,
  days: number,
  language: Language,
  titleOf: (id: string) => string,
): ReportText {
  const t = translator(language);
  const percent = (part: number, whole: number) =>
    t('report.percent', { value: whole ? Math.round((100 * part) / whole) : 0 });
  const votes = report.up + report.down;
  const none = [t('report.none')];
  return {
    title: t('report.title', { days }),
    summary: t('report.summary', {
      asked: report.asked,
      answered: report.answered,
      answeredShare: percent(report.answered, report.asked),
      votes,
      upShare: votes ? percent(report.up, votes) : t('report.noVotes'),
    }),
    sections: [
      {
        heading: t('report.unanswered'),
        lines: report.unanswered.length
          ? report.unanswered.map((q, i) =>
              t('report.unansweredLine', { rank: i + 1, question: q.question, count: q.count }),
            )
          : none,
      },
      {
        heading: t('report.disliked'),
        lines: report.disliked.length
          ? report.disliked.map((a, i) =>
              t('report.dislikedLine', {
                rank: i + 1,
                question: a.question,
                title: a.article ? titleOf(a.article) : '—',
                paragraph: a.paragraph ?? '—',
                down: a.down,
                up: a.up,
              }),
            )
          : none,
      },
    ],
  };
}

/** The report as plain text. */
export function renderReport(text: ReportText): string {
  return [
    text.title,
    text.summary,
    ...text.sections.flatMap((section) => ['', `${section.heading}:`, ...section.lines]),
  ].join('\n');
}
