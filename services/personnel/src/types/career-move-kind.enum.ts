import { registerEnumType } from 'type-graphql';
import { enumOf } from '@asn/common';

export const CAREER_MOVE_KINDS = ['VERTICAL', 'HORIZONTAL', 'DIAGONAL'] as const;
export type CareerMoveKindValue = (typeof CAREER_MOVE_KINDS)[number];
export const CareerMoveKind = enumOf(CAREER_MOVE_KINDS);

registerEnumType(CareerMoveKind, {
  name: 'CareerMoveKind',
  description: 'A career move: up a level (vertical), same level (horizontal), or across tracks (diagonal).',
});
