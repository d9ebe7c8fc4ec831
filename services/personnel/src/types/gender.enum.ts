import { registerEnumType } from 'type-graphql';
import { enumOf } from '@asn/common';

export const Gender = enumOf(['MALE', 'FEMALE'] as const);

registerEnumType(Gender, { name: 'Gender', description: 'Gender as the NIP encodes it (digit 15: 1 man, 2 woman).' });
