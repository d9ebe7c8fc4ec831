// The unit's talent 9-box as the page draws it: the people in each box, by the regulation's box numbers.
export interface TalentPerson {
  employeeId: string;
  name: string;
  positionName: string | null;
}

export interface TalentGrid {
  unitName: string;
  /** People by box number 1-9. */
  boxes: Readonly<Record<number, TalentPerson[]>>;
  /** People without a placement (no predikat or no potential score yet). */
  unplaced: TalentPerson[];
}

/** Groups placements into boxes, names sorted within a box. */
export function groupByBox(
  placements: readonly { box: number; person: TalentPerson }[],
): Record<number, TalentPerson[]> {
  const boxes: Record<number, TalentPerson[]> = {};
  for (let box = 1; box <= 9; box += 1) boxes[box] = [];
  for (const { box, person } of placements) boxes[box]?.push(person);
  for (const people of Object.values(boxes)) people.sort((a, b) => a.name.localeCompare(b.name, 'id'));
  return boxes;
}
