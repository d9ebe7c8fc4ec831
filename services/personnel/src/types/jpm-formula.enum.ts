import { registerEnumType } from 'type-graphql';
import { enumOf } from '@asn/common';

export const JpmFormula = enumOf(['BKN', 'STRICT'] as const);

registerEnumType(JpmFormula, {
  name: 'JpmFormula',
  description: "An agency's Job Person Match formula: BKN (Σ current / Σ required, capped) or STRICT (Σ min).",
});
