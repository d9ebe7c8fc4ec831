// The personnel subgraph's error reasons, each with its message in Indonesian and English ({name} is filled in).
import { CommonErrorCode, defineReasons, DomainError } from '@asn/common';

export const { message, invalid } = defineReasons({
  NIP_FORMAT: { id: 'NIP harus 18 angka.', en: 'A NIP must be 18 digits.' },
  NIP_BIRTH_DATE: {
    id: 'Tanggal lahir pada NIP bukan tanggal yang valid.',
    en: 'The birth date in the NIP is not a real date.',
  },
  NIP_APPOINTMENT_MONTH: {
    id: 'Bulan TMT CPNS pada NIP harus 01-12.',
    en: 'The appointment month in the NIP must be 01-12.',
  },
  NIP_APPOINTMENT_BEFORE_18: {
    id: 'TMT CPNS pada NIP lebih awal dari bulan pegawai berusia 18 tahun.',
    en: 'The appointment month in the NIP is before the month the person turns 18.',
  },
  NIP_APPOINTMENT_IN_FUTURE: {
    id: 'TMT CPNS pada NIP melewati bulan ini.',
    en: 'The appointment month in the NIP is after the current month.',
  },
  NIP_GENDER: { id: 'Digit jenis kelamin pada NIP harus 1 atau 2.', en: 'The gender digit of a NIP must be 1 or 2.' },
  NIP_SEQUENCE: { id: 'Nomor urut pada NIP tidak boleh 000.', en: 'The sequence of a NIP cannot be 000.' },
  NI_PPPK_APPOINTMENT_YEAR: {
    id: 'Tahun pengangkatan pada NI PPPK harus 2019 atau sesudahnya; NIP PNS tidak berlaku untuk PPPK.',
    en: 'The appointment year in an NI PPPK must be 2019 or later; a PNS NIP is not valid for a PPPK.',
  },
  HISTORY_ENTRY_EXISTS: {
    id: 'Riwayat untuk {value} sudah tercatat.',
    en: 'A history entry for {value} is already recorded.',
  },
  HISTORY_OWNED_FIELD: {
    id: 'Nilai ini mengikuti riwayat pegawai dan tidak diubah langsung; catat riwayatnya dengan {mutation}.',
    en: 'This value follows the employee histories and is not changed directly; record the entry with {mutation}.',
  },
  RANK_KIND_MISMATCH: {
    id: 'Pegawai {type} diberi golongan (PNS) atau grade (PPPK) sesuai jenisnya, satu saja.',
    en: 'A {type} employee takes exactly one rank of their kind: a golongan for PNS, a grade 1-17 for PPPK.',
  },
  YEAR_OUT_OF_RANGE: { id: 'Tahun harus {min} atau sesudahnya.', en: 'The year must be {min} or later.' },
  DATE_BEFORE_APPOINTMENT: {
    id: 'Tanggal tidak boleh sebelum pengangkatan pertama.',
    en: 'The date cannot be before the first appointment.',
  },
  DATE_RANGE_INVALID: {
    id: 'Tanggal akhir harus setelah tanggal mulai dan tidak setelah hari ini.',
    en: 'The end date must be after the start date and not after today.',
  },
  POSITION_OVERLAP: {
    id: 'Periode jabatan bertumpang tindih dengan riwayat jabatan yang ada.',
    en: 'The period overlaps a recorded position.',
  },
  NIP_TAKEN: { id: 'NIP {nip} sudah terdaftar.', en: 'NIP {nip} is already registered.' },
  NAME_REQUIRED: { id: 'Nama wajib diisi (maksimal 150 huruf).', en: 'A name is required (at most 150 characters).' },
  GOLONGAN_BELOW_POSITION_MINIMUM: {
    id: 'Golongan {held} di bawah golongan minimal jabatan ini ({minimum}).',
    en: 'Golongan {held} is below the minimum for this position ({minimum}).',
  },
  PPPK_GRADE_BELOW_POSITION_MINIMUM: {
    id: 'Grade PPPK {held} pada tanggal itu di bawah grade minimal jabatan ini ({minimum}).',
    en: 'PPPK grade {held} on that date is below the minimum for this position ({minimum}).',
  },
  PPPK_GRADE_OUT_OF_RANGE: {
    id: 'Grade PPPK minimal harus bilangan bulat 1-17 (I-XVII), atau kosong untuk bawaan jenjang.',
    en: 'The minimum PPPK grade must be a whole number 1-17 (I-XVII), or empty for the default by level.',
  },
  EDUCATION_BELOW_POSITION_MINIMUM: {
    id: 'Pendidikan {education} di bawah pendidikan minimal jabatan ini ({minimum}).',
    en: 'Education {education} is below the minimum for this position ({minimum}).',
  },
  ID_INVALID: { id: 'ID tidak valid.', en: 'Not a valid id.' },
  POSITION_NOT_FOUND: { id: 'Jabatan tidak ditemukan.', en: 'No such position.' },
  UNIT_NOT_FOUND: { id: 'Unit kerja tidak ditemukan.', en: 'No such unit.' },
  EMPLOYEE_NOT_FOUND: { id: 'Pegawai tidak ditemukan.', en: 'No such employee.' },
  COMPETENCY_NOT_FOUND: { id: 'Kompetensi tidak ditemukan.', en: 'No such competency.' },
  AGENCY_NOT_FOUND: { id: 'Instansi tidak ditemukan.', en: 'No such agency.' },
  OTHER_AGENCY: {
    id: 'Harus berada di instansi yang sama ({agency}).',
    en: 'Must belong to the same agency ({agency}).',
  },
  MANAGER_SELF: { id: 'Pegawai tidak dapat menjadi atasannya sendiri.', en: 'An employee cannot manage themself.' },
  MANAGER_CYCLE: {
    id: 'Atasan ini membentuk lingkaran atasan-bawahan.',
    en: 'This manager would make a management cycle.',
  },
  DATE_IN_FUTURE: { id: 'Tanggal tidak boleh setelah hari ini.', en: 'The date cannot be after today.' },
  LEVEL_OUT_OF_RANGE: { id: 'Level harus bilangan bulat 1-5.', en: 'A level must be a whole number 1-5.' },
  SCORE_OUT_OF_RANGE: { id: 'Nilai potensi harus 0-100.', en: 'A potential score must be 0-100.' },
  SCORE_TOO_PRECISE: {
    id: 'Nilai potensi paling banyak dua angka desimal.',
    en: 'A potential score has at most two decimals.',
  },
  TEXT_TOO_LONG: { id: 'Teks terlalu panjang (maksimal {max} huruf).', en: 'Text is too long (at most {max}).' },
  VERSION_STALE: {
    id: 'Data pegawai telah diubah orang lain; muat ulang lalu coba lagi.',
    en: 'The employee was changed by someone else; reload and try again.',
  },
  GOLONGAN_RANGE_INVERTED: {
    id: 'Golongan awal harus tidak lebih tinggi dari golongan akhir.',
    en: 'The lowest golongan must not be above the highest.',
  },
  CSV_EMPTY: { id: 'Berkas CSV tidak berisi baris data.', en: 'The CSV file has no data rows.' },
  CSV_HEADER: {
    id: 'Baris judul CSV harus memuat kolom nip, kode kompetensi, level, tanggal.',
    en: 'The CSV header must name the columns nip, competency code, level, date.',
  },
  CSV_ROWS_INVALID: {
    id: '{count} baris tidak valid, tidak ada data yang disimpan: {lines}.',
    en: '{count} rows are invalid, nothing was saved: {lines}.',
  },
  CSV_COLUMNS: { id: 'Jumlah kolom tidak sesuai.', en: 'Wrong number of columns.' },
  CSV_DATE: { id: 'Tanggal harus YYYY-MM-DD yang valid.', en: 'The date must be a real YYYY-MM-DD date.' },
  CSV_YEAR: { id: 'Tahun harus empat angka.', en: 'The year must be four digits.' },
  CSV_PREDIKAT: {
    id: 'Predikat harus Sangat Baik, Baik, Butuh Perbaikan, Kurang atau Sangat Kurang.',
    en: 'The predikat must be Sangat Baik, Baik, Butuh Perbaikan, Kurang or Sangat Kurang.',
  },
  CSV_RANK: {
    id: 'Golongan (mis. III/a) untuk PNS atau grade I-XVII untuk PPPK.',
    en: 'A golongan (e.g. III/a) for a PNS or a grade I-XVII for a PPPK.',
  },
  CSV_EDUCATION: { id: 'Jenjang pendidikan tidak dikenal (SD ... S3).', en: 'Unknown education level (SD ... S3).' },
  CSV_TOO_MANY_ROWS: { id: 'Maksimal {max} baris per impor.', en: 'At most {max} rows per import.' },
  CSV_TOO_LARGE: { id: 'Berkas CSV maksimal {max} karakter.', en: 'A CSV file may hold at most {max} characters.' },
  STANDARD_DUPLICATE: {
    id: 'Kompetensi yang sama muncul dua kali dalam standar.',
    en: 'The same competency appears twice in the standard.',
  },
  LADDER_SELF_LOOP: {
    id: 'Jabatan asal dan tujuan tidak boleh sama.',
    en: 'The from- and to-position cannot be the same.',
  },
  LADDER_DUPLICATE: { id: 'Jalur karier ini sudah ada.', en: 'This career ladder edge already exists.' },
  LADDER_KIND_TRACK: {
    id: 'Perpindahan diagonal harus antar-jalur (struktural/fungsional); vertikal dan horizontal dalam satu jalur.',
    en: 'A diagonal move crosses tracks (structural/functional); vertical and horizontal moves stay in one.',
  },
  LEADERSHIP_TRAINING_UNKNOWN: {
    id: 'Kode pelatihan kepemimpinan harus salah satu dari {codes}.',
    en: 'The leadership training code must be one of {codes}.',
  },
  TREND_YEARS: {
    reason: 'VALUE_INVALID',
    id: 'Pilih 1 sampai {max} tahun, 2000 sampai tahun ini.',
    en: 'Choose 1 to {max} years, from 2000 to this year.',
  },
  YEARS_OUT_OF_RANGE: { id: 'Masa jabatan minimal harus 0-40 tahun.', en: 'Minimum years must be 0-40.' },
  LADDER_EDGE_NOT_FOUND: { id: 'Jalur karier tidak ditemukan.', en: 'No such career ladder edge.' },
  MENTOR_SELF: { id: 'Mentor dan mentee harus orang berbeda.', en: 'Mentor and mentee must be different people.' },
  MENTOR_NOT_SENIOR: {
    id: 'Mentor harus lebih senior (golongan atau jenjang jabatan lebih tinggi).',
    en: 'A mentor must be more senior (a higher golongan or position level).',
  },
  NOT_A_CAREER_OPTION: {
    id: 'Jabatan ini bukan pilihan karier pegawai (tidak terjangkau dalam satu atau dua langkah).',
    en: "This position is not one of the employee's career options (not reachable in one or two moves).",
  },
  MENTORSHIP_ACTIVE: {
    id: 'Mentor dan mentee ini sudah memiliki mentoring yang berjalan.',
    en: 'This mentor and mentee already have a running mentorship.',
  },
  FOCUS_REQUIRED: {
    id: 'Pilih 1-5 kompetensi fokus yang berbeda.',
    en: 'Choose 1-5 distinct focus competencies.',
  },
  MENTORSHIP_NOT_FOUND: { id: 'Mentoring tidak ditemukan.', en: 'No such mentorship.' },
  MENTORSHIP_ENDED: { id: 'Mentoring ini sudah berakhir.', en: 'This mentorship has already ended.' },
  OUTSIDE_MENTORSHIP: {
    id: 'Tanggal harus dalam masa mentoring.',
    en: 'The date must fall within the mentorship.',
  },
  OUTCOME_NOTE_WITHOUT_OUTCOME: {
    id: 'Catatan hasil hanya diisi bersama hasil mentoring.',
    en: 'An outcome note needs an outcome.',
  },
  END_BEFORE_START: {
    id: 'Tanggal selesai tidak boleh sebelum tanggal mulai.',
    en: 'The end date cannot be before the start date.',
  },
  DEGREE_NOT_HIGHER: {
    id: 'Jenjang yang ditempuh harus di atas pendidikan yang sudah dimiliki.',
    en: 'The degree must be above the education already held.',
  },
  FUNDING_KIND_MISMATCH: {
    id: 'Tugas belajar dibiayai APBD atau beasiswa; izin belajar dibiayai sendiri.',
    en: 'A tugas belajar is funded by the budget or a scholarship; an izin belajar by the employee.',
  },
  DATE_IN_PAST: { id: 'Tanggal tidak boleh sebelum hari ini.', en: 'The date cannot be before today.' },
  STUDY_TOO_LONG: {
    id: 'Masa studi paling lama {max} bulan.',
    en: 'A study lasts at most {max} months.',
  },
  DEGREE_STUDY_NOT_FOUND: { id: 'Studi lanjut tidak ditemukan.', en: 'No such degree study.' },
  DEGREE_STUDY_OVERLAP: {
    id: 'Periode ini bertumpang tindih dengan studi lanjut yang diajukan atau berjalan.',
    en: 'The period overlaps a degree study already pending or running.',
  },
  DEGREE_STUDY_NOT_PENDING: {
    id: 'Studi lanjut ini tidak sedang menunggu keputusan.',
    en: 'This degree study awaits no decision.',
  },
  DEGREE_STUDY_NOT_RUNNING: {
    id: 'Studi lanjut ini tidak sedang berjalan.',
    en: 'This degree study is not running.',
  },
  STUDY_NOT_STARTED: {
    id: 'Studi lanjut belum dimulai (mulai {startsOn}).',
    en: 'The study has not started yet (it starts on {startsOn}).',
  },
  SEMESTER_OUT_OF_RANGE: { id: 'Semester harus 1-{max}.', en: 'The semester must be 1-{max}.' },
  SEMESTER_REPORTED: { id: 'Semester {value} sudah dilaporkan.', en: 'Semester {value} is already reported.' },
  GPA_OUT_OF_RANGE: {
    id: 'IPK harus 0,00-4,00 dengan paling banyak dua desimal.',
    en: 'A GPA must be 0.00-4.00 with at most two decimals.',
  },
  CREDITS_OUT_OF_RANGE: { id: 'SKS harus bilangan bulat 0-300.', en: 'Credits must be a whole number 0-300.' },
  SOURCE_NOT_ALLOWED: {
    id: 'Anda tidak dapat mencatat penilaian dari sumber {source}.',
    en: 'You cannot record an assessment from source {source}.',
  },
});

/** Refusals are common's, one wording in every subgraph. */
export { forbidden, unauthenticated } from '@asn/common';

export function versionConflict(field: string): DomainError {
  return new DomainError(CommonErrorCode.CONFLICT, message('VERSION_STALE'), { field, reason: 'VERSION_STALE' });
}

/** A GraphQL ID argument as the integer key it is (the one parser in @asn/common). */
export { parseId } from '@asn/common';
