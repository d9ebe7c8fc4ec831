// The training subgraph's error reasons, each with its message in Indonesian and English ({name} is filled in).
// Several messages share one reason code (VALUE_INVALID, DATES_INVALID) that clients already know.
import { defineReasons } from '@asn/common';

export const { message, invalid, missing } = defineReasons({
  SESSION_FULL: { id: 'Angkatan ini sudah penuh.', en: 'This session is full.' },
  ALREADY_ENROLLED: {
    id: 'Pegawai ini sudah terdaftar di angkatan ini.',
    en: 'This employee is already enrolled in this session.',
  },
  REQUEST_KEY_INVALID: {
    id: 'Kunci permintaan harus 1–64 huruf, angka, "-" atau "_".',
    en: 'The request key must be 1–64 letters, digits, "-" or "_".',
  },
  REGISTRATION_CLOSED: {
    id: 'Pendaftaran angkatan ini ditutup pada {deadline}.',
    en: 'Registration for this session closed on {deadline}.',
  },
  INVALID_TRANSITION: {
    id: 'Status tidak dapat diubah dari {from} ke {to}.',
    en: 'The status cannot change from {from} to {to}.',
  },
  PREREQUISITE_MISSING: {
    id: 'Pelatihan prasyarat belum diselesaikan.',
    en: 'A prerequisite training has not been completed.',
  },
  SCORE_OUT_OF_RANGE: {
    id: 'Nilai harus bilangan bulat {min}–{max}.',
    en: 'The value must be a whole number {min}–{max}.',
  },
  RATING_OUT_OF_RANGE: {
    id: 'Nilai harus bilangan bulat {min}–{max}.',
    en: 'The value must be a whole number {min}–{max}.',
  },
  SESSION_NOT_OF_TRAINING: {
    id: 'Angkatan ini bukan dari pelatihan tersebut.',
    en: 'This session does not belong to that training.',
  },
  PLAN_EXISTS: { id: 'Rencana tahun {year} sudah ada.', en: 'A plan for {year} already exists.' },
  PLAN_EMPTY: {
    id: 'Rencana tanpa pelatihan tidak dapat diajukan.',
    en: 'A plan without trainings cannot be submitted.',
  },
  SESSION_DATES: {
    reason: 'DATES_INVALID',
    id: 'Tanggal selesai tidak boleh sebelum tanggal mulai, dan batas pendaftaran tidak boleh setelah tanggal mulai.',
    en: 'The end date may not precede the start date, nor the registration deadline follow it.',
  },
  END_BEFORE_START: {
    reason: 'DATES_INVALID',
    id: 'Tanggal selesai tidak boleh sebelum tanggal mulai.',
    en: 'The end date may not precede the start date.',
  },
  PAST_TRAINING_IN_FUTURE: {
    reason: 'DATES_INVALID',
    id: 'Pelatihan yang lalu tidak boleh berakhir di masa depan.',
    en: 'A past training cannot end in the future.',
  },
  REQUIRED_WITHOUT_CATALOG: {
    reason: 'VALUE_INVALID',
    id: 'Wajib diisi tanpa pelatihan katalog.',
    en: 'Required without a catalog training.',
  },
  MONTH_FORMAT: { reason: 'VALUE_INVALID', id: 'Bulan harus berbentuk YYYY-MM.', en: 'The month must be YYYY-MM.' },
  SEARCH_TOO_LONG: {
    reason: 'TEXT_TOO_LONG',
    id: 'Teks pencarian paling banyak {max} karakter.',
    en: 'The search text may have at most {max} characters.',
  },
  CODE_CHARACTERS: {
    reason: 'VALUE_INVALID',
    id: 'Kode hanya huruf, angka, _ dan -.',
    en: 'The code may only hold letters, digits, _ and -.',
  },
  CODE_TAKEN: {
    reason: 'VALUE_INVALID',
    id: 'Kode sudah dipakai pelatihan lain.',
    en: 'The code is used by another training.',
  },
  COMPETENCY_TWICE: {
    reason: 'VALUE_INVALID',
    id: 'Kompetensi yang sama muncul dua kali.',
    en: 'The same competency appears twice.',
  },
  PREREQUISITES_INVALID: {
    reason: 'VALUE_INVALID',
    id: 'Prasyarat harus pelatihan lain yang masih berlaku, masing-masing sekali.',
    en: 'Prerequisites must be other trainings still in use, each once.',
  },
  YEAR_INVALID: { reason: 'VALUE_INVALID', id: 'Tahun tidak valid.', en: 'The year is not valid.' },
  CAPACITY_TOO_SMALL: { reason: 'VALUE_INVALID', id: 'Kapasitas minimal 1.', en: 'The capacity must be at least 1.' },
  AMOUNT_NEGATIVE: {
    reason: 'VALUE_INVALID',
    id: 'Jumlah anggaran tidak boleh negatif.',
    en: 'The amount may not be negative.',
  },
  TREND_YEARS: {
    reason: 'VALUE_INVALID',
    id: 'Pilih 1 sampai {max} tahun, 2000 sampai tahun ini.',
    en: 'Choose 1 to {max} years, from 2000 to this year.',
  },
  IKM_YEAR: {
    reason: 'VALUE_INVALID',
    id: 'Tahun survei harus 2000 sampai tahun ini.',
    en: 'The survey year must be 2000 to this year.',
  },
  IKM_OUT_OF_RANGE: {
    reason: 'VALUE_INVALID',
    id: 'Nilai IKM harus 25,00–100,00 dengan paling banyak dua desimal (PermenPANRB 14/2017).',
    en: 'The IKM score must be 25.00–100.00 with at most two decimals (PermenPANRB 14/2017).',
  },
  YEARS_OUT_OF_RANGE: { reason: 'VALUE_INVALID', id: 'Pilih 1 sampai {max} tahun.', en: 'Choose 1 to {max} years.' },
  SESSION_CANCELLED: { id: 'Angkatan ini sudah dibatalkan.', en: 'This session is cancelled.' },
  SESSION_HELD: {
    id: 'Angkatan yang sudah berjalan tidak dapat dibatalkan.',
    en: 'A session that has been held cannot be cancelled.',
  },
  // Attendance is recorded once the session has started (its start date is today or past, in the agency's date).
  SESSION_NOT_STARTED: { id: 'Angkatan ini baru mulai {startDate}.', en: 'This session only starts on {startDate}.' },
  // Results are recorded once the session has ended, so the completion date (its end) is never in the future.
  SESSION_NOT_ENDED: { id: 'Angkatan ini baru selesai {endDate}.', en: 'This session only ends on {endDate}.' },
  // JP belong to the year a session ends (docs/domain.md): its item goes into that year's plan, named in the refusal.
  SESSION_IN_OTHER_YEAR: {
    id: 'Angkatan ini selesai {endDate}: masukkan ke rencana tahun {year}, bukan {planYear}.',
    en: 'This session ends on {endDate}: add it to the {year} plan, not {planYear}.',
  },
  // A degree is studied through personnel's degree study (docs/domain.md, "Degree study"), never as a session.
  DEGREE_BY_STUDY: {
    id: 'Gelar ditempuh melalui tugas belajar atau izin belajar, bukan angkatan pelatihan.',
    en: 'A degree is taken as degree study (tugas belajar or izin belajar), not as a training session.',
  },
  PLACEMENT_DATE_IN_PAST: {
    reason: 'DATES_INVALID',
    id: 'Magang atau detasering yang diusulkan sendiri tidak boleh mulai sebelum hari ini.',
    en: 'A placement one proposes oneself cannot start before today.',
  },
  PLACEMENT_TOO_LONG: {
    reason: 'DATES_INVALID',
    id: 'Magang atau detasering paling lama {max} hari.',
    en: 'A placement lasts at most {max} days.',
  },
  PLACEMENT_OVERLAP: {
    id: 'Pegawai ini sudah punya magang atau detasering pada tanggal tersebut.',
    en: 'This employee already has a placement on those dates.',
  },
  // The closing report carries the host's judgement of the whole stay, so it comes once the stay is over.
  PLACEMENT_NOT_ENDED: {
    id: 'Magang atau detasering ini baru selesai {endsOn}.',
    en: 'This placement only ends on {endsOn}.',
  },
  PLACEMENT_NOT_FOUND: { id: 'Magang atau detasering tidak ditemukan.', en: 'Placement not found.' },
  // A low application rating has to say what follows (a training or a mentorship); a rating of 3 or more needs none.
  FOLLOW_UP_REQUIRED: {
    id: 'Nilai di bawah 3 memerlukan tindak lanjut: pelatihan lanjutan atau mentoring.',
    en: 'A rating below 3 needs a follow-up: a follow-up training or mentoring.',
  },
  FOLLOW_UP_NOT_NEEDED: {
    id: 'Nilai 3 atau lebih tidak memerlukan tindak lanjut.',
    en: 'A rating of 3 or more needs no follow-up.',
  },
  FOLLOW_UP_NOT_PROPOSED: {
    id: 'Pendaftaran ini tidak mengusulkan tindak lanjut yang menunggu keputusan.',
    en: 'This enrolment proposes no follow-up waiting for a decision.',
  },
  FOLLOW_UP_SESSION_REQUIRED: {
    id: 'Pilih angkatan pelatihan lanjutan.',
    en: 'Choose a session of the follow-up training.',
  },
  FOLLOW_UP_SESSION_NOT_EXPECTED: {
    id: 'Angkatan hanya dipilih saat menerima pelatihan lanjutan.',
    en: 'A session is only chosen when accepting a follow-up training.',
  },
  FOLLOW_UP_UNRELATED: {
    id: 'Pelatihan lanjutan harus mengembangkan kompetensi yang sama dengan pelatihan yang dinilai.',
    en: 'The follow-up training must develop a competency of the rated training.',
  },
  REASSESSMENT_NOT_PROPOSED: {
    id: 'Pelatihan ini tidak mengusulkan penilaian ulang yang masih terbuka.',
    en: 'This training proposes no open re-assessment.',
  },
  SESSION_NOT_FOUND: { id: 'Angkatan tidak ditemukan.', en: 'Session not found.' },
  ENROLMENT_NOT_FOUND: { id: 'Pendaftaran tidak ditemukan.', en: 'Enrolment not found.' },
  TRAINING_NOT_FOUND: { id: 'Pelatihan tidak ditemukan.', en: 'Training not found.' },
  PROVIDER_NOT_FOUND: { id: 'Penyelenggara tidak ditemukan.', en: 'Provider not found.' },
  PAST_TRAINING_NOT_FOUND: { id: 'Riwayat tidak ditemukan.', en: 'Past training not found.' },
  PLAN_NOT_FOUND: { id: 'Rencana pengembangan tidak ditemukan.', en: 'Development plan not found.' },
  TRAINING_NOT_IN_PLAN: { id: 'Pelatihan ini tidak ada dalam rencana.', en: 'This training is not in the plan.' },
  // Partnerships (rules/partnership.ts).
  AGREEMENT_TOO_LONG: {
    reason: 'DATES_INVALID',
    id: 'Perjanjian kerja sama paling lama {max} tahun.',
    en: 'An agreement runs at most {max} years.',
  },
  ACTIVITY_OUTSIDE_AGREEMENT: {
    reason: 'DATES_INVALID',
    id: 'Kegiatan harus dalam masa berlaku perjanjian.',
    en: 'The activity must fall within the agreement’s period.',
  },
  ACTIVITY_IN_FUTURE: {
    reason: 'DATES_INVALID',
    id: 'Kegiatan dicatat setelah terlaksana, bukan sebelumnya.',
    en: 'An activity is recorded once held, not before.',
  },
  PARTNERSHIP_ENDED: {
    id: 'Perjanjian ini sudah berakhir pada {endedOn}.',
    en: 'This agreement already ended on {endedOn}.',
  },
  PARTNERSHIP_NOT_FOUND: { id: 'Perjanjian kerja sama tidak ditemukan.', en: 'Agreement not found.' },
  // Needs surveys (rules/needs-survey.ts).
  SURVEY_EXISTS: {
    id: 'Survei kebutuhan unit ini untuk tahun {year} sudah dibuka.',
    en: 'The needs survey of this unit for {year} is already open.',
  },
  SURVEY_CLOSE_DATE: {
    reason: 'DATES_INVALID',
    id: 'Tanggal tutup survei harus antara hari ini dan akhir tahun {year}.',
    en: 'The survey must close between today and the end of {year}.',
  },
  SURVEY_CLOSED: { id: 'Survei ini sudah ditutup pada {closesOn}.', en: 'This survey closed on {closesOn}.' },
  SURVEY_EMPTY: {
    reason: 'VALUE_INVALID',
    id: 'Pilih paling sedikit satu kompetensi, paling banyak {max}.',
    en: 'Choose at least one competency, at most {max}.',
  },
  FORM_TWICE: {
    reason: 'VALUE_INVALID',
    id: 'Bentuk pengembangan yang sama muncul dua kali.',
    en: 'The same form of development appears twice.',
  },
  SURVEY_NOT_FOUND: { id: 'Survei kebutuhan tidak ditemukan.', en: 'Needs survey not found.' },
  ROW_NOT_FOUND: { id: 'Data tidak ditemukan.', en: 'Not found.' },
});

/** A status change the life cycle does not allow from where the record stands. */
export function invalidTransition(field: string, from: string, to: string) {
  return invalid(field, 'INVALID_TRANSITION', { from, to }, { from, to });
}
