import { registerEnumType } from 'type-graphql';
import { enumOf } from './enum-of.js';

export const Gender = enumOf(['MALE', 'FEMALE'] as const);

registerEnumType(Gender, { name: 'Gender', description: 'Gender as the NIP encodes it (digit 15: 1 man, 2 woman).' });
