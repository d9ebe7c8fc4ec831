// The JP activities of each member of a unit (sub-units included), from the member ids personnel sends: one batched
// load per table for every unit of a request, and only the rows the caller may read.
import { loadAll } from '@asn/common';
import type { Context } from '../context.js';
import type { JpSetting } from '../entities/jp-setting.entity.js';
import { visibleRows } from '../policy.js';
import type { JpActivity } from '../rules/jp.js';
import { activitiesOf } from './jp.service.js';
import { settingsFor } from './settings.service.js';

export interface MemberActivities {
  employeeId: number;
  isPppk: boolean;
  activities: JpActivity[];
}

export async function unitMemberActivities(
  context: Context,
  unit: { memberIds?: string[]; pppkMemberIds?: string[] },
): Promise<{ members: MemberActivities[]; settings: JpSetting }> {
  const memberIds = (unit.memberIds ?? []).map(Number);
  const pppk = new Set((unit.pppkMemberIds ?? []).map(Number));
  const [enrolmentsByMember, pastByMember, placementsByMember] = await Promise.all([
    loadAll(context.loaders.enrolmentsByEmployeeId, memberIds),
    loadAll(context.loaders.pastTrainingsByEmployeeId, memberIds),
    loadAll(context.loaders.placementsByEmployeeId, memberIds),
  ]);
  const visible = enrolmentsByMember.map((rows) => visibleRows(context.identity, rows));
  const [settings, activities] = await Promise.all([
    settingsFor(context, visible.flat()),
    Promise.all(
      visible.map((rows, index) =>
        activitiesOf(
          context,
          rows,
          visibleRows(context.identity, pastByMember[index]!),
          visibleRows(context.identity, placementsByMember[index]!),
        ),
      ),
    ),
  ]);
  return {
    settings,
    members: memberIds.map((employeeId, index) => ({
      employeeId,
      isPppk: pppk.has(employeeId),
      activities: activities[index]!,
    })),
  };
}
