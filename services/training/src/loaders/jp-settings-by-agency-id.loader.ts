import DataLoader from 'dataloader';
import { In, IsNull, type DataSource } from 'typeorm';
import { JpSetting } from '../entities/jp-setting.entity.js';

/** The settings in force for each agency: its own row, else the national default row (agency_id NULL). */
export function createJpSettingsByAgencyIdLoader(dataSource: DataSource) {
  return new DataLoader<number | null, JpSetting>(async (agencyIds) => {
    const ids = agencyIds.filter((id): id is number => id !== null);
    const rows = await dataSource.getRepository(JpSetting).find({
      where: [{ agencyId: IsNull() }, ...(ids.length ? [{ agencyId: In(ids) }] : [])],
    });
    const fallback = rows.find((row) => row.agencyId === null);
    if (!fallback) throw new Error('jp_setting has no default row (agency_id NULL): run the migrations');
    return agencyIds.map((id) => rows.find((row) => row.agencyId === id) ?? fallback);
  });
}
