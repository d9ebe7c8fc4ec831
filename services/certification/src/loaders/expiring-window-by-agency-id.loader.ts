import DataLoader from 'dataloader';
import { In, IsNull, type DataSource } from 'typeorm';
import { CertificationSetting } from '../entities/certification-setting.entity.js';

/** The expiring window (days) in force for each agency: its own setting row, else the default row (agency_id NULL). */
export function createExpiringWindowByAgencyIdLoader(dataSource: DataSource) {
  return new DataLoader<number, number>(async (agencyIds) => {
    const rows = await dataSource.getRepository(CertificationSetting).find({
      where: [{ agencyId: IsNull() }, { agencyId: In([...agencyIds]) }],
    });
    const fallback = rows.find((row) => row.agencyId === null);
    if (!fallback) throw new Error('certification_setting has no default row (agency_id NULL): run the migrations');
    return agencyIds.map((id) => (rows.find((row) => row.agencyId === id) ?? fallback).expiringWithinDays);
  });
}
