import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Citizen } from './citizen.entity';
import { TeamMember } from './team-member.entity';

/** A citizen on the team board (intensive follow-up, as FACT teams use it), from on to off. */
@Entity({ name: 'team_board_entry' })
@Index('uq_team_board_entry_open', ['citizenId'], { unique: true, where: '"removed_on" IS NULL' })
@Index('ix_team_board_entry_team', ['tenantId', 'teamId'])
export class TeamBoardEntry {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId!: string;

  @Column({ name: 'citizen_id', type: 'uuid' })
  citizenId!: string;

  @ManyToOne(() => Citizen, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'citizen_id' })
  citizen?: Citizen;

  @Column({ type: 'varchar', length: 1000 })
  reason!: string;

  /** YYYY-MM-DD */
  @Column({ name: 'placed_on', type: 'date' })
  placedOn!: string;

  @Column({ name: 'placed_by', type: 'uuid' })
  placedBy!: string;

  @Column({ name: 'removed_on', type: 'date', nullable: true })
  removedOn!: string | null;

  @Column({ name: 'removed_reason', type: 'varchar', length: 1000, nullable: true })
  removedReason!: string | null;

  @Column({ name: 'removed_by', type: 'uuid', nullable: true })
  removedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** An agreed contact while on the board, and who makes it ("besøg mandag og torsdag"). */
@Entity({ name: 'team_board_contact' })
@Index('ix_team_board_contact_entry', ['entryId'])
export class TeamBoardContact {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'entry_id', type: 'uuid' })
  entryId!: string;

  @ManyToOne(() => TeamBoardEntry, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'entry_id' })
  entry?: TeamBoardEntry;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId!: string;

  @ManyToOne(() => TeamMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_id' })
  member?: TeamMember;

  @Column({ type: 'varchar', length: 500 })
  agreement!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

@Entity({ name: 'team_board_note' })
@Index('ix_team_board_note_entry', ['entryId', 'createdAt'])
export class TeamBoardNote {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'entry_id', type: 'uuid' })
  entryId!: string;

  @ManyToOne(() => TeamBoardEntry, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'entry_id' })
  entry?: TeamBoardEntry;

  @Column({ type: 'varchar', length: 2000 })
  text!: string;

  @Column({ name: 'written_by', type: 'uuid' })
  writtenBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
