import { useTranslation } from 'react-i18next';
import { useViewStore } from '../view/view-store';

/** Shows one chain (by its index) alone on the graph, or, pressed again, all of them. */
export const ShowAloneButton = ({ index }: { readonly index: number }) => {
  const { t } = useTranslation();
  const onlyChain = useViewStore((state) => state.onlyChain);
  const showOnlyChain = useViewStore((state) => state.showOnlyChain);
  return (
    <button
      type="button"
      className="button small"
      aria-pressed={onlyChain === index}
      aria-label={t('chains.alone', { number: index + 1 })}
      onClick={() => showOnlyChain(onlyChain === index ? null : index)}
    >
      {t('chains.aloneShort')}
    </button>
  );
};
