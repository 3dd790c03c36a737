import { toIssue } from '../validation-issue';
import { issueAt, type IntegrityRule, type Located } from '../graph-records';

/** Ids are unique across sources, nodes and relationships: they are the join keys. */
export const uniqueIds: IntegrityRule = ({ sources, nodes, relationships }) => {
  const firstSeen = new Map<string, Located<{ readonly id: string }>>();
  return [...sources, ...nodes, ...relationships].flatMap((record) => {
    const earlier = firstSeen.get(record.value.id);
    if (!earlier) {
      firstSeen.set(record.value.id, record);
      return [];
    }
    const where = `${earlier.file} ${toIssue(earlier.file, earlier.path, '').record}`;
    return [issueAt(record, ['id'], `duplicate id "${record.value.id}", first used in ${where}`)];
  });
};
