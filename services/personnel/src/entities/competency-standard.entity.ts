import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: "A line of a position's competency standard: a competency and the level it requires." })
@Entity('competency_standard')
@Index(['positionId', 'competencyId'], { unique: true })
export class CompetencyStandard {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int', name: 'position_id' })
  positionId: number;

  @Index()
  @Column({ type: 'int', name: 'competency_id' })
  competencyId: number;

  @Field(() => Int, { description: 'Required level, 1-5.' })
  @Column({ type: 'int', name: 'required_level' })
  requiredLevel: number;
}
