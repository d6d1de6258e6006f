import type { Language } from '../../articles/article.js';

export function otherLanguage(language: Language): Language {
  return language === 'fr' ? 'en' : 'fr';
}
