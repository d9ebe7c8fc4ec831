// Which agency's JP settings apply: the agency recorded on the employee's rows, else the caller's, else the default.
import type { Context } from '../context.js';
import type { JpSetting } from '../entities/jp-setting.entity.js';

export function agencyInScope(context: Context, rows: { agencyId: number }[] = []): number | null {
  if (rows.length > 0) return rows[0]!.agencyId;
  const { identity } = context;
  return 'agencyId' in identity ? Number(identity.agencyId) : null;
}

export function settingsFor(context: Context, rows: { agencyId: number }[] = []): Promise<JpSetting> {
  return context.loaders.jpSettingsByAgencyId.load(agencyInScope(context, rows));
}
