import { describe, expect, it } from 'vitest';
import { groupByBox } from './talentGrid';

describe('groupByBox', () => {
  it('puts each person in their box, every box present, names in order', () => {
    const person = (employeeId: string, name: string) => ({ employeeId, name, positionName: null });
    const boxes = groupByBox([
      { box: 9, person: person('2', 'Wati') },
      { box: 9, person: person('1', 'Andi') },
      { box: 1, person: person('3', 'Budi') },
    ]);
    expect(Object.keys(boxes)).toHaveLength(9);
    expect(boxes[9]!.map((p) => p.name)).toEqual(['Andi', 'Wati']);
    expect(boxes[1]!.map((p) => p.name)).toEqual(['Budi']);
    expect(boxes[5]).toEqual([]);
  });
});
