import { useTranslation } from 'react-i18next';
import { hopKind, type GraphMeta, type NodeKind, type RelationshipType } from '@pag/graph-seed';
import { NO_FILTERS, isFiltered, type Filters } from '../api/graph-filters';
import { toggleItem } from '../view/toggle-item';
import { nodeKindStyles } from '../theme/node-kind-styles';
import { kindName, nodeName, typeName } from '../i18n/names';
import { useLanguage } from '../i18n/use-language';
import { Timeline } from './Timeline';
import './FilterPanel.css';

interface FilterPanelProps {
  readonly meta: GraphMeta;
  readonly filters: Filters;
  readonly onChange: (filters: Filters) => void;
}

/**
 * Narrows the graph by node kind, relationship type (lines of authority that command, those
 * that tell where authority comes from, the rest; or command hops alone), issuing document
 * and document date.
 */
export const FilterPanel = ({ meta, filters, onChange }: FilterPanelProps) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const kinds = meta.nodeKinds.filter((k) => k.count > 0);
  const types = meta.relationshipTypes.filter((type) => type.count > 0);
  const typeGroups = [
    {
      title: t('filters.authority'),
      types: types.filter((type) => hopKind(type.type) === 'command'),
    },
    {
      title: t('filters.provenance'),
      types: types.filter((type) => hopKind(type.type) === 'provenance'),
    },
    { title: t('filters.other'), types: types.filter((type) => !type.authority) },
  ].filter((group) => group.types.length > 0);
  // A list filter counts only what the graph holds: every kind (or type) present on is no filter.
  const allKinds = kinds.map((k) => k.kind);
  const allTypes = types.map((type) => type.type);
  const kindOn = (kind: NodeKind) => filters.kinds === null || filters.kinds.includes(kind);
  const typeOn = (type: RelationshipType) =>
    filters.relTypes === null || filters.relTypes.includes(type);
  // Command hops only: every type that commands, nothing else.
  const commandTypes = allTypes.filter((type) => hopKind(type) === 'command');
  const commandOnly =
    filters.relTypes !== null &&
    filters.relTypes.length === commandTypes.length &&
    commandTypes.every((type) => filters.relTypes?.includes(type));

  return (
    <section className="filters" aria-labelledby="filters-title">
      <header>
        <h2 id="filters-title">{t('filters.title')}</h2>
        <button
          type="button"
          className="button"
          disabled={!isFiltered(filters)}
          onClick={() => onChange(NO_FILTERS)}
        >
          {t('filters.reset')}
        </button>
      </header>
      <fieldset>
        <legend>{t('filters.kinds')}</legend>
        {kinds.map(({ kind, count }) => (
          <label key={kind} className="check">
            <input
              type="checkbox"
              checked={kindOn(kind)}
              onChange={() =>
                onChange({ ...filters, kinds: toggleItem(filters.kinds, allKinds, kind) })
              }
            />
            <span className="dot" style={{ background: nodeKindStyles[kind].color }} aria-hidden />
            {kindName(kind, language)} <span className="count">{count}</span>
          </label>
        ))}
      </fieldset>
      <label className="check command-only" title={t('filters.commandOnlyHint')}>
        <input
          type="checkbox"
          checked={commandOnly}
          onChange={() => onChange({ ...filters, relTypes: commandOnly ? null : commandTypes })}
        />
        {t('filters.commandOnly')}
      </label>
      {typeGroups.map((group) => (
        <fieldset key={group.title}>
          <legend>{group.title}</legend>
          {group.types.map(({ type, count }) => (
            <label key={type} className="check">
              <input
                type="checkbox"
                checked={typeOn(type)}
                onChange={() =>
                  onChange({
                    ...filters,
                    relTypes: toggleItem(filters.relTypes, allTypes, type),
                  })
                }
              />
              {typeName(type, language)} <span className="count">{count}</span>
            </label>
          ))}
        </fieldset>
      ))}
      <label className="field">
        <span>{t('filters.document')}</span>
        <select
          value={filters.document ?? ''}
          onChange={(event) => onChange({ ...filters, document: event.target.value || null })}
        >
          <option value="">{t('filters.anyDocument')}</option>
          {meta.documents.map((document) => (
            <option key={document.id} value={document.id}>
              {document.date ? `${document.date} · ` : ''}
              {nodeName(document, language)}
            </option>
          ))}
        </select>
      </label>
      <Timeline
        documents={meta.documents}
        from={filters.from}
        to={filters.to}
        onChange={(range) => onChange({ ...filters, ...range })}
      />
    </section>
  );
};
