import { useEffect, useRef } from 'react';
import { findQuoteRange, isWebUrl, splitAtRange } from '@pag/graph-seed';
import { useTranslation } from 'react-i18next';
import { useSourceQuery } from '../api/queries';
import type { SourceView } from '../view/view-store';
import './SourceViewer.css';

interface SourceViewerProps {
  readonly view: NonNullable<SourceView>;
  readonly onClose: () => void;
}

/** The stored text of a source in a dialog, with the quote highlighted and scrolled into view. */
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
  const parts = splitAtRange(text, findQuoteRange(text, view.quote));
  return (
    <dialog
      ref={dialogRef}
      className="source-viewer"
      aria-labelledby="source-title"
      onClose={onClose}
    >
      <header>
        <div>
          <h2 id="source-title">{data?.source.title ?? t('source.fallbackTitle')}</h2>
          {data && (
            <p className="citation">
              {[data.source.author, data.source.publisher, data.source.date]
                .filter(Boolean)
                .join(' · ')}
              {isWebUrl(data.source.url) && (
                <>
                  {' · '}
                  <a href={data.source.url} target="_blank" rel="noreferrer noopener">
                    {t('source.original')}
                  </a>
                </>
              )}
              {data.textSourceId &&
                data.textSourceId !== data.source.id &&
                ` · ${t('source.quotedInPaper')}`}
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
      {data?.text && (
        <div className="source-text">
          {parts.before}
          {parts.match && <mark ref={markRef}>{parts.match}</mark>}
          {parts.after}
        </div>
      )}
    </dialog>
  );
};
