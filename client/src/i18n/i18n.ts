import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { LANGUAGES, type Language } from './messages';
import { zh } from './zh';

const STORAGE_KEY = 'pag.language';

const isLanguage = (value: string | null): value is Language =>
  LANGUAGES.includes(value as Language);

/** The language a link asks for (`?lang=zh`), else the last one chosen, else the browser's. */
const initialLanguage = (): Language => {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (isLanguage(fromUrl)) return fromUrl;
  const stored = window.localStorage.getItem(STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
};

const markDocument = (language: Language) => {
  document.documentElement.lang = language === 'zh' ? 'zh-Hans' : 'en';
};

/** Sets up the interface text; call once before the app renders. */
export const setUpI18n = (): void => {
  const language = initialLanguage();
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, zh: { translation: zh } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  markDocument(language);
};

/** Switches the interface and node labels, remembering the choice and putting it in the URL. */
export const setLanguage = (language: Language): void => {
  void i18next.changeLanguage(language);
  window.localStorage.setItem(STORAGE_KEY, language);
  markDocument(language);
  const url = new URL(window.location.href);
  if (language === 'en') url.searchParams.delete('lang');
  else url.searchParams.set('lang', language);
  window.history.replaceState(null, '', url.toString().replaceAll('%2C', ','));
};
