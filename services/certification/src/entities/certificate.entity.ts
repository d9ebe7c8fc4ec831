import { DateScalar } from '@asn/common';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Issuer } from './issuer.entity.js';
import { Scheme } from './scheme.entity.js';

/**
 * A certificate an employee holds. Its status is computed when read (rules/certificate-status.ts), never stored;
 * `issuer_id` repeats the scheme's so the database itself keeps numbers unique per issuer.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A certificate held by an employee: proof of competence under a scheme.' })
@Entity('certificate')
@Index(['issuerId', 'number'], { unique: true })
@Index(['agencyId', 'expiresOn'])
@Index(['renewsId'], { unique: true })
export class Certificate {
  @Field(() => ID, { description: 'Stable identifier of the certificate.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'int', name: 'employee_id' })
  employeeId: number;

  /** The holder's agency, from the identity that recorded it, so agency scoping needs no call to personnel. */
  @Column({ type: 'int', name: 'agency_id' })
  agencyId: number;

  @Index()
  @Column({ type: 'int', name: 'scheme_id' })
  schemeId: number;

  @Column({ type: 'int', name: 'issuer_id' })
  issuerId: number;

  @Field(() => String, { description: 'Certificate number as printed by the issuer; unique per issuer.' })
  @Column({ type: 'varchar', length: 100 })
  number: string;

  @Field(() => DateScalar, { description: 'Date of issue.' })
  @Column({ type: 'date', name: 'issued_on' })
  issuedOn: string;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Last valid day: the date the issuer gives, else the issue date plus the scheme validity; null for lifetime.',
  })
  @Column({ type: 'date', name: 'expires_on', nullable: true })
  expiresOn: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'For BNSP schemes: the LSP (Lembaga Sertifikasi Profesi) that assessed.',
  })
  @Column({ type: 'varchar', length: 200, name: 'lsp_name', nullable: true })
  lspName: string | null;

  /** The certificate this one renews. */
  @Column({ type: 'int', name: 'renews_id', nullable: true })
  renewsId: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it was revoked; null unless revoked.' })
  @Column({ type: 'date', name: 'revoked_on', nullable: true })
  revokedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was revoked; null unless revoked.' })
  @Column({ type: 'varchar', length: 500, name: 'revocation_reason', nullable: true })
  revocationReason: string | null;

  @Field(() => String, { nullable: true, description: 'Who verified it (user:<id>); null while unverified.' })
  @Column({ type: 'varchar', length: 100, name: 'verified_by', nullable: true })
  verifiedBy: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it was verified; null while unverified.' })
  @Column({ type: 'date', name: 'verified_on', nullable: true })
  verifiedOn: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When an administrator last reminded the holder of its expiry (recorded only; nothing is sent).',
  })
  @Column({ type: 'date', name: 'reminded_on', nullable: true })
  remindedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Who sent the last reminder (user:<id>).' })
  @Column({ type: 'varchar', length: 100, name: 'reminded_by', nullable: true })
  remindedBy: string | null;

  @ManyToOne(() => Scheme, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'scheme_id' })
  scheme?: Relation<Scheme>;

  @ManyToOne(() => Issuer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'issuer_id' })
  issuer?: Relation<Issuer>;

  @ManyToOne(() => Certificate, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'renews_id' })
  renews?: Relation<Certificate>;
}
