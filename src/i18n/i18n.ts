import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import i18next, { type i18n, type TFunction } from 'i18next';
import { LANGUAGES, type Language } from '../articles/article.js';

/** The `locales/` folder at the project root, whether running from src/ or dist/src/. */
export function localesFolder(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'locales');
    try {
      readdirSync(candidate);
      return candidate;
    } catch {
      dir = resolve(dir, '..');
    }
  }
  throw new Error('locales/ folder not found');
}

export type Resources = Record<Language, Record<string, unknown>>;

export function readResources(folder = localesFolder()): Resources {
  const read = (language: Language) => JSON.parse(readFileSync(join(folder, `${language}.json`), 'utf8')) as Record<string, unknown>;
  return { en: read('en'), fr: read('fr') };
}

let shared: i18n | undefined;

/** The i18next instance with every text the bot says, in English and French. */
export function translations(): i18n {
  if (!shared) {
    const resources = readResources();
    shared = i18next.createInstance();
    void shared.init({
      initAsync: false,
      lng: 'en',
      fallbackLng: 'en',
      supportedLngs: [...LANGUAGES],
      resources: { en: { translation: resources.en }, fr: { translation: resources.fr } },
      // Texts go to Discord and terminals, not HTML: quoting is handled where it is shown.
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  return shared;
}

/** The translate function of one language. */
export function translator(language: Language): TFunction {
  return translations().getFixedT(language);
}
