import type { EvidenceItem } from '@pag/graph-seed';

/** Quoted evidence, each with its locator and a link to the original where there is one. */
export const EvidenceList = ({ items }: { readonly items: readonly EvidenceItem[] }) => (
  <ul className="evidence">
    {items.map((item, i) => (
      <li key={`${item.sourceId}-${i}`}>
        <blockquote>{item.quote}</blockquote>
        <p className="citation">
          {item.url ? (
            <a href={item.url} target="_blank" rel="noreferrer noopener">
              {item.title}
            </a>
          ) : (
            item.title
          )}
          <span className="locator"> — {item.locator}</span>
        </p>
      </li>
    ))}
  </ul>
);
