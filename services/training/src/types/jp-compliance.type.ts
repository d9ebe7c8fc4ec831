import { Field, Int, ObjectType } from 'type-graphql';

/**
 * PNS and PPPK are held to different rules (domain.md): a PNS owes at least the yearly target, a PPPK may earn at
 * most the cap. The first fields are about the PNS members only, the pppk* fields about the PPPK members.
 */
@ObjectType({
  description:
    'How a unit’s members (sub-units included) stand on JP in a year: PNS against the yearly target, PPPK against the cap.',
})
export class JpCompliance {
  @Field(() => Int, { description: 'The calendar year.' })
  year: number;

  @Field(() => Int, { description: 'The PNS JP target applied (the agency’s setting, default 20).' })
  target: number;

  @Field(() => Int, { description: 'PNS members of the unit and its sub-units (PPPK are counted in pppkMembers).' })
  members: number;

  @Field(() => Int, { description: 'PNS members who earned at least the target.' })
  atOrAbove: number;

  @Field(() => Int, { description: 'PNS members who earned some JP but less than the target.' })
  below: number;

  @Field(() => Int, { description: 'PNS members who earned no JP.' })
  none: number;

  @Field(() => Int, { description: 'Sum of the PNS members’ shortfalls against the target.' })
  totalShortfall: number;

  @Field(() => Int, { description: 'The PPPK JP cap applied (the agency’s setting, default 24).' })
  pppkCap: number;

  @Field(() => Int, { description: 'PPPK members of the unit and its sub-units.' })
  pppkMembers: number;

  @Field(() => Int, { description: 'PPPK members who earned at most the cap (compliant).' })
  pppkWithinCap: number;

  @Field(() => Int, { description: 'PPPK members who earned more than the cap (not compliant).' })
  pppkOverCap: number;
}
