import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'An employee enrolled in a training session.' })
@Entity('enrolment')
export class Enrolment {
  @Field(() => ID, { description: 'Stable identifier of the enrolment.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'int', name: 'employee_id' })
  employeeId: number;

  @Field(() => String, { description: 'Title of the training.' })
  @Column({ type: 'varchar', length: 200, name: 'training_title' })
  trainingTitle: string;

  @Field(() => Int, { description: 'Jam pelajaran (45 minutes each) credited on completion.' })
  @Column({ type: 'int' })
  jp: number;
}
