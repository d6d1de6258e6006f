import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type i18n, type TFunction } from 'i18next';
import { LANGUAGES, type Language } from '../language/registry.js';
import { projectFolder } from '../config/project-folder.js';

/** The `locales/` folder at the project root, whether running from src/ or dist/src/. */
export function localesFolder(): string {
  return projectFolder('locales');
}

export type Resources = Record<Language, Record<string, unknown>>;

export function readResources(folder = localesFolder()): Resources {
  const read = (language: Language) =>
    JSON.parse(readFileSync(join(folder, `${language}.json`), 'utf8')) as Record<string, unknown>;
  return Object.fromEntries(LANGUAGES.map((language) => [language, read(language)])) as Resources;
}

let shared: i18n | undefined;

/** The i18next instance with every text the bot says, in every registered language. */
export function translations(): i18n {
  if (!shared) {
    const resources = readResources();
    shared = i18next.createInstance();
    void shared.init({
      initAsync: false,
      lng: LANGUAGES[0],
      fallbackLng: LANGUAGES[0],
      supportedLngs: [...LANGUAGES],
      resources: Object.fromEntries(LANGUAGES.map((language) => [language, { translation: resources[language] }])),
      // Texts go to Discord and terminals, not HTML: quoting is handled where it is shown.
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  return shared;
}

const fixed = new Map<Language, TFunction>();

/** The translate function of one language (made once: every reply asks for it). */
export function translator(language: Language): TFunction {
  let t = fixed.get(language);
  if (!t) {
    t = translations().getFixedT(language);
    fixed.set(language, t);
  }
  return t;
}
