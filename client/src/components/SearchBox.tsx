import { forwardRef, useEffect, useEffectEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SEARCH_QUERY_LENGTH_MAX } from '@pag/graph-seed';
import { useSearchQuery } from '../api/queries';
import { nodeKindStyles } from '../theme/node-kind-styles';
import { useLanguage } from '../i18n/use-language';
import './SearchBox.css';

interface SearchBoxProps {
  readonly onChoose: (nodeId: string) => void;
  /** Accessible name and placeholder; the header's search by default. */
  readonly label?: string;
  readonly placeholder?: string;
  /** A node not to offer, e.g. the start of a path query. */
  readonly exclude?: string;
}

/** Search in English or Chinese with autocomplete; arrow keys move, Enter chooses. */
export const SearchBox = forwardRef<HTMLInputElement, SearchBoxProps>(
  ({ onChoose, label, placeholder, exclude }, ref) => {
    const { t } = useTranslation();
    const language = useLanguage();
    const [query, setQuery] = useState('');
    const [open, setOpen] = useState(false);
    const [active, setActive] = useState(0);
    // Closing on blur waits a moment, so a click on a result lands first; typing again
    // before it runs keeps the list open.
    const closing = useRef<ReturnType<typeof setTimeout>>(undefined);
    const keepOpen = () => clearTimeout(closing.current);
    useEffect(() => keepOpen, []);
    const listId = useId();
    const { data, isFetching, isPlaceholderData, isError } = useSearchQuery(query);
    const results = query.trim()
      ? (data?.results ?? []).filter((result) => result.id !== exclude)
      : [];
    // Enter pressed while the list still shows an earlier query's results: choose once this
    // query's results arrive, never a result of the earlier one.
    const [chooseWhenReady, setChooseWhenReady] = useState(false);
    const ready = !isPlaceholderData || isError;

    const choose = (index: number) => {
      const result = results[index];
      if (!result) return;
      onChoose(result.id);
      setQuery('');
      setOpen(false);
    };
    const chooseActive = useEffectEvent(() => {
      choose(active);
    });
    useEffect(() => {
      if (!chooseWhenReady || !ready) return;
      setChooseWhenReady(false);
      chooseActive();
    }, [chooseWhenReady, ready]);

    return (
      <div className="search" role="search">
        <input
          ref={ref}
          type="search"
          maxLength={SEARCH_QUERY_LENGTH_MAX}
          placeholder={placeholder ?? t('search.placeholder')}
          aria-label={label ?? t('search.label')}
          role="combobox"
          aria-expanded={open && results.length > 0}
          aria-controls={listId}
          aria-activedescendant={open && results[active] ? `${listId}-${active}` : undefined}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
            setChooseWhenReady(false);
            keepOpen();
            setOpen(true);
          }}
          onFocus={keepOpen}
          onBlur={() => {
            closing.current = setTimeout(() => setOpen(false), 150);
          }}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, results.length - 1));
            else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
            else if (event.key === 'Enter') {
              if (ready) choose(active);
              else setChooseWhenReady(true);
            } else if (event.key === 'Escape') setOpen(false);
            else return;
            event.preventDefault();
          }}
        />
        {open && query.trim() && (
          <ul id={listId} role="listbox" className="search-results" aria-busy={isFetching}>
            {results.length === 0 && !isFetching && (
              <li className="empty">{t('search.noMatch')}</li>
            )}
            {results.map((result, index) => (
              <li
                key={result.id}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                onMouseDown={(event) => {
                  event.preventDefault();
                  choose(index);
                }}
              >
                <span
                  className="dot"
                  style={{ background: nodeKindStyles[result.kind].color }}
                  aria-hidden
                />
                {/* The name in the interface language first, the other beneath it. */}
                <span
                  className="result-name"
                  lang={language === 'zh' && result.nameZh ? 'zh' : 'en'}
                >
                  {language === 'zh' ? (result.nameZh ?? result.name) : result.name}
                </span>
                {result.nameZh && (
                  <span className="result-zh" lang={language === 'zh' ? 'en' : 'zh'}>
                    {language === 'zh' ? result.name : result.nameZh}
                  </span>
                )}
                {result.snippet && <span className="result-snippet">{result.snippet}</span>}
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  },
);
SearchBox.displayName = 'SearchBox';
