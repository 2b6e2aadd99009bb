import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import da from './da.json';

// Danish first and bundled; English is the fallback for any key a translation lacks. It is
// loaded after start-up (≈ 13 KB gzip kept out of the initial bundle); both files hold the same
// keys (checked by i18n/keys.spec.ts), so nothing waits for it.
void i18n.use(initReactI18next).init({
  resources: { da: { translation: da } },
  lng: 'da',
  fallbackLng: 'en',
  partialBundledLanguages: true,
  interpolation: { escapeValue: false }, // React escapes already
  returnNull: false,
});

void import('./en.json').then((en) => i18n.addResourceBundle('en', 'translation', en.default, true, false));

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

export default i18n;
