// Which badge tone a category or status takes, in one place so every page colours them the same way.
import type { BadgeTone } from '../components/base/BaseBadge.vue';
import type {
  CertificateStatus,
  EnrolmentStatus,
  GapSeverity,
  MappingCategory,
  PartnershipStatus,
  SelectionCategory,
} from '../graphql/generated/graphql';

const CATEGORY_TONES: Record<MappingCategory | SelectionCategory, BadgeTone> = {
  OPTIMAL: 'success',
  CUKUP_OPTIMAL: 'warning',
  KURANG_OPTIMAL: 'danger',
  MEMENUHI_SYARAT: 'success',
  MASIH_MEMENUHI_SYARAT: 'warning',
  KURANG_MEMENUHI_SYARAT: 'danger',
};

const CERTIFICATE_TONES: Record<CertificateStatus, BadgeTone> = {
  ACTIVE: 'success',
  EXPIRING: 'warning',
  EXPIRED: 'danger',
  REVOKED: 'neutral',
};

export function categoryTone(category: MappingCategory | SelectionCategory): BadgeTone {
  return CATEGORY_TONES[category];
}

export function certificateTone(status: CertificateStatus): BadgeTone {
  return CERTIFICATE_TONES[status];
}

const GAP_TONES: Record<GapSeverity, BadgeTone> = {
  MET: 'success',
  MINOR: 'warning',
  MAJOR: 'danger',
};

/** A gap by the severity the API gives it (personnel's rule). */
export function gapTone(severity: GapSeverity): BadgeTone {
  return GAP_TONES[severity];
}

const PARTNERSHIP_TONES: Record<PartnershipStatus, BadgeTone> = {
  ACTIVE: 'success',
  LAPSING: 'warning',
  UNUSED: 'info',
  LAPSED: 'neutral',
};

/** An agreement's status: lapsing asks for a decision, unused for a look, lapsed is history. */
export function partnershipTone(status: PartnershipStatus): BadgeTone {
  return PARTNERSHIP_TONES[status];
}

const ENROLMENT_TONES: Record<EnrolmentStatus, BadgeTone> = {
  REQUESTED: 'warning',
  APPROVED: 'info',
  ATTENDED: 'info',
  COMPLETED: 'success',
  FAILED: 'danger',
  CANCELLED: 'neutral',
  REJECTED: 'neutral',
};

/** An enrolment's status: a request waits for a decision, a finished one is passed or failed. */
export function enrolmentTone(status: EnrolmentStatus): BadgeTone {
  return ENROLMENT_TONES[status];
}
