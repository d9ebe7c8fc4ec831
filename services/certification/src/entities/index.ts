import { Notification, OutboxMessage } from '@asn/common';
import { Certificate } from './certificate.entity.js';
import { CertificationSetting } from './certification-setting.entity.js';
import { Issuer } from './issuer.entity.js';
import { SchemeCompetency } from './scheme-competency.entity.js';
import { SchemeRequirement } from './scheme-requirement.entity.js';
import { Scheme } from './scheme.entity.js';

export const entities = [
  Issuer,
  Scheme,
  SchemeCompetency,
  SchemeRequirement,
  Certificate,
  CertificationSetting,
  Notification,
  OutboxMessage,
];
