import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateScalar } from '@asn/common';

/** Riwayat jabatan: a position held in a unit from a date; the open entry (no end) is the current position. */
@ObjectType({ description: 'A position an employee held (riwayat jabatan), in a unit, from/to.' })
@Entity('position_history')
@Index(['employeeId', 'fromDate'], { unique: true })
export class PositionHistory {
  @Field(() => ID, { description: 'Stable identifier of the entry.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int', name: 'employee_id' })
  employeeId: number;

  @Column({ type: 'int', name: 'position_id' })
  positionId: number;

  @Column({ type: 'int', name: 'unit_id' })
  unitId: number;

  @Field(() => DateScalar, { description: 'Date the position was taken up (TMT jabatan).' })
  @Column({ type: 'date', name: 'from_date' })
  fromDate: string;

  @Field(() => DateScalar, { nullable: true, description: 'Date it ended; null for the current position.' })
  @Column({ type: 'date', name: 'to_date', nullable: true })
  toDate: string | null;
}
