// The JP activities of each member of a unit (sub-units included), from the member ids personnel sends: one batched
// load per table for every unit of a request, and only the rows the caller may read.
import { loadAll } from '@asn/common';
import type { Context } from '../context.js';
import type { Enrolment } from '../entities/enrolment.entity.js';
import type { JpSetting } from '../entities/jp-setting.entity.js';
import type { PastTraining } from '../entities/past-training.entity.js';
import type { Placement } from '../entities/placement.entity.js';
import { visibleRows } from '../policy.js';
import type { JpActivity } from '../rules/jp.js';
import { activitiesOf } from './jp.service.js';
import { settingsFor } from './settings.service.js';

/** One member's JP rows the caller may read. */
export interface MemberRows {
  employeeId: number;
  enrolments: Enrolment[];
  pastTrainings: PastTraining[];
  placements: Placement[];
}

/** Each member's enrolments, past trainings and placements, in the order of the ids: one batched load per table for
 *  every unit of a request, and only the rows the caller may read. The JP summary and the projection both read them. */
export async function loadMemberRows(context: Context, memberIds: readonly number[]): Promise<MemberRows[]> {
  const [enrolmentsByMember, pastByMember, placementsByMember] = await Promise.all([
    loadAll(context.loaders.enrolmentsByEmployeeId, memberIds),
    loadAll(context.loaders.pastTrainingsByEmployeeId, memberIds),
    loadAll(context.loaders.placementsByEmployeeId, memberIds),
  ]);
  return memberIds.map((employeeId, index) => ({
    employeeId,
    enrolments: visibleRows(context.identity, enrolmentsByMember[index]!),
    pastTrainings: visibleRows(context.identity, pastByMember[index]!),
    placements: visibleRows(context.identity, placementsByMember[index]!),
  }));
}

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
  const rows = await loadMemberRows(context, memberIds);
  const [settings, activities] = await Promise.all([
    settingsFor(
      context,
      rows.flatMap((member) => member.enrolments),
    ),
    Promise.all(
      rows.map((member) => activitiesOf(context, member.enrolments, member.pastTrainings, member.placements)),
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
