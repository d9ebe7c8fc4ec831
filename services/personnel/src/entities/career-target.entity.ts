import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The career option a person chose as their target: one per person, replaced when they choose another. */
@Entity('career_target')
export class CareerTarget {
  @PrimaryColumn({ type: 'int', name: 'employee_id' })
  employeeId: number;

  @Column({ type: 'int', name: 'position_id' })
  positionId: number;

  /** The agency's date the target was (last) chosen. */
  @Column({ type: 'date', name: 'chosen_on' })
  chosenOn: string;
}
