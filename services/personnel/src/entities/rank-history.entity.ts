import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateScalar } from '@asn/common';

/**
 * One rank an employee held from its TMT (terhitung mulai tanggal) by a decree. The entry with the latest TMT is the
 * current rank: PNS golongan ranks 1-17, PPPK grades 1-17 (the employee's type says which scale).
 */
@ObjectType({ description: 'A rank (PNS golongan or PPPK grade) an employee held from its TMT, by a decree.' })
@Entity('rank_history')
@Index(['employeeId', 'tmt'], { unique: true })
export class RankHistory {
  @Field(() => ID, { description: 'Stable identifier of the entry.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int', name: 'employee_id' })
  employeeId: number;

  /** Rank 1-17, exposed as `golongan` or `grade` by the employee's type. */
  @Column({ type: 'int' })
  rank: number;

  @Field(() => DateScalar, { description: 'TMT: the date the rank takes effect.' })
  @Column({ type: 'date' })
  tmt: string;

  @Field(() => String, { description: 'Number of the decree (SK) that granted it.' })
  @Column({ type: 'varchar', length: 100, name: 'decree_number' })
  decreeNumber: string;
}
