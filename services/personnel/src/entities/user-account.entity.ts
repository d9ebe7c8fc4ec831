import type { Role } from '@asn/common';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A user who may sign in (demo sign-in by username); the gateway asks for the profile as 'system'. */
@Entity('user_account')
@Index(['username'], { unique: true })
export class UserAccount {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 100 })
  username: string;

  @Column({ type: 'varchar', length: 150, name: 'display_name' })
  displayName: string;

  @Column({ type: 'varchar', length: 10 })
  role: Role;

  @Column({ type: 'int', name: 'agency_id' })
  agencyId: number;

  @Column({ type: 'int', name: 'employee_id', nullable: true })
  employeeId: number | null;
}
