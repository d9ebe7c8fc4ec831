import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { IssuerKind } from '../types/issuer-kind.enum.js';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A body that issues certificates: BNSP, LKPP, LAN, a ministry or a professional body.' })
@Entity('issuer')
@Index(['code'], { unique: true })
export class Issuer {
  @Field(() => ID, { description: 'Stable identifier of the issuer.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String, { description: 'Short code, e.g. LKPP.' })
  @Column({ type: 'varchar', length: 30 })
  code: string;

  @Field(() => String, { description: 'Full name, e.g. Badan Nasional Sertifikasi Profesi.' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => IssuerKind, { description: 'What kind of body it is.' })
  @Column({ type: 'varchar', length: 30 })
  kind: IssuerKind;
}
