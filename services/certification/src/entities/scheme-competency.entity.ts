import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Scheme } from './scheme.entity.js';

/** A competency a scheme certifies, by personnel's competency id (no foreign key across subgraphs). */
@ObjectType({ description: 'A competency a scheme certifies, and at which level (1-5) of its scale.' })
@Entity('scheme_competency')
@Index(['schemeId', 'competencyId'], { unique: true })
export class SchemeCompetency {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int', name: 'scheme_id' })
  schemeId: number;

  @Index()
  @Column({ type: 'int', name: 'competency_id' })
  competencyId: number;

  @Field(() => Int, { description: 'The level of the competency the certificate is evidence of, 1 (lowest) to 5.' })
  @Column({ type: 'int' })
  level: number;

  @ManyToOne(() => Scheme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'scheme_id' })
  scheme?: Relation<Scheme>;
}
