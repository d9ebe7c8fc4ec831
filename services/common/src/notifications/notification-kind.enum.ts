import { registerEnumType } from 'type-graphql';

/** What a notification is about. Declared once here, so every subgraph that owns notifications prints the same enum. */
export enum NotificationKind {
  REQUEST_APPROVED = 'REQUEST_APPROVED',
  REQUEST_REJECTED = 'REQUEST_REJECTED',
  APPROVAL_WAITING = 'APPROVAL_WAITING',
  CERTIFICATE_EXPIRING = 'CERTIFICATE_EXPIRING',
  JP_SHORTFALL = 'JP_SHORTFALL',
  SEATS_OPEN = 'SEATS_OPEN',
}

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification is about; each subgraph writes the kinds of its own events.',
  valuesConfig: {
    REQUEST_APPROVED: { description: 'Training: my enrolment request was approved.' },
    REQUEST_REJECTED: { description: 'Training: my enrolment request was rejected.' },
    APPROVAL_WAITING: { description: 'Training: a request of someone I manage waits for my approval.' },
    CERTIFICATE_EXPIRING: { description: 'Certification: my certificate expires within a threshold (90 or 30 days).' },
    JP_SHORTFALL: { description: 'Training: my JP of this year fall short of the target as the year ends.' },
    SEATS_OPEN: {
      description:
        'Training: seats are open in a session of a training that closes or narrows one of my competency gaps.',
    },
  },
});
