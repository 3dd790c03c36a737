import { useTranslation } from 'react-i18next';
import { StatusBanner } from './StatusBanner';

interface GraphQueryStateProps {
  readonly query: {
    readonly error: Error | null;
    readonly isPending: boolean;
    readonly refetch: () => Promise<unknown>;
  };
}

/** While the graph loads, says so; when it could not, says why and offers to try again. */
export const GraphQueryState = ({ query }: GraphQueryStateProps) => {
  const { t } = useTranslation();
  return (
    <>
      {query.error && (
        <StatusBanner
          message={t('app.loadFailed', { message: query.error.message })}
          onRetry={() => void query.refetch()}
        />
      )}
      {query.isPending && (
        <p className="placeholder" role="status">
          {t('app.loading')}
        </p>
      )}
    </>
  );
};
