import { useTranslation } from 'react-i18next';

interface EmptyStateProps {
  /** Why nothing is on the canvas. */
  readonly reason: 'no-data' | 'filters' | 'focus';
  readonly onClearFilters: () => void;
  readonly onShowAll: () => void;
}

/** Says why the canvas is empty and offers the way back. */
export const EmptyState = ({ reason, onClearFilters, onShowAll }: EmptyStateProps) => {
  const { t } = useTranslation();
  return (
    <div className="placeholder overlay" role="status">
      {reason === 'no-data' && (
        <p>
          {t('app.empty')} <code>pnpm graph load</code>
        </p>
      )}
      {reason === 'filters' && (
        <p>
          {t('app.nothingMatches')}{' '}
          <button type="button" className="button" onClick={onClearFilters}>
            {t('app.clearFilters')}
          </button>
        </p>
      )}
      {reason === 'focus' && (
        <p>
          {t('app.focusEmpty')}{' '}
          <button type="button" className="button" onClick={onShowAll}>
            {t('commands.show-all')}
          </button>
        </p>
      )}
    </div>
  );
};
