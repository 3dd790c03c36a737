import { nodeKindStyles } from '../graph/node-kinds';

/** Explains node colours and the two kinds of line. */
export const Legend = () => (
  <aside className="legend" aria-label="Legend">
    <h2>Legend</h2>
    <ul>
      {Object.entries(nodeKindStyles).map(([kind, style]) => (
        <li key={kind}>
          <span
            className={`swatch swatch-${style.shape}`}
            style={{ background: style.color }}
            aria-hidden
          />
          {style.label} <span lang="zh">{style.labelZh}</span>
        </li>
      ))}
      <li>
        <span className="line line-authority" aria-hidden />
        Line of authority
      </li>
      <li>
        <span className="line line-other" aria-hidden />
        Other relationship
      </li>
    </ul>
  </aside>
);
