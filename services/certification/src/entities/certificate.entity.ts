import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A certificate held by an employee.' })
@Entity('certificate')
export class Certificate {
  @Field(() => ID, { description: 'Stable identifier of the certificate.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'int', name: 'employee_id' })
  employeeId: number;

  @Field(() => String, { description: 'Certificate number as printed by the issuer.' })
  @Column({ type: 'varchar', length: 100 })
  number: string;

  @Field(() => String, { description: 'Name of the certification scheme.' })
  @Column({ type: 'varchar', length: 200, name: 'scheme_name' })
  schemeName: string;
}
