import { useTranslation } from 'react-i18next';
import { useMetaQuery } from '../api/queries';
import { creditSources } from '../export/citation';

/** One line naming what the graph is read from, and a way to the About dialog. */
export const DataCredit = ({ onOpen }: { readonly onOpen: () => void }) => {
  const { t } = useTranslation();
  const meta = useMetaQuery().data;
  if (!meta || meta.basedOn.length === 0) return null;
  return (
    <p className="data-credit">
      {t('about.credit', { sources: creditSources(meta.basedOn) })}{' '}
      <button type="button" className="link" onClick={onOpen}>
        {t('commands.show-about')}
      </button>
    </p>
  );
};
