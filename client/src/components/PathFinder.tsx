import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNodeQuery } from '../api/queries';
import { useLanguage } from '../i18n/use-language';
import { nodeName } from '../i18n/names';
import type { PathDirection } from '@pag/graph-seed';
import { PathDirectionPicker } from './PathDirectionPicker';
import { SearchBox } from './SearchBox';
import './PathFinder.css';

interface PathFinderProps {
  readonly from: string;
  readonly direction: PathDirection;
  readonly onDirection: (direction: PathDirection) => void;
  readonly onChoose: (to: string) => void;
  readonly onCancel: () => void;
}

/**
 * Asks for the second node of a path query, with the same search as the header, and which
 * relationships the paths may follow.
 */
export const PathFinder = ({
  from,
  direction,
  onDirection,
  onChoose,
  onCancel,
}: PathFinderProps) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const inputRef = useRef<HTMLInputElement>(null);
  const node = useNodeQuery(from).data?.node;
  useEffect(() => inputRef.current?.focus(), []);
  const name = node ? nodeName(node, language) : from;
  return (
    <section className="path-finder" aria-labelledby="path-finder-title">
      <h2 id="path-finder-title">{t('paths.title', { name })}</h2>
      <PathDirectionPicker value={direction} onChange={onDirection} />
      <p>{t('paths.to')}</p>
      <SearchBox
        ref={inputRef}
        label={t('paths.to')}
        placeholder={t('paths.placeholder')}
        exclude={from}
        onChoose={onChoose}
      />
      <button type="button" className="button" onClick={onCancel}>
        {t('paths.cancel')}
      </button>
    </section>
  );
};
