import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Certificate } from '../entities/certificate.entity.js';
import { Employee } from '../entities/employee.entity.js';

/** What certification adds to personnel's Employee. Nullable, so a certification outage leaves the rest intact. */
@Resolver(() => Employee)
export class EmployeeCertificatesResolver {
  @FieldResolver(() => [Certificate], { nullable: true, description: 'Certificates the employee holds, oldest first.' })
  certificates(@Root() employee: Employee, @Ctx() { loaders }: Context): Promise<Certificate[]> {
    return loaders.certificatesByEmployeeId.load(Number(employee.id));
  }
}
