import { registerEnumType } from 'type-graphql';

export enum PastTrainingSource {
  ADMIN = 'ADMIN',
  SELF = 'SELF',
  SIASN_IMPORT = 'SIASN_IMPORT',
}

registerEnumType(PastTrainingSource, {
  name: 'PastTrainingSource',
  description: 'How a past training came to be recorded.',
  valuesConfig: {
    ADMIN: { description: 'Recorded one at a time by an administrator.' },
    SELF: { description: 'Submitted by the employee for verification.' },
    SIASN_IMPORT: { description: 'Imported from a SIASN riwayat diklat/kursus export.' },
  },
});
