import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A unit (unit kerja) in an agency's tree; `path` holds the ancestry so a subtree is one LIKE, in any number. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A unit (unit kerja) of an agency, in a tree: a unit includes its sub-units.' })
@Entity('unit')
export class Unit {
  @Field(() => ID, { description: 'Stable identifier of the unit.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'int', name: 'agency_id' })
  agencyId: number;

  @Index()
  @Column({ type: 'int', name: 'parent_id', nullable: true })
  parentId: number | null;

  @Field(() => String, { description: 'Name, e.g. Bidang Aplikasi Informatika.' })
  @Column({ type: 'varchar', length: 150 })
  name: string;

  /** Ancestor ids from the root, each zero-padded to 6 digits and ending in '/': '/000001/000004/'. */
  @Index()
  @Column({ type: 'varchar', length: 255 })
  path: string;

  @Column({ type: 'int', name: 'head_employee_id', nullable: true })
  headEmployeeId: number | null;
}
