import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Citizen } from './citizen.entity';
import { TeamMember } from './team-member.entity';

/** A meeting with the citizen and their network, led by what the citizen wants. */
@Entity({ name: 'network_meeting' })
@Index('ix_network_meeting_citizen', ['tenantId', 'citizenId', 'startsAt'])
@Check('ck_network_meeting_times', '"ends_at" > "starts_at"')
export class NetworkMeeting {
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

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'varchar', length: 200 })
  place!: string;

  /** Why we meet, in plain words. */
  @Column({ type: 'varchar', length: 1000 })
  purpose!: string;

  @Column({ name: 'invited_by_member_id', type: 'uuid' })
  invitedByMemberId!: string;

  @ManyToOne(() => TeamMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'invited_by_member_id' })
  invitedBy?: TeamMember;

  @Column({ name: 'prep_job', type: 'varchar', length: 2000, nullable: true })
  prepJob!: string | null;

  @Column({ name: 'prep_network', type: 'varchar', length: 2000, nullable: true })
  prepNetwork!: string | null;

  @Column({ name: 'prep_leisure', type: 'varchar', length: 2000, nullable: true })
  prepLeisure!: string | null;

  @Column({ name: 'prep_housing', type: 'varchar', length: 2000, nullable: true })
  prepHousing!: string | null;

  @Column({ name: 'prep_coping', type: 'varchar', length: 2000, nullable: true })
  prepCoping!: string | null;

  /** Written with the citizen, in plain words; printed for them. */
  @Column({ type: 'varchar', length: 8000, nullable: true })
  summary!: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** Someone who takes part, and why. The citizen chooses who comes. */
@Entity({ name: 'network_meeting_participant' })
@Index('ix_network_meeting_participant_meeting', ['meetingId'])
export class NetworkMeetingParticipant {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => NetworkMeeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: NetworkMeeting;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** Who they are to the citizen: "sygeplejerske i ACT-teamet", "søster", "jobkonsulent". */
  @Column({ type: 'varchar', length: 200 })
  role!: string;

  @Column({ type: 'varchar', length: 500 })
  why!: string;

  @Column({ name: 'chosen_by_citizen', type: 'boolean', default: true })
  chosenByCitizen!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

@Entity({ name: 'network_meeting_agenda_point' })
@Index('ix_network_meeting_agenda_point_meeting', ['meetingId', 'createdAt'])
export class NetworkMeetingAgendaPoint {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => NetworkMeeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: NetworkMeeting;

  @Column({ type: 'varchar', length: 500 })
  text!: string;

  /** The citizen's own point. */
  @Column({ name: 'from_citizen', type: 'boolean' })
  fromCitizen!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
