import { registerEnumType } from 'type-graphql';
import { enumOf } from '@asn/common';

export const USER_ROLES = ['ADMIN', 'MANAGER', 'ASN'] as const;
export const UserRole = enumOf(USER_ROLES);

registerEnumType(UserRole, {
  name: 'UserRole',
  description: 'What a signed-in user may do: BKPSDM administrator, manager (unit head), or employee.',
});
