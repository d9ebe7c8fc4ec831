// The certification subgraph's reason codes (extensions.reason of BAD_USER_INPUT), each error with its Indonesian and
// English message, declared once.
import { badInput, notFound } from '@asn/common';

export const CertificationReason = {
  SCHEME_NOT_FOUND: 'SCHEME_NOT_FOUND',
  CERTIFICATE_NOT_FOUND: 'CERTIFICATE_NOT_FOUND',
  DATE_IN_FUTURE: 'DATE_IN_FUTURE',
  DATES_OUT_OF_ORDER: 'DATES_OUT_OF_ORDER',
  NUMBER_TAKEN: 'NUMBER_TAKEN',
  NUMBER_INVALID: 'NUMBER_INVALID',
  REASON_REQUIRED: 'REASON_REQUIRED',
  TEXT_INVALID: 'TEXT_INVALID',
  ALREADY_REVOKED: 'ALREADY_REVOKED',
  ALREADY_VERIFIED: 'ALREADY_VERIFIED',
  ALREADY_RENEWED: 'ALREADY_RENEWED',
  DAYS_OUT_OF_RANGE: 'DAYS_OUT_OF_RANGE',
} as const;

export function dateInFuture(field: string) {
  return badInput(field, CertificationReason.DATE_IN_FUTURE, {
    id: 'Tanggal tidak boleh setelah hari ini.',
    en: 'The date cannot be after today.',
  });
}

/** A date that must not come before `earliest` (expiry after issue, renewal after the renewed issue, …). */
export function datesOutOfOrder(field: string, earliest: string) {
  return badInput(
    field,
    CertificationReason.DATES_OUT_OF_ORDER,
    { id: `Tanggal tidak boleh sebelum ${earliest}.`, en: `The date cannot be before ${earliest}.` },
    { earliest },
  );
}

export function numberTaken(field: string) {
  return badInput(field, CertificationReason.NUMBER_TAKEN, {
    id: 'Nomor sertifikat ini sudah tercatat untuk penerbit yang sama.',
    en: 'This certificate number is already recorded for the same issuer.',
  });
}

export function textInvalid(field: string, maxLength: number) {
  return badInput(
    field,
    CertificationReason.TEXT_INVALID,
    {
      id: `Isian wajib diisi dan paling banyak ${maxLength} karakter.`,
      en: `Required, at most ${maxLength} characters.`,
    },
    { maxLength },
  );
}

export function reasonRequired(field: string) {
  return badInput(field, CertificationReason.REASON_REQUIRED, {
    id: 'Alasan pencabutan wajib diisi.',
    en: 'A reason for the revocation is required.',
  });
}

export function alreadyRevoked(field: string) {
  return badInput(field, CertificationReason.ALREADY_REVOKED, {
    id: 'Sertifikat ini sudah dicabut.',
    en: 'This certificate has been revoked.',
  });
}

export function alreadyVerified(field: string) {
  return badInput(field, CertificationReason.ALREADY_VERIFIED, {
    id: 'Sertifikat ini sudah diverifikasi.',
    en: 'This certificate is already verified.',
  });
}

export function alreadyRenewed(field: string) {
  return badInput(field, CertificationReason.ALREADY_RENEWED, {
    id: 'Sertifikat ini sudah diperpanjang.',
    en: 'This certificate has already been renewed.',
  });
}

export function daysOutOfRange(field: string, max: number) {
  return badInput(
    field,
    CertificationReason.DAYS_OUT_OF_RANGE,
    { id: `Jumlah hari harus 0 sampai ${max}.`, en: `The number of days must be 0 to ${max}.` },
    { max },
  );
}

export function schemeNotFound(field: string) {
  return badInput(field, CertificationReason.SCHEME_NOT_FOUND, {
    id: 'Skema sertifikasi tidak ditemukan.',
    en: 'The certification scheme does not exist.',
  });
}

export function certificateNotFound(field: string) {
  return notFound(field, { id: 'Sertifikat tidak ditemukan.', en: 'The certificate does not exist.' });
}
