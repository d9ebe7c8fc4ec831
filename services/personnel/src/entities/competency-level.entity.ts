import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: "One level of a competency's scale, 1 (lowest) to 5, with its descriptor." })
@Entity('competency_level')
@Index(['competencyId', 'level'], { unique: true })
export class CompetencyLevel {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int', name: 'competency_id' })
  competencyId: number;

  @Field(() => Int, { description: 'The level, 1-5.' })
  @Column({ type: 'int' })
  level: number;

  @Field(() => String, { description: 'What a person at this level shows (Indonesian).' })
  @Column({ type: 'varchar', length: 500 })
  descriptor: string;
}
