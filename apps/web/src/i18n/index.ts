import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import core from './da.json?core';

// Danish first. The initial bundle carries only the shell's words (core-keys.ts); the pages' words
// come with the first page (loadPageStrings, awaited by the router beside the page's own chunk).
// English is the fallback for any key a translation lacks. It is loaded after the first page
// (loadEnglishLater; kept out of the initial bundle); both files hold the same keys (checked by
// i18n/keys.spec.ts), so nothing waits for it.
void i18n.use(initReactI18next).init({
  resources: { da: { translation: core } },
  lng: 'da',
  fallbackLng: 'en',
  partialBundledLanguages: true,
  interpolation: { escapeValue: false }, // React escapes already
  returnNull: false,
});

let english: Promise<void> | null = null;

/**
 * English is loaded a few seconds after the first page's words, when the browser is idle, so its
 * ≈ 30 KB gzip do not share a phone's bandwidth with what the first page needs (issue 16).
 */
function loadEnglishLater(): void {
  const load = () => {
    english ??= import('./en.json').then(
      (en) => void i18n.addResourceBundle('en', 'translation', en.default, true, false),
      () => void (english = null),
    );
  };
  const whenIdle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(load, { timeout: 5000 }) : load());
  setTimeout(whenIdle, 3000);
}

let pageStrings: Promise<void> | null = null;

/** Loads the Danish words of every page once (≈ 25 KB gzip); later calls share the first load. */
export function loadPageStrings(): Promise<void> {
  pageStrings ??= import('./da.json?pages').then(
    (pages) => {
      i18n.addResourceBundle('da', 'translation', pages.default, true, true);
      loadEnglishLater();
    },
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
