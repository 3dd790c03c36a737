import { useTranslation } from 'react-i18next';
import type { Language } from './messages';

/** The interface language, re-rendering the caller when it changes. */
export const useLanguage = (): Language => {
  const { i18n } = useTranslation();
  return i18n.language === 'zh' ? 'zh' : 'en';
};
