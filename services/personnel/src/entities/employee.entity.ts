import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Directive('@key(fields: "id")')
@Directive('@key(fields: "nip")')
@ObjectType({ description: 'A civil servant (PNS) or contract employee (PPPK) of an agency.' })
@Entity('employee')
export class Employee {
  @Field(() => ID, { description: 'Stable identifier of the employee in this graph.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String, { description: 'Nomor Induk Pegawai: 18 digits, unique.' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 18 })
  nip: string;

  @Field(() => String, { description: 'Full name with academic titles.' })
  @Column({ type: 'varchar', length: 150 })
  name: string;
}
