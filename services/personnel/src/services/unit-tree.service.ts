// An administrator keeps their agency's unit tree: adds a unit, renames one, or moves one with its sub-units. The
// ancestry `path` of the unit and of every descendant is rewritten in the same transaction, so a subtree stays one
// LIKE on the path.
import { badInput, inTransaction, requiredText } from '@asn/common';
import { Like } from 'typeorm';
import type { Context } from '../context.js';
import { Unit } from '../entities/unit.entity.js';
import { invalid, parseId } from '../errors.js';
import { authorize } from '../policy.js';

const segment = (id: number) => `${String(id).padStart(6, '0')}/`;

async function loadUnit(context: Context, field: string, idText: string): Promise<Unit> {
  const unit = await context.dataSource.getRepository(Unit).findOneBy({ id: parseId(idText, field) });
  if (!unit) throw invalid(field, 'UNIT_NOT_FOUND');
  authorize(context.identity, { action: 'catalog.write', agencyId: unit.agencyId });
  return unit;
}

export async function createUnit(context: Context, parentId: string, name: string): Promise<Unit> {
  const parent = await loadUnit(context, 'input.parentId', parentId);
  const values = { agencyId: parent.agencyId, parentId: parent.id, name: requiredText('input.name', name, 150) };
  return inTransaction(context.dataSource, async (manager) => {
    const units = manager.getRepository(Unit);
    // The path holds the unit's own id, known only after the insert.
    const created = await units.save({ ...values, path: parent.path, headEmployeeId: null });
    return units.save({ ...created, path: `${parent.path}${segment(created.id)}` });
  });
}

export async function renameUnit(context: Context, unitId: string, name: string): Promise<Unit> {
  const unit = await loadUnit(context, 'input.unitId', unitId);
  const text = requiredText('input.name', name, 150);
  return inTransaction(context.dataSource, (manager) => manager.getRepository(Unit).save({ ...unit, name: text }));
}

export async function moveUnit(context: Context, unitId: string, parentId: string): Promise<Unit> {
  const unit = await loadUnit(context, 'input.unitId', unitId);
  const parent = await loadUnit(context, 'input.parentId', parentId);
  if (parent.agencyId !== unit.agencyId) throw invalid('input.parentId', 'OTHER_AGENCY', { agency: unit.agencyId });
  if (parent.path.startsWith(unit.path)) {
    throw badInput('input.parentId', 'UNIT_CYCLE', {
      id: 'Unit tidak dapat dipindahkan ke bawah dirinya sendiri atau sub-unitnya.',
      en: 'A unit cannot move under itself or one of its sub-units.',
    });
  }
  const oldPrefix = unit.path;
  const newPrefix = `${parent.path}${segment(unit.id)}`;
  return inTransaction(context.dataSource, async (manager) => {
    const units = manager.getRepository(Unit);
    // The subtree is read inside the transaction and each row saved, so the audit log shows every path change.
    const subtree = await units.findBy({ path: Like(`${oldPrefix}%`) });
    for (const row of subtree) {
      const moved = { ...row, path: newPrefix + row.path.slice(oldPrefix.length) };
      await units.save(row.id === unit.id ? { ...moved, parentId: parent.id } : moved);
    }
    return units.findOneByOrFail({ id: unit.id });
  });
}
