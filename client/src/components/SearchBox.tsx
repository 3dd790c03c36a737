import { forwardRef, useEffect, useEffectEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SEARCH_QUERY_LENGTH_MAX, type SearchResults } from '@pag/graph-seed';
import { useSearchQuery } from '../api/queries';
import { nodeKindStyles } from '../theme/node-kind-styles';
import { useLanguage } from '../i18n/use-language';
import type { Language } from '../i18n/messages';
import { nodeName, verbParts } from '../i18n/names';
import './SearchBox.css';

interface SearchBoxProps {
  readonly onChoose: (nodeId: string) => void;
  /** Offers relationships too, and chooses one; without it only nodes are offered. */
  readonly onChooseRelationship?: (edgeId: string) => void;
  /** Accessible name and placeholder; the header's search by default. */
  readonly label?: string;
  readonly placeholder?: string;
  /** A node not to offer, e.g. the start of a path query. */
  readonly exclude?: string;
}

type Option =
  | { readonly kind: 'node'; readonly result: SearchResults['results'][number] }
  | { readonly kind: 'relationship'; readonly result: SearchResults['relationships'][number] };

/**
 * Search in English, Chinese or pinyin with autocomplete, over nodes and (where asked)
 * relationships; arrow keys move, Enter chooses. Says when it shows similar spellings and
 * when the query is as long as a search may be.
 */
export const SearchBox = forwardRef<HTMLInputElement, SearchBoxProps>(
  ({ onChoose, onChooseRelationship, label, placeholder, exclude }, ref) => {
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
    const options: Option[] = query.trim()
      ? [
          ...(data?.results ?? [])
            .filter((result) => result.id !== exclude)
            .map((result) => ({ kind: 'node' as const, result })),
          ...(onChooseRelationship ? (data?.relationships ?? []) : []).map((result) => ({
            kind: 'relationship' as const,
            result,
          })),
        ]
      : [];
    const didYouMean = query.trim() ? (data?.didYouMean ?? null) : null;
    const atLimit = query.length >= SEARCH_QUERY_LENGTH_MAX;
    // Enter pressed while the list still shows an earlier query's results: choose once this
    // query's results arrive, never a result of the earlier one.
    const chooseWhenReady = useRef(false);
    // Results for this query are in (or failed): not an earlier query's, not none yet.
    const ready = isError || (!isPlaceholderData && !(isFetching && data === undefined));

    const choose = (index: number) => {
      const option = options[index];
      if (!option) return;
      if (option.kind === 'node') onChoose(option.result.id);
      else onChooseRelationship?.(option.result.id);
      setQuery('');
      setOpen(false);
    };
    const chooseActive = useEffectEvent(() => {
      choose(active);
    });
    useEffect(() => {
      if (!chooseWhenReady.current || !ready) return;
      chooseWhenReady.current = false;
      chooseActive();
    }, [ready]);

    return (
      <div className="search" role="search">
        <input
          ref={ref}
          type="search"
          maxLength={SEARCH_QUERY_LENGTH_MAX}
          placeholder={placeholder ?? t('search.placeholder')}
          aria-label={label ?? t('search.label')}
          role="combobox"
          aria-expanded={open && options.length > 0}
          aria-controls={listId}
          aria-activedescendant={open && options[active] ? `${listId}-${active}` : undefined}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
            chooseWhenReady.current = false;
            keepOpen();
            setOpen(true);
          }}
          onFocus={keepOpen}
          onBlur={() => {
            chooseWhenReady.current = false;
            closing.current = setTimeout(() => setOpen(false), 150);
          }}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, options.length - 1));
            else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
            else if (event.key === 'Enter') {
              if (ready) choose(active);
              else chooseWhenReady.current = true;
            } else if (event.key === 'Escape') {
              chooseWhenReady.current = false;
              setOpen(false);
            } else return;
            event.preventDefault();
          }}
        />
        {open && query.trim() && (
          <ul id={listId} role="listbox" className="search-results" aria-busy={isFetching}>
            {atLimit && (
              <li className="note" role="presentation">
                {t('search.tooLong', { max: SEARCH_QUERY_LENGTH_MAX })}
              </li>
            )}
            {didYouMean && options.length > 0 && (
              <li className="note" role="presentation">
                {t('search.didYouMean', { name: didYouMean })}
              </li>
            )}
            {options.length === 0 && !isFetching && (
              <li className="empty" role="presentation">
                {t('search.noMatch')}
              </li>
            )}
            {options.map((option, index) => (
              <li
                key={`${option.kind}:${option.result.id}`}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                onMouseDown={(event) => {
                  event.preventDefault();
                  choose(index);
                }}
              >
                {option.kind === 'node' ? (
                  <NodeOption result={option.result} language={language} />
                ) : (
                  <RelationshipOption result={option.result} language={language} />
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  },
);
SearchBox.displayName = 'SearchBox';

/** A node found: its name in the interface language first, the other beneath it. */
const NodeOption = ({
  result,
  language,
}: {
  readonly result: SearchResults['results'][number];
  readonly language: Language;
}) => (
  <>
    <span className="dot" style={{ background: nodeKindStyles[result.kind].color }} aria-hidden />
    <span className="result-name" lang={language === 'zh' && result.nameZh ? 'zh' : 'en'}>
      {language === 'zh' ? (result.nameZh ?? result.name) : result.name}
    </span>
    {result.nameZh && (
      <span className="result-zh" lang={language === 'zh' ? 'en' : 'zh'}>
        {language === 'zh' ? result.name : result.nameZh}
      </span>
    )}
    {result.snippet && <span className="result-snippet">{result.snippet}</span>}
  </>
);

/** A relationship found, read along its arrow: "A manages cadres of B". */
const RelationshipOption = ({
  result,
  language,
}: {
  readonly result: SearchResults['relationships'][number];
  readonly language: Language;
}) => {
  const [before, after] = verbParts(result.type, language, result.source);
  return (
    <>
      <span className="arrow" aria-hidden>
        →
      </span>
      <span className="result-name">
        {nodeName(result.source, language)} <span className="verb">{before}</span>{' '}
        {nodeName(result.target, language)}
        {after && <span className="verb"> {after}</span>}
      </span>
      {result.snippet && <span className="result-snippet">{result.snippet}</span>}
    </>
  );
};
