import { isWebUrl, type EvidenceItem } from '@pag/graph-seed';
import { useTranslation } from 'react-i18next';
import { useViewStore } from '../view/view-store';
import './EvidenceList.css';

/**
 * Quoted evidence, each with its locator, a link to the original where there is one (http or
 * https only), and a
 * way to read the quote in its source's stored text.
 */
export const EvidenceList = ({ items }: { readonly items: readonly EvidenceItem[] }) => {
  const showInSource = useViewStore((state) => state.showInSource);
  const { t } = useTranslation();
  return (
    <ul className="evidence">
      {items.map((item, i) => (
        <li key={`${item.sourceId}-${i}`}>
          <blockquote>{item.quote}</blockquote>
          <p className="citation">
            {isWebUrl(item.url) ? (
              <a href={item.url} target="_blank" rel="noreferrer noopener">
                {item.title}
              </a>
            ) : (
              item.title
            )}
            <span className="locator"> — {item.locator}</span>
            {' · '}
            <button
              type="button"
              className="link"
              onClick={() => showInSource({ sourceId: item.sourceId, quote: item.quote })}
            >
              {t('evidence.showInSource')}
            </button>
          </p>
        </li>
      ))}
    </ul>
  );
};
