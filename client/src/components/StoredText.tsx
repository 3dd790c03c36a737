import { Fragment, useMemo, type ReactNode, type Ref } from 'react';
import { firstOffsetIn, readStoredText, type Inline } from '../text/stored-text';

interface StoredTextProps {
  readonly text: string;
  /** The characters of the text to highlight, if any: a quote found in it. */
  readonly highlight: { readonly start: number; readonly end: number } | null;
  /** Given to the first highlighted part, to scroll it into view. */
  readonly markRef: Ref<HTMLElement>;
}

/**
 * A stored source text, formatted (headings, paragraphs, footnote marks, links) and with a
 * quote highlighted across whatever formatting it spans. Nothing in the text becomes markup
 * but what `readStoredText` reads; links go only to web addresses.
 */
export const StoredText = ({ text, highlight, markRef }: StoredTextProps) => {
  const blocks = useMemo(() => readStoredText(text), [text]);
  const first = useMemo(
    () => (highlight ? firstOffsetIn(blocks, highlight) : null),
    [blocks, highlight],
  );
  const run = (start: number, end: number, key: string): ReactNode => {
    const from = highlight ? Math.max(start, highlight.start) : end;
    const to = highlight ? Math.min(end, highlight.end) : end;
    if (from >= to) return text.slice(start, end);
    return (
      <Fragment key={key}>
        {text.slice(start, from)}
        <mark ref={from === first ? markRef : undefined}>{text.slice(from, to)}</mark>
        {text.slice(to, end)}
      </Fragment>
    );
  };
  const inline = (parts: readonly Inline[], key: string): ReactNode[] =>
    parts.map((part, i) => {
      const id = `${key}.${i}`;
      switch (part.kind) {
        case 'text':
          return <Fragment key={id}>{run(part.start, part.end, id)}</Fragment>;
        case 'break':
          return <br key={id} />;
        case 'strong':
          return <strong key={id}>{inline(part.children, id)}</strong>;
        case 'em':
          return <em key={id}>{inline(part.children, id)}</em>;
        case 'sup':
          return <sup key={id}>{inline(part.children, id)}</sup>;
        case 'link':
          return part.href ? (
            <a key={id} href={part.href} target="_blank" rel="noreferrer noopener">
              {inline(part.children, id)}
            </a>
          ) : (
            <span key={id}>{inline(part.children, id)}</span>
          );
      }
    });
  return (
    <div className="source-text">
      {blocks.map((block, i) => {
        const key = String(i);
        if (block.kind === 'rule') return <hr key={key} />;
        if (block.kind === 'paragraph') return <p key={key}>{inline(block.children, key)}</p>;
        // The dialog's title is the h2: the text's headings, from h3, sit below it.
        const Heading = `h${String(Math.min(block.level + 2, 6))}` as 'h3';
        return <Heading key={key}>{inline(block.children, key)}</Heading>;
      })}
    </div>
  );
};
