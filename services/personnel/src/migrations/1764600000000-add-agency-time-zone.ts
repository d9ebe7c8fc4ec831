import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

// Indonesia has three zones; an agency's "today" is its own local date (services/common clock). Existing agencies
// get the zone of their province: WIT for Maluku and Papua, WITA for Bali, Nusa Tenggara, eastern Kalimantan and
// Sulawesi, WIB (the column's default) elsewhere. An administrator can correct one that straddles a boundary.
const WIT = [
  'Maluku',
  'Maluku Utara',
  'Papua',
  'Papua Barat',
  'Papua Barat Daya',
  'Papua Selatan',
  'Papua Tengah',
  'Papua Pegunungan',
];
const WITA = [
  'Bali',
  'Nusa Tenggara Barat',
  'Nusa Tenggara Timur',
  'Kalimantan Selatan',
  'Kalimantan Timur',
  'Kalimantan Utara',
  'Sulawesi Utara',
  'Sulawesi Tengah',
  'Sulawesi Selatan',
  'Sulawesi Tenggara',
  'Sulawesi Barat',
  'Gorontalo',
];

export class AddAgencyTimeZone1764600000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'agency',
      new TableColumn({ name: 'time_zone', type: 'varchar', length: '64', default: "'Asia/Jakarta'" }),
    );
    for (const [zone, provinces] of [
      ['Asia/Jayapura', WIT],
      ['Asia/Makassar', WITA],
    ] as const) {
      await queryRunner.query(
        `UPDATE agency SET time_zone = ? WHERE province IN (${provinces.map(() => '?').join(', ')})`,
        [zone, ...provinces],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('agency', 'time_zone');
  }
}
