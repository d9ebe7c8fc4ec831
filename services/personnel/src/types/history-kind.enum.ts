import { registerEnumType } from 'type-graphql';
import { HISTORY_KINDS } from '../rules/history-csv.js';
import { enumOf } from '@asn/common';

export const HistoryKind = enumOf(HISTORY_KINDS);

registerEnumType(HistoryKind, {
  name: 'HistoryKind',
  description: 'Which history a CSV import holds, one kind per file.',
  valuesConfig: {
    RATING: { description: 'Performance ratings: nip, tahun, predikat, penilai.' },
    RANK: { description: 'Ranks: nip, golongan (a PPPK grade for a PPPK), tmt, nomor_sk.' },
    POSITION: { description: 'Posts: nip, id_jabatan, tmt_jabatan, and optionally id_unit and sampai.' },
    EDUCATION: { description: 'Education: nip, jenjang, jurusan, nama_sekolah, tahun_lulus.' },
  },
});
