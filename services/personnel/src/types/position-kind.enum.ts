import { registerEnumType } from 'type-graphql';
import { FUNCTIONAL_LEVELS, POSITION_KINDS } from '../rules/position-level.js';
import { enumOf } from '@asn/common';

export const PositionKind = enumOf(POSITION_KINDS);
export const FunctionalLevel = enumOf(FUNCTIONAL_LEVELS);
export const PositionTrack = enumOf(['STRUCTURAL', 'FUNCTIONAL'] as const);

registerEnumType(PositionKind, {
  name: 'PositionKind',
  description: 'Kind of jabatan: JPT Utama/Madya/Pratama, Administrator, Pengawas, Pelaksana, or Fungsional (JF).',
});
registerEnumType(FunctionalLevel, {
  name: 'FunctionalLevel',
  description:
    'Level of a jabatan fungsional: keahlian (Ahli Pertama to Ahli Utama) or keterampilan (Pemula to Penyelia).',
});
registerEnumType(PositionTrack, {
  name: 'PositionTrack',
  description: 'Career track: structural (JPT and jabatan administrasi) or functional (JF).',
});
