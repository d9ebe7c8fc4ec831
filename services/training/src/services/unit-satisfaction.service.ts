// The administrator enters a unit's IKM for a year (one row per unit and year, replaced when entered again).
import { parseId } from '@asn/common';
import type { Context } from '../context.js';
import { UnitSatisfaction } from '../entities/unit-satisfaction.entity.js';
import { invalid } from '../errors.js';
import type { SetUnitSatisfactionInput } from '../inputs/unit-satisfaction.input.js';
import { authorize } from '../policy.js';
import { isIkmScore } from '../rules/training-success.js';
import { saveUnitYearRow } from './unit-year-row.service.js';

export async function setUnitSatisfaction(
  context: Context,
  input: SetUnitSatisfactionInput,
): Promise<UnitSatisfaction> {
  const unitId = parseId(input.unitId, 'input.unitId');
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > Number(context.today.slice(0, 4))) {
    throw invalid('input.year', 'IKM_YEAR');
  }
  if (!isIkmScore(input.score)) throw invalid('input.score', 'IKM_OUT_OF_RANGE');
  // The unit's agency, as the gateway vouched for it: an administrator enters their own agency's units only.
  authorize(context.identity, 'catalog:manage', { unitId });
  return saveUnitYearRow(context, UnitSatisfaction, unitId, input.year, { score: input.score });
}
