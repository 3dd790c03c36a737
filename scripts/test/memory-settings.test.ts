import { describe, expect, it } from 'vitest';
import { UserError } from '../src/lib/log';
import { configFor, jvmOptions } from '../src/neo4j/local-neo4j';
import { neo4jMemory } from '../src/neo4j/memory-settings';

describe("the local Neo4j's memory", () => {
  it('defaults to a 256 MB page cache and a 1 GB heap, and takes sizes from the environment', () => {
    expect(neo4jMemory({})).toEqual({ pageCache: '256m', heap: '1g' });
    // An empty variable is as good as none.
    expect(neo4jMemory({ NEO4J_LOCAL_PAGECACHE: '', NEO4J_LOCAL_HEAP: '' })).toEqual({
      pageCache: '256m',
      heap: '1g',
    });
    expect(neo4jMemory({ NEO4J_LOCAL_PAGECACHE: '6g', NEO4J_LOCAL_HEAP: '1536M' })).toEqual({
      pageCache: '6g',
      heap: '1536M',
    });
  });

  it("writes the page cache into the config it gives the server, and the heap into the JVM's options", () => {
    const memory = { pageCache: '3g', heap: '2g' };
    expect(configFor('/tmp/home', 7687, memory)).toContain('server.memory.pagecache.size=3g\n');
    const options = jvmOptions(memory);
    expect(options).toContain('-Xmx2g');
    expect(options).toContain('-Xms2g');
    expect(options.filter((option) => /^-Xm[sx]/.test(option))).toHaveLength(2);
  });

  it('refuses a size it cannot read, naming the variable and the value', () => {
    for (const [name, value] of [
      ['NEO4J_LOCAL_PAGECACHE', '3 GB'],
      ['NEO4J_LOCAL_PAGECACHE', '0m'],
      ['NEO4J_LOCAL_HEAP', '2'],
      ['NEO4J_LOCAL_HEAP', '-1g'],
    ] as const) {
      const read = () => neo4jMemory({ [name]: value });
      expect(read, `${name}=${value}`).toThrow(UserError);
      expect(read, `${name}=${value}`).toThrow(`${name} is "${value}"`);
    }
  });
});
