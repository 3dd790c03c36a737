import { createWriteStream, writeFileSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { ARRAY_DELIMITER } from '../neo4j/bulk-import';

/** A property value as the loaders store it. */
type Property = string | number | boolean | readonly string[];

/** Neo4j's import type of a property value (a header's `name:type`). */
const importType = (value: Property): string =>
  Array.isArray(value)
    ? ':string[]'
    : typeof value === 'boolean'
      ? ':boolean'
      : typeof value === 'number'
        ? Number.isInteger(value)
          ? ':long'
          : ':double'
        : '';

/** Rows are written a megabyte at a time. */
const FLUSH_CHARS = 1 << 20;

const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;

const field = (value: Property | undefined): string =>
  value === undefined
    ? ''
    : Array.isArray(value)
      ? quoted(value.join(ARRAY_DELIMITER))
      : typeof value === 'string'
        ? quoted(value)
        : String(value);

/**
 * One CSV file for Neo4j's bulk importer, with its header in a file of its own: the leading
 * columns fixed (`id:ID(Node)`, `:LABEL`, …), then one column a property, typed by the first
 * record that has it. The properties are fixed by the records given first; a later record
 * with another property is refused, naming it, rather than written without it.
 */
export class CsvTable {
  readonly #out: WriteStream;
  readonly #properties: [string, string][];
  readonly #known: Set<string>;
  readonly #leading: readonly string[];
  rows = 0;

  #buffer: string[] = [];
  #buffered = 0;

  /**
   * `leading` names the fixed columns; a property of the same name as an `name:ID(…)` column
   * is that column (Neo4j stores the id under its name).
   */
  constructor(
    readonly dataFile: string,
    readonly headerFile: string,
    leading: readonly string[],
    examples: readonly Record<string, Property>[],
  ) {
    const idColumn = /^(\w+):ID\(/.exec(leading[0] ?? '')?.[1];
    const types = new Map<string, string>();
    for (const props of examples) {
      for (const [key, value] of Object.entries(props)) {
        if (!types.has(key) && key !== idColumn) types.set(key, importType(value));
      }
    }
    this.#leading = leading;
    this.#properties = [...types];
    this.#known = new Set(types.keys());
    if (idColumn) this.#known.add(idColumn);
    writeFileSync(
      headerFile,
      `${[...leading, ...this.#properties.map(([key, type]) => `${key}${type}`)].join(',')}\n`,
    );
    this.#out = createWriteStream(dataFile);
  }

  /** Writes a row: the leading fields, then the properties. */
  async write(leading: readonly string[], props: Record<string, Property>): Promise<void> {
    for (const key of Object.keys(props)) {
      if (!this.#known.has(key)) {
        throw new Error(
          `Property "${key}" is not among the columns of ${this.headerFile} (${this.#properties.map(([k]) => k).join(', ')})`,
        );
      }
    }
    if (leading.length !== this.#leading.length) throw new Error('Wrong number of leading fields');
    const line = `${[...leading.map(quoted), ...this.#properties.map(([key]) => field(props[key]))].join(',')}\n`;
    this.rows += 1;
    this.#buffer.push(line);
    this.#buffered += line.length;
    if (this.#buffered >= FLUSH_CHARS) await this.#flush();
  }

  async #flush(): Promise<void> {
    const chunk = this.#buffer.join('');
    this.#buffer = [];
    this.#buffered = 0;
    if (!this.#out.write(chunk)) await once(this.#out, 'drain');
  }

  /** The importer's argument: the header file, then the data. */
  get files(): string {
    return `${this.headerFile},${this.dataFile}`;
  }

  async close(): Promise<void> {
    await this.#flush();
    this.#out.end();
    await once(this.#out, 'finish');
  }
}
