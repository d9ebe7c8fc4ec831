import { Field, Int, ObjectType } from 'type-graphql';
import { Employee } from '../entities/employee.entity.js';
import { PageInfo } from '@asn/common';

@ObjectType({ description: 'An employee in a page of employees.' })
export class EmployeeEdge {
  @Field(() => String, { description: 'Opaque cursor of this employee in the list.' })
  cursor: string;

  @Field(() => Employee, { description: 'The employee.' })
  node: Employee;
}

@ObjectType({ description: 'A page of employees.' })
export class EmployeeConnection {
  @Field(() => [EmployeeEdge], { description: 'The employees of this page.' })
  edges: EmployeeEdge[];

  @Field(() => PageInfo, { description: 'Where this page ends.' })
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'Employees matching the filter, over all pages.' })
  totalCount: number;
}
