import { describe, expect, it } from 'vitest';
import { FIRST_PAGE_OF, firstPagesQuery } from '../src/repositories/node.repository';

describe("a busy node's first pages", () => {
  it('are read by one query naming only the groups the node has, a branch each, in order', () => {
    const query = firstPagesQuery([
      { type: 'LEADS', direction: 'out', total: 15 },
      { type: 'MUST_ACCEPT_LEADERSHIP_OF', direction: 'in', total: 67_643 },
    ]);
    const branches = query.split('UNION ALL');
    expect(branches).toHaveLength(2);
    expect(branches[0]).toContain(FIRST_PAGE_OF['LEADS out']);
    expect(branches[1]).toContain(FIRST_PAGE_OF['MUST_ACCEPT_LEADERSHIP_OF in']);
    expect(query).toContain('-[r:LEADS]->');
    expect(query).toContain('<-[r:MUST_ACCEPT_LEADERSHIP_OF]-');
    expect(query).not.toMatch(/\$\(/);
    // Values travel as parameters only.
    expect(query).toContain('$id');
    expect(query).toContain('$perGroup');
  });

  it('name the same text for nodes of one shape, so that they share a plan', () => {
    const groups = [{ type: 'PART_OF', direction: 'in', total: 1 }] as const;
    expect(firstPagesQuery([{ ...groups[0], total: 3 }])).toBe(firstPagesQuery(groups));
  });
});
