import { Column, JoinColumn, ManyToOne, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Citizen } from './citizen.entity';

/** A relative (pårørende); involved only when the citizen wants it. */
@Entity({ name: 'relative' })
@Index('ix_relative_citizen', ['tenantId', 'citizenId', 'name'])
export class Relative {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'citizen_id', type: 'uuid' })
  citizenId!: string;

  @ManyToOne(() => Citizen, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'citizen_id' })
  citizen?: Citizen;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** "mor", "bror", "ven", … in the citizen's words. */
  @Column({ type: 'varchar', length: 100 })
  relation!: string;

  @Column({ name: 'wants_involved', type: 'boolean' })
  wantsInvolved!: boolean;

  @Column({ type: 'varchar', length: 20, nullable: true })
  phone!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
