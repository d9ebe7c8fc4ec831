import { parseId } from '@asn/common';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { CareerOption } from './career-option.js';
import { positionRequirementStatuses } from '../services/employee-certificates.service.js';
import { CareerCertification } from '../types/required-scheme-status.type.js';

/** What certification adds to personnel's CareerOption: the target's required schemes (docs/domain.md). */
@Resolver(() => CareerOption)
export class CareerOptionCertificationResolver {
  @FieldResolver(() => CareerCertification, {
    nullable: true,
    description: "The target position's required schemes, each met (a valid certificate held) or not.",
  })
  async certification(@Root() option: CareerOption, @Ctx() context: Context): Promise<CareerCertification> {
    const requirements = await positionRequirementStatuses(
      context,
      parseId(String(option.employeeId), 'employeeId'),
      parseId(String(option.positionId), 'positionId'),
    );
    return { requirements, allMet: requirements.every((status) => status.met) };
  }
}
