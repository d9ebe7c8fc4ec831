import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { EducationLevel } from '../rules/education.js';
import { Education } from '../types/education.enum.js';

/** Riwayat pendidikan: one completed level; the highest is the employee's education. */
@ObjectType({ description: 'A completed formal education of an employee (riwayat pendidikan).' })
@Entity('education_history')
@Index(['employeeId', 'level'], { unique: true })
export class EducationHistory {
  @Field(() => ID, { description: 'Stable identifier of the entry.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int', name: 'employee_id' })
  employeeId: number;

  @Field(() => Education, { description: 'Level completed.' })
  @Column({ type: 'varchar', length: 5 })
  level: EducationLevel;

  @Field(() => String, { description: 'Field of study (jurusan), e.g. Kesehatan Masyarakat.' })
  @Column({ type: 'varchar', length: 150 })
  field: string;

  @Field(() => String, { description: 'Institution that awarded it.' })
  @Column({ type: 'varchar', length: 150 })
  institution: string;

  @Field(() => Int, { description: 'Year of graduation.' })
  @Column({ type: 'int', name: 'graduation_year' })
  year: number;
}
