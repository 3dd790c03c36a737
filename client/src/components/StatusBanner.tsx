import { useTranslation } from 'react-i18next';
import './StatusBanner.css';

interface StatusBannerProps {
  readonly message: string;
  readonly onRetry: () => void;
}

/** A clear error with a way to try again. */
export const StatusBanner = ({ message, onRetry }: StatusBannerProps) => {
  const { t } = useTranslation();
  return (
    <div className="banner banner-error" role="alert">
      <span>{message}</span>
      <button type="button" onClick={onRetry}>
        {t('app.retry')}
      </button>
    </div>
  );
};
