import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: 'A competency a placement aims at, and the level (1–5) it is to reach.' })
@Entity('placement_competency')
@Index(['placementId', 'competencyId'], { unique: true })
export class PlacementCompetency {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int', name: 'placement_id' })
  placementId: number;

  @Column({ type: 'int', name: 'competency_id' })
  competencyId: number;

  @Field(() => Int, { description: 'The level (1–5) the placement is to bring the competency to.' })
  @Column({ type: 'int', name: 'target_level' })
  targetLevel: number;
}
