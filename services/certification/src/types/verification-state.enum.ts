import { registerEnumType } from 'type-graphql';

export enum VerificationState {
  UNVERIFIED = 'UNVERIFIED',
  VERIFIED = 'VERIFIED',
}

registerEnumType(VerificationState, {
  name: 'VerificationState',
  description: 'Whether the agency has checked the certificate against the issuer.',
  valuesConfig: {
    UNVERIFIED: { description: 'Recorded but not yet checked.' },
    VERIFIED: { description: 'Checked by a manager or administrator, who and when recorded.' },
  },
});
