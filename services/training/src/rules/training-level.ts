// What one training does for one person's competency, the rule the needs analysis and the career planner share: a
// training that develops a competency up to level m takes a participant at best to m, and nobody is trained past the
// level their position requires. So it closes max(0, min(m, required) − current) levels: a training to level 2
// closes 1 level for someone at 1 of 3, and nothing for someone already at 2.

export function levelsClosed(currentLevel: number, requiredLevel: number, trainingLevel: number): number {
  return Math.max(0, Math.min(trainingLevel, requiredLevel) - currentLevel);
}

/** Whether the training closes the whole gap (takes the person to the required level). */
export function closesGap(currentLevel: number, requiredLevel: number, trainingLevel: number): boolean {
  return (
    currentLevel < requiredLevel &&
    levelsClosed(currentLevel, requiredLevel, trainingLevel) === requiredLevel - currentLevel
  );
}
