import { useEffect, useMemo, useRef } from 'react';
import { findQuoteRange, isWebUrl } from '@pag/graph-seed';
import { useTranslation } from 'react-i18next';
import { useSourceQuery } from '../api/queries';
import { citeSource } from '../export/citation';
import type { SourceView } from '../view/view-store';
import { StoredText } from './StoredText';
import './SourceViewer.css';

interface SourceViewerProps {
  readonly view: NonNullable<SourceView>;
  readonly onClose: () => void;
}

/**
 * The stored text a quote stands in, formatted, in a dialog, with the quote highlighted and
 * scrolled into view. Titled with the text's own source (for a footnote source, the text
 * that cites it), and saying which source the quote is evidence from.
 */
export const SourceViewer = ({ view, onClose }: SourceViewerProps) => {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const markRef = useRef<HTMLElement>(null);
  const { data, error, isPending } = useSourceQuery(view.sourceId);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  useEffect(() => {
    markRef.current?.scrollIntoView({ block: 'center' });
  }, [data]);

  const text = data?.text ?? '';
  const range = useMemo(() => findQuoteRange(text, view.quote) ?? null, [text, view.quote]);
  const holder = data?.textSource ?? data?.source;
  const throughAnother = data && holder && holder.id !== data.source.id;
  return (
    <dialog
      ref={dialogRef}
      className="source-viewer"
      aria-labelledby="source-title"
      onClose={onClose}
    >
      <header>
        <div>
          <h2 id="source-title">{holder?.title ?? t('source.fallbackTitle')}</h2>
          {holder && <p className="citation">{citeSource(holder)}</p>}
          {data && (
            <p className="cited">
              {throughAnother
                ? t('source.citedThrough', {
                    cited: citeSource({ ...data.source, url: null }).replace(/\.$/, ''),
                  })
                : t('source.citedHere')}
              {throughAnother && isWebUrl(data.source.url) && (
                <>
                  {' '}
                  <a href={data.source.url} target="_blank" rel="noreferrer noopener">
                    {t('source.original')}
                  </a>
                </>
              )}
            </p>
          )}
        </div>
        <button
          type="button"
          className="button"
          onClick={() => dialogRef.current?.close()}
          autoFocus
        >
          {t('source.close')}
        </button>
      </header>
      {isPending && <p role="status">{t('source.loading')}</p>}
      {error && <p role="alert">{t('source.failed', { message: error.message })}</p>}
      {data && !data.text && <p>{t('source.noText')}</p>}
      {data?.text && <StoredText text={data.text} highlight={range} markRef={markRef} />}
    </dialog>
  );
};
