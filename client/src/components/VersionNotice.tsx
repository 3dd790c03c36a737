import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Basis,
  changeTotal,
  Modality,
  RelationshipType,
  type GraphElements,
  type RecordChange,
} from '@pag/graph-seed';
import { isNotFound } from '../api/fetch-json';
import { useChangesSinceQuery, useMetaQuery } from '../api/queries';
import { basisName, modalityName, typeName } from '../i18n/names';
import { useLanguage } from '../i18n/use-language';
import type { Language } from '../i18n/messages';
import { changesInView } from '../view/changes-in-view';
import { useViewStore, type Selection } from '../view/view-store';
import './VersionNotice.css';

/** A screen too narrow to list the changes and still show the graph. */
const NARROW = '(max-width: 768px)';

const day = (timestamp: string | null | undefined) => timestamp?.slice(0, 10) ?? '—';

/** A former value as people read it: a modality, basis or type by its name, else as it was. */
const valueName = (field: string, value: string, language: Language): string => {
  const type = RelationshipType.safeParse(value);
  if (field === 'type' && type.success) return typeName(type.data, language);
  const modality = Modality.safeParse(value);
  if (field === 'modality' && modality.success) return modalityName(modality.data, language);
  const basis = Basis.safeParse(value);
  if (field === 'basis' && basis.success) return basisName(basis.data, language);
  return value;
};

/** The ids a link names: what is selected, traced, found, focused or pinned. */
const useLinkIds = () => {
  const { selection, trace, paths, focus, pins } = useViewStore();
  return useMemo(
    () =>
      new Set(
        [
          selection?.id,
          trace?.nodeId,
          paths?.from,
          paths?.to,
          ...(focus ?? []),
          ...Object.keys(pins),
        ].filter((id): id is string => typeof id === 'string'),
      ),
    [selection, trace, paths, focus, pins],
  );
};

interface ChangeItemProps {
  readonly change: RecordChange;
  readonly shown: boolean;
  readonly onSelect: (selection: Selection) => void;
}

/** One change: what happened, to what (a link to it while it is shown), and in which fields. */
const ChangeItem = ({ change, shown, onSelect }: ChangeItemProps) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const name = language === 'zh' ? (change.nameZh ?? change.name) : change.name;
  // Each field that changed, with what it held before where that was one value.
  const fields = [
    ...new Set(
      change.fields.map((field) => {
        const label = t(`versions.fields.${field}`, { defaultValue: field });
        const was = change.was[field];
        if (was === undefined) return label;
        return t('versions.was', {
          field: label,
          value: was === null ? '—' : valueName(field, was, language),
        });
      }),
    ),
  ];
  return (
    <li>
      <span className={`change change-${change.change}`}>{t(`versions.${change.change}`)}</span>{' '}
      {shown ? (
        <button
          type="button"
          className="link"
          onClick={() =>
            onSelect({ kind: change.record === 'node' ? 'node' : 'edge', id: change.id })
          }
        >
          {name}
        </button>
      ) : (
        <span>{name}</span>
      )}
      {fields.length > 0 && <span className="change-fields"> ({fields.join('; ')})</span>}
    </li>
  );
};

/**
 * Opening a link made on another data version says so, and lists what has changed since in
 * the view: claims added, changed (in which fields, and from what) or removed, and how many
 * changes lie elsewhere. It stays until the reader closes it by citing the version shown.
 */
export const VersionNotice = ({
  graph,
  view,
  onSelect,
}: {
  /** What the canvas shows: its elements link to their details. */
  readonly graph: GraphElements;
  /** What the view cites: the traced chains or found paths while shown, else the graph. */
  readonly view: GraphElements;
  readonly onSelect: (selection: Selection) => void;
}) => {
  const { t } = useTranslation();
  const cited = useViewStore((state) => state.linkVersion);
  const citeShown = useViewStore((state) => state.citeShown);
  const meta = useMetaQuery().data;
  const current = meta?.dataVersion ?? null;
  const query = useChangesSinceQuery(cited, current);
  const linkIds = useLinkIds();
  // The list opens at first on a screen with room for it; on a phone, the graph keeps it.
  const [open, setOpen] = useState(() => !window.matchMedia(NARROW).matches);
  const found = useMemo(
    () => (query.data ? changesInView(query.data.changes, view, linkIds) : null),
    [query.data, view, linkIds],
  );
  if (!cited || !current || cited === current) return null;
  const shown = new Set([...graph.nodes, ...graph.edges].map((element) => element.data.id));
  const total = query.data ? changeTotal(query.data.summary) : 0;

  return (
    <section className="version-notice" aria-label={t('versions.label')} role="status">
      <div className="version-notice-text">
        {query.isPending && <p>{t('versions.checking', { version: cited })}</p>}
        {query.error &&
          (isNotFound(query.error) ? (
            <p>{t('versions.unknown', { version: cited })}</p>
          ) : (
            <p>{t('versions.failed', { version: cited, message: query.error.message })}</p>
          ))}
        {query.data && found && (
          <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
            <summary>
              {found.inView.length > 0
                ? t('versions.changed', {
                    count: found.inView.length,
                    version: cited,
                    date: day(query.data.since.loadedAt),
                  })
                : t('versions.unchanged', { version: cited, date: day(query.data.since.loadedAt) })}
            </summary>
            {found.inView.length > 0 && (
              <ul className="version-changes">
                {found.inView.map((change) => (
                  <ChangeItem
                    key={`${change.record}:${change.id}`}
                    change={change}
                    shown={shown.has(change.id)}
                    onSelect={onSelect}
                  />
                ))}
              </ul>
            )}
            <p className="version-notice-more">
              {found.elsewhere > 0 && `${t('versions.elsewhere', { count: found.elsewhere })} `}
              {!query.data.complete && `${t('versions.incomplete', { count: total })} `}
              {t('versions.now', { version: current, date: day(meta?.loadedAt) })}
            </p>
          </details>
        )}
      </div>
      <button type="button" onClick={() => citeShown(current)}>
        {t('versions.citeCurrent')}
      </button>
    </section>
  );
};
