import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A competency proposed in a needs-survey answer. */
@Entity('needs_survey_choice')
@Index(['responseId', 'competencyId'], { unique: true })
export class NeedsSurveyChoice {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int', name: 'response_id' })
  responseId: number;

  @Column({ type: 'int', name: 'competency_id' })
  competencyId: number;
}
