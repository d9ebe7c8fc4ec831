import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Kinerja as KinerjaValue, PerformancePredikat as PredikatValue } from '../rules/talent-box.js';
import { Kinerja, PerformancePredikat } from '../types/talent.enums.js';

/** An agency's mapping of a performance predikat to the 9-box kinerja axis (data: agencies may change it). */
@ObjectType({ description: 'How an agency maps a performance predikat to the kinerja axis of the 9-box.' })
@Entity('kinerja_mapping')
@Index(['agencyId', 'predikat'], { unique: true })
export class KinerjaMapping {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int', name: 'agency_id' })
  agencyId: number;

  @Field(() => PerformancePredikat, { description: 'The predikat.' })
  @Column({ type: 'varchar', length: 20 })
  predikat: PredikatValue;

  @Field(() => Kinerja, { description: 'The kinerja it counts as.' })
  @Column({ type: 'varchar', length: 10 })
  kinerja: KinerjaValue;
}
