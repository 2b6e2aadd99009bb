import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import core from './da.json?core';

// Danish first. The initial bundle carries only the shell's words (core-keys.ts); the pages' words
// come with the first page (loadPageStrings, awaited by the router beside the page's own chunk).
// English is the fallback for any key a translation lacks. It is loaded after start-up (≈ 13 KB
// gzip kept out of the initial bundle); both files hold the same keys (checked by
// i18n/keys.spec.ts), so nothing waits for it.
void i18n.use(initReactI18next).init({
  resources: { da: { translation: core } },
  lng: 'da',
  fallbackLng: 'en',
  partialBundledLanguages: true,
  interpolation: { escapeValue: false }, // React escapes already
  returnNull: false,
});

void import('./en.json').then((en) => i18n.addResourceBundle('en', 'translation', en.default, true, false));

let pageStrings: Promise<void> | null = null;

/** Loads the Danish words of every page once (≈ 25 KB gzip); later calls share the first load. */
export function loadPageStrings(): Promise<void> {
  pageStrings ??= import('./da.json?pages').then(
    (pages) => void i18n.addResourceBundle('da', 'translation', pages.default, true, true),
    (error: unknown) => {
      pageStrings = null; // a failed load (offline) is tried again with the next page
      throw error;
    },
  );
  return pageStrings;
}

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

export default i18n;
