import { useTranslation } from 'react-i18next';
import { useMetaQuery } from '../api/queries';
import './SyntheticBanner.css';

/**
 * While the synthetic scale-test graph is loaded beside the curated one, says so on every
 * view: its records are generated and state nothing about any real organization; while it
 * is being written, that what is shown is incomplete.
 */
export const SyntheticBanner = () => {
  const { t, i18n } = useTranslation();
  const meta = useMetaQuery().data;
  const count = meta?.syntheticNodes ?? 0;
  if (count === 0) return null;
  return (
    <p className="synthetic-banner" role="note">
      {t('synthetic.banner', { count: new Intl.NumberFormat(i18n.language).format(count) })}
      {meta?.syntheticLoading && ` ${t('synthetic.loading')}`}
    </p>
  );
};
