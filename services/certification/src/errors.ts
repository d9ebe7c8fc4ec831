// The certification subgraph's error reasons, each with its message in Indonesian and English ({name} is filled in).
import { defineReasons } from '@asn/common';

export const { message, invalid, missing } = defineReasons({
  SCHEME_NOT_FOUND: { id: 'Skema sertifikasi tidak ditemukan.', en: 'The certification scheme does not exist.' },
  CERTIFICATE_NOT_FOUND: { id: 'Sertifikat tidak ditemukan.', en: 'The certificate does not exist.' },
  DATE_IN_FUTURE: { id: 'Tanggal tidak boleh setelah hari ini.', en: 'The date cannot be after today.' },
  // A date that must not come before `earliest` (expiry after issue, renewal after the renewed issue, …).
  DATES_OUT_OF_ORDER: { id: 'Tanggal tidak boleh sebelum {earliest}.', en: 'The date cannot be before {earliest}.' },
  NUMBER_TAKEN: {
    id: 'Nomor sertifikat ini sudah tercatat untuk penerbit yang sama.',
    en: 'This certificate number is already recorded for the same issuer.',
  },
  REASON_REQUIRED: { id: 'Alasan pencabutan wajib diisi.', en: 'A reason for the revocation is required.' },
  TEXT_INVALID: {
    id: 'Isian wajib diisi dan paling banyak {maxLength} karakter.',
    en: 'Required, at most {maxLength} characters.',
  },
  ALREADY_REVOKED: { id: 'Sertifikat ini sudah dicabut.', en: 'This certificate has been revoked.' },
  ALREADY_VERIFIED: { id: 'Sertifikat ini sudah diverifikasi.', en: 'This certificate is already verified.' },
  ALREADY_RENEWED: { id: 'Sertifikat ini sudah diperpanjang.', en: 'This certificate has already been renewed.' },
  DAYS_OUT_OF_RANGE: { id: 'Jumlah hari harus 0 sampai {max}.', en: 'The number of days must be 0 to {max}.' },
});
