import { DateScalar } from '@asn/common';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Issuer } from './issuer.entity.js';

@Directive('@key(fields: "id")')
@ObjectType({
  description: 'A certification scheme: what a certificate of this kind certifies, who issues it, how long it lasts.',
})
@Entity('scheme')
@Index(['code'], { unique: true })
export class Scheme {
  @Field(() => ID, { description: 'Stable identifier of the scheme.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String, { description: 'Short code, unique, e.g. LKPP-L1.' })
  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Field(() => String, { description: 'Name, e.g. Sertifikat Kompetensi Pengadaan Barang/Jasa Level-1.' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Index()
  @Column({ type: 'int', name: 'issuer_id' })
  issuerId: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Months a certificate stays valid from its issue date; null for lifetime.',
  })
  @Column({ type: 'int', name: 'validity_months', nullable: true })
  validityMonths: number | null;

  @Field(() => Boolean, {
    description: 'Whether the scheme is recognised nationally (false for e.g. an international body).',
  })
  @Column({ type: 'boolean', name: 'nationally_recognised' })
  nationallyRecognised: boolean;

  /** The agency that keeps this scheme; null for national schemes (LKPP, BNSP, ministries). */
  @Column({ type: 'int', name: 'agency_id', nullable: true })
  agencyId: number | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When it was retired: certificates of it stay readable, no new ones are recorded.',
  })
  @Column({ type: 'date', name: 'retired_on', nullable: true })
  retiredOn: string | null;

  @ManyToOne(() => Issuer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'issuer_id' })
  issuer?: Relation<Issuer>;
}
