// The two Job Person Match category schemes (docs/domain.md, "JPM categories"): mapping for the team matrix,
// selection for a target position in the career planner.
import { registerEnumType } from 'type-graphql';
import { enumOf } from '@asn/common';

export const MappingCategory = enumOf(['OPTIMAL', 'CUKUP_OPTIMAL', 'KURANG_OPTIMAL'] as const);
export const SelectionCategory = enumOf([
  'MEMENUHI_SYARAT',
  'MASIH_MEMENUHI_SYARAT',
  'KURANG_MEMENUHI_SYARAT',
] as const);

registerEnumType(MappingCategory, {
  name: 'MappingCategory',
  description: 'JPM category for mapping (team matrix): ≥ 90 Optimal, 78 – < 90 Cukup Optimal, < 78 Kurang Optimal.',
});
registerEnumType(SelectionCategory, {
  name: 'SelectionCategory',
  description:
    'JPM category for selection (a target position): ≥ 80 Memenuhi Syarat, 68 – < 80 Masih Memenuhi Syarat, < 68 Kurang Memenuhi Syarat.',
});
