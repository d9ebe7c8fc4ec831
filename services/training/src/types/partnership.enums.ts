// The GraphQL enums of a partnership; the values are the rule's (rules/partnership.ts).
import { enumOf } from '@asn/common';
import { registerEnumType } from 'type-graphql';
import {
  ACTIVITY_KINDS,
  AGREEMENT_KINDS,
  LAPSING_WINDOW_DAYS,
  PARTNER_KINDS,
  PARTNERSHIP_STATUSES,
  UNUSED_MONTHS,
} from '../rules/partnership.js';

export const PartnerKind = enumOf(PARTNER_KINDS);
export const AgreementKind = enumOf(AGREEMENT_KINDS);
export const PartnershipActivityKind = enumOf(ACTIVITY_KINDS);
export const PartnershipStatus = enumOf(PARTNERSHIP_STATUSES);

registerEnumType(PartnerKind, {
  name: 'PartnerKind',
  description: 'Who the agency cooperates with.',
  valuesConfig: {
    UNIVERSITY: { description: 'A university (perguruan tinggi).' },
    TRAINING_INSTITUTE: { description: 'A training institute (lembaga diklat, BPSDM of another region, LAN).' },
    OTHER: { description: 'Another partner: a hospital, a company, a professional body, an NGO.' },
  },
});
registerEnumType(AgreementKind, {
  name: 'AgreementKind',
  description: 'The document the cooperation rests on.',
  valuesConfig: {
    MOU: { description: 'Nota kesepahaman (memorandum of understanding): the general frame.' },
    PKS: { description: 'Perjanjian kerja sama: the operational agreement under an MoU.' },
  },
});
registerEnumType(PartnershipActivityKind, {
  name: 'PartnershipActivityKind',
  description: 'What was done under an agreement.',
  valuesConfig: {
    PUBLIC_LECTURE: { description: 'A public lecture (kuliah umum) for the agency’s employees.' },
    JOINT_RESEARCH: { description: 'Joint research (penelitian bersama) with the agency.' },
    INTERNSHIP: { description: 'Internships (magang) at the partner; may name the placement recorded for it.' },
    DEGREE_PLACES: { description: 'Degree places (kursi tugas belajar) the partner granted.' },
    TRAINING: { description: 'A training, workshop or course the partner held.' },
  },
});
registerEnumType(PartnershipStatus, {
  name: 'PartnershipStatus',
  description: 'Where an agreement stands today (rules/partnership.ts).',
  valuesConfig: {
    ACTIVE: {
      description: `Running, with an activity within the agency's unused window (default ${UNUSED_MONTHS} months), or signed more recently.`,
    },
    LAPSING: {
      description: `Ends within the agency's lapsing window (default ${LAPSING_WINDOW_DAYS} days): renew it or let it go.`,
    },
    LAPSED: { description: 'Its end date has passed, or it was ended early.' },
    UNUSED: {
      description: `Running, but nothing was done under it within the agency's unused window (default ${UNUSED_MONTHS} months).`,
    },
  },
});
