import { CreateCertificationSchema1764000000000 } from './1764000000000-create-certification-schema.js';
import { InsertExpiringDefault1764000000001 } from './1764000000001-insert-expiring-default.js';
import { RetireScheme1764900000000 } from './1764900000000-retire-scheme.js';
import { RemindCertificateHolder1766100000000 } from './1766100000000-remind-certificate-holder.js';
import { CreateNotification1768200000000 } from './1768200000000-create-notification.js';
import { RewordExpiringDefaultSource1768500000000 } from './1768500000000-reword-expiring-default-source.js';

/** In the order they run. */
export const migrations = [
  CreateCertificationSchema1764000000000,
  InsertExpiringDefault1764000000001,
  RetireScheme1764900000000,
  RemindCertificateHolder1766100000000,
  CreateNotification1768200000000,
  RewordExpiringDefaultSource1768500000000,
];
