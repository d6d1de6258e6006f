import type { Language } from '../language/registry.js';
import { translator } from '../i18n/i18n.js';
import { ENTITY_KINDS } from './entities.js';
import type { Summary } from './summarize.js';

/** A summary as plain text, in one language: its key sentences, then its entities by kind. */
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
    lines.push(
      t('summary.field', { label: t(`summary.${kind}`), value: items.length ? items.join(', ') : t('summary.none') }),
    );
  }
  return lines.join('\n');
}
