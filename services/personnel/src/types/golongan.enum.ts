import { registerEnumType } from 'type-graphql';
import { GOLONGAN } from '../rules/golongan.js';
import { enumOf } from '@asn/common';

export const Golongan = enumOf(GOLONGAN.map((golongan) => golongan.code));

registerEnumType(Golongan, {
  name: 'Golongan',
  description: 'Golongan/ruang of a PNS, I/a (I_A) to IV/e (IV_E), in rank order.',
  valuesConfig: Object.fromEntries(
    GOLONGAN.map((golongan) => [golongan.code, { description: `${golongan.label} ${golongan.pangkat}` }]),
  ),
});
