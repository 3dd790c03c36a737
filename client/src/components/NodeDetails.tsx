import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isWebUrl, RELATIONSHIP_PAGE } from '@pag/graph-seed';
import { useNodeQuery } from '../api/queries';
import { SNAPSHOT } from '../api/snapshot';
import { useFocusRequest, type FocusRequest } from './use-focus-request';
import { useMoreRelationships } from './use-more-relationships';
import type { Selection } from '../view/view-store';
import { nodeKindStyles } from '../theme/node-kind-styles';
import { documentTypeName, kindName, statusName, typeName, verbParts } from '../i18n/names';
import { useLanguage } from '../i18n/use-language';
import { ClaimStrength } from './ClaimStrength';
import { EvidenceList } from './EvidenceList';
import { NodeLink } from './NodeLink';
import './Details.css';

interface NodeDetailsProps {
  readonly nodeId: string;
  /** How many of the node's neighbours the focus leaves out. */
  readonly hiddenNeighbours: number;
  readonly onSelect: (selection: Selection) => void;
  /** Asks for keyboard focus on the heading once the details have loaded. */
  readonly focusRequest?: FocusRequest;
  /** When the node is pinned where the person dragged it: lets it go. */
  readonly onUnpin?: () => void;
}

/**
 * A node's names (marking those the editors supplied), kind, dates, quoted sources and
 * relationships, each with how strongly it is sourced and its quotes.
 */
export const NodeDetails = ({
  nodeId,
  hiddenNeighbours,
  onSelect,
  focusRequest,
  onUnpin,
}: NodeDetailsProps) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { data, error, isPending } = useNodeQuery(nodeId);
  const more = useMoreRelationships();
  useFocusRequest(headingRef, focusRequest, data !== undefined);
  if (isPending) return <p role="status">{t('node.loading')}</p>;
  if (error) return <p role="alert">{t('node.failed', { message: error.message })}</p>;
  const { node, sources, relationshipGroups } = data;
  // The first pages, then those asked for (each relationship once).
  const relationships = [
    ...new Map(
      [...data.relationships, ...more.listed(nodeId)].map((rel) => [rel.id, rel]),
    ).values(),
  ];
  const total = relationshipGroups.reduce((sum, group) => sum + group.total, 0);
  // The name in the interface language is the heading; the other stands beneath it.
  const [name, otherName] =
    language === 'zh' && node.nameZh ? [node.nameZh, node.name] : [node.name, node.nameZh];

  return (
    <article className="details" aria-labelledby="details-title">
      <p className="kind" style={{ color: nodeKindStyles[node.kind].color }}>
        {kindName(node.kind, language)}
      </p>
      <h2
        id="details-title"
        ref={headingRef}
        tabIndex={-1}
        lang={name === node.nameZh ? 'zh' : 'en'}
      >
        {name}
      </h2>
      {otherName && (
        <p className="name-zh" lang={otherName === node.nameZh ? 'zh' : 'en'}>
          {otherName}
        </p>
      )}
      {node.nameZhByEditors && node.nameZh && (
        <p className="by-editors">{t('node.nameZhByEditors', { name: node.nameZh })}</p>
      )}
      {node.description && <p>{node.description}</p>}
      {onUnpin && (
        <p className="note pinned-note">
          {t('node.pinned')}{' '}
          <button type="button" className="link" onClick={onUnpin}>
            {t('node.unpin')}
          </button>
        </p>
      )}
      {hiddenNeighbours > 0 && (
        <p className="note">{t('node.hiddenNeighbours', { count: hiddenNeighbours })}</p>
      )}
      <dl className="facts">
        {node.date && (
          <>
            <dt>{t('node.date')}</dt>
            <dd>{node.date}</dd>
          </>
        )}
        {node.documentType && (
          <>
            <dt>{t('node.documentType')}</dt>
            <dd>{documentTypeName(node.documentType, language)}</dd>
          </>
        )}
        {node.status && (
          <>
            <dt>{t('node.status')}</dt>
            <dd>{statusName(node.status, language)}</dd>
          </>
        )}
        {node.version && (
          <>
            <dt>{t('node.version')}</dt>
            <dd>{node.version}</dd>
          </>
        )}
        {node.aliases.length + node.aliasesByEditors.length > 0 && (
          <>
            <dt>{t('node.also')}</dt>
            <dd>
              {node.aliases.join(' · ')}
              {node.aliasesByEditors.map((alias, i) => (
                <span key={alias}>
                  {node.aliases.length + i > 0 && ' · '}
                  {alias}
                  <span className="by-editors"> ({t('node.byEditors')})</span>
                </span>
              ))}
            </dd>
          </>
        )}
        {isWebUrl(node.url) && (
          <>
            <dt>{t('node.original')}</dt>
            <dd>
              <a href={node.url} target="_blank" rel="noreferrer noopener">
                {new URL(node.url).hostname}
              </a>
            </dd>
          </>
        )}
      </dl>
      <h3>{t('node.sources')}</h3>
      <EvidenceList items={sources} />
      <h3>{t('node.relationships', { count: total })}</h3>
      <ul className="relationships">
        {relationships.map((rel) => {
          const [verb, verbEnd] = verbParts(
            rel.type,
            language,
            rel.direction === 'in' ? rel.other : node,
          );
          return (
            <li key={rel.id}>
              <details>
                {/* Reads along the arrow: "This leads X" or "X leads this". */}
                <summary>
                  {rel.direction === 'in' ? (
                    <NodeLink node={rel.other} onSelect={onSelect} />
                  ) : (
                    t('node.this')
                  )}{' '}
                  <button
                    type="button"
                    className="link verb"
                    onClick={() => onSelect({ kind: 'edge', id: rel.id })}
                  >
                    {verb}
                  </button>{' '}
                  {rel.direction === 'out' ? (
                    <NodeLink node={rel.other} onSelect={onSelect} />
                  ) : (
                    t('node.thisLower')
                  )}
                  {verbEnd && ` ${verbEnd}`}
                  {rel.authority && <span className="badge">{t('node.authority')}</span>}
                </summary>
                <ClaimStrength
                  basis={rel.basis}
                  modality={rel.modality}
                  modalityNote={rel.modalityNote}
                />
                {rel.note && <p className="note">{rel.note}</p>}
                <EvidenceList items={rel.sources} />
              </details>
            </li>
          );
        })}
      </ul>
      {relationshipGroups
        .filter((group) => group.total > group.listed && !SNAPSHOT)
        .map((group) => {
          const key = `${group.type} ${group.direction}`;
          const listed = group.listed + more.count(nodeId, group);
          if (listed >= group.total) return null;
          const loading = more.loading === key;
          return (
            <p key={key} className="note listed-of">
              {t('node.listedOf', {
                listed: listed.toLocaleString(language),
                total: group.total.toLocaleString(language),
                verb: `${group.direction === 'in' ? '←' : '→'} ${typeName(group.type, language)}`,
              })}{' '}
              <button
                type="button"
                className="link"
                disabled={more.loading !== null}
                onClick={() => void more.load(nodeId, group, listed)}
              >
                {loading
                  ? t('node.loadingMore')
                  : t('node.showMore', {
                      count: Math.min(RELATIONSHIP_PAGE.default, group.total - listed),
                    })}
              </button>
              {more.error && (
                <span role="alert"> {t('node.moreFailed', { message: more.error })}</span>
              )}
            </p>
          );
        })}
    </article>
  );
};
