import { useTranslation } from 'react-i18next';
import { setLanguage } from '../i18n/i18n';
import { LANGUAGES } from '../i18n/messages';
import { useLanguage } from '../i18n/use-language';
import './LanguageToggle.css';

const NAMES = { en: 'English', zh: '中文' } as const;

/** Switches interface text and node labels between English and Chinese. */
export const LanguageToggle = () => {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="language" role="group" aria-label={t('app.language')}>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          className="button"
          lang={option === 'zh' ? 'zh' : 'en'}
          aria-pressed={language === option}
          onClick={() => setLanguage(option)}
        >
          {NAMES[option]}
        </button>
      ))}
    </div>
  );
};
