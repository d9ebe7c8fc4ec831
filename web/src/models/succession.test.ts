import { describe, expect, it } from 'vitest';
import { groupByReadiness } from './succession';

describe('groupByReadiness', () => {
  it('groups readiest first, keeps the order inside a group and leaves out empty groups', () => {
    const groups = groupByReadiness([
      { id: 'a', readiness: 'LATER' as const },
      { id: 'b', readiness: 'READY_NOW' as const },
      { id: 'c', readiness: 'BLOCKED' as const },
      { id: 'd', readiness: 'LATER' as const },
    ]);
    expect(groups.map((group) => [group.readiness, group.candidates.map((each) => each.id)])).toEqual([
      ['READY_NOW', ['b']],
      ['LATER', ['a', 'd']],
      ['BLOCKED', ['c']],
    ]);
  });

  it('gives no group for no candidates', () => {
    expect(groupByReadiness([])).toEqual([]);
  });
});
