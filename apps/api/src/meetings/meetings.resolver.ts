import type { Citizen } from '@act/db';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '../auth/permissions';
import { Requires } from '../auth/requires.decorator';
import { CitizenModel } from '../citizens/citizen.model';
import type { RequestContext } from '../common/request/request-context';
import { ParseIdPipe } from '../common/validation/parse-id.pipe';
import {
  AddDecisionInput,
  AddFollowUpTaskInput,
  AddMeetingItemInput,
  CompleteFollowUpTaskInput,
  CreateMeetingsFromRhythmInput,
  CreateTeamMeetingInput,
  MyTasksArgs,
  RaiseCrisisFlagInput,
  RecordAttendanceInput,
  SetMeetingRhythmInput,
  TeamMeetingsArgs,
  UpdateMeetingItemInput,
} from './dto/meetings.inputs';
import {
  CrisisFlagModel,
  FollowUpTaskConnection,
  FollowUpTaskModel,
  MeetingDecisionModel,
  MeetingRhythmModel,
  TeamMeetingConnection,
  TeamMeetingDetailModel,
  TeamMeetingItemModel,
  TeamMeetingModel,
} from './meetings.model';
import { CrisisFlagsService } from './crisis-flags.service';
import { FollowUpTasksService } from './follow-up-tasks.service';
import { MeetingAgendaService } from './meeting-agenda.service';
import { MeetingAttendanceService } from './meeting-attendance.service';
import { MeetingDecisionsService } from './meeting-decisions.service';
import { MeetingRhythmService } from './meeting-rhythm.service';
import { MeetingsService } from './meetings.service';

@Resolver(() => TeamMeetingModel)
export class MeetingsResolver {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly rhythm: MeetingRhythmService,
    private readonly agenda: MeetingAgendaService,
    private readonly attendance: MeetingAttendanceService,
    private readonly decisions: MeetingDecisionsService,
    private readonly tasks: FollowUpTasksService,
    private readonly crisis: CrisisFlagsService,
  ) {}

  @Requires(Permission.ReadCitizens)
  @Query(() => MeetingRhythmModel, { nullable: true, description: "The team's meeting rhythm, if set." })
  teamMeetingRhythm(@Context() ctx: RequestContext, @Args('teamId', { type: () => ID }, ParseIdPipe) teamId: string) {
    return this.rhythm.rhythm(ctx, teamId);
  }

  @Requires(Permission.ReadCitizens)
  @Query(() => TeamMeetingConnection, { description: 'UPCOMING: not yet closed, soonest first. PAST: closed, newest first.' })
  teamMeetings(@Context() ctx: RequestContext, @Args() args: TeamMeetingsArgs) {
    return this.meetings.list(ctx, args);
  }

  @Requires(Permission.ReadCitizens)
  @Query(() => TeamMeetingDetailModel, { description: 'A meeting with its agenda. Logged per citizen on it.' })
  teamMeeting(@Context() ctx: RequestContext, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.meetings.detail(ctx, id);
  }

  @Requires(Permission.ReadCitizens)
  @Query(() => TeamMeetingDetailModel, { description: 'The minutes of a closed meeting. Logged per citizen in them.' })
  teamMeetingMinutes(@Context() ctx: RequestContext, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.meetings.detail(ctx, id, true);
  }

  @Requires(Permission.ReadCitizens)
  @Query(() => FollowUpTaskConnection, { description: "The viewer's own follow-up tasks, by due date." })
  myFollowUpTasks(@Context() ctx: RequestContext, @Args() args: MyTasksArgs) {
    return this.tasks.myTasks(ctx, args);
  }

  @Requires(Permission.ManageTeamMeetings)
  @Mutation(() => MeetingRhythmModel)
  setTeamMeetingRhythm(@Context() ctx: RequestContext, @Args('input') input: SetMeetingRhythmInput) {
    return this.rhythm.setRhythm(ctx, input);
  }

  @Requires(Permission.ManageTeamMeetings)
  @Mutation(() => TeamMeetingModel, { description: 'Create one meeting by hand; its agenda is prepared if it is the next one.' })
  createTeamMeeting(@Context() ctx: RequestContext, @Args('input') input: CreateTeamMeetingInput) {
    return this.rhythm.create(ctx, input);
  }

  @Requires(Permission.ManageTeamMeetings)
  @Mutation(() => [TeamMeetingModel], { description: "Create the next N meetings from the team's rhythm (existing ones are kept)." })
  createTeamMeetingsFromRhythm(@Context() ctx: RequestContext, @Args('input') input: CreateMeetingsFromRhythmInput) {
    return this.rhythm.createFromRhythm(ctx, input);
  }

  @Requires(Permission.ManageTeamMeetings)
  @Mutation(() => TeamMeetingDetailModel, { description: 'Prepare (or refresh) the agenda; touched items stay.' })
  prepareTeamMeetingAgenda(@Context() ctx: RequestContext, @Args('meetingId', { type: () => ID }, ParseIdPipe) meetingId: string) {
    return this.agenda.prepare(ctx, meetingId);
  }

  @Requires(Permission.WriteCitizens)
  @Mutation(() => TeamMeetingDetailModel, { description: "A member's own item, or one the citizen asked for." })
  addTeamMeetingItem(@Context() ctx: RequestContext, @Args('input') input: AddMeetingItemInput) {
    return this.agenda.addItem(ctx, input);
  }

  @Requires(Permission.WriteCitizens)
  @Mutation(() => TeamMeetingItemModel)
  updateTeamMeetingItem(@Context() ctx: RequestContext, @Args('input') input: UpdateMeetingItemInput) {
    return this.agenda.updateItem(ctx, input);
  }

  @Requires(Permission.WriteCitizens)
  @Mutation(() => TeamMeetingDetailModel)
  recordTeamMeetingAttendance(@Context() ctx: RequestContext, @Args('input') input: RecordAttendanceInput) {
    return this.attendance.recordAttendance(ctx, input);
  }

  @Requires(Permission.WriteCitizens)
  @Mutation(() => MeetingDecisionModel)
  addMeetingDecision(@Context() ctx: RequestContext, @Args('input') input: AddDecisionInput) {
    return this.decisions.addDecision(ctx, input);
  }

  @Requires(Permission.WriteCitizens)
  @Mutation(() => FollowUpTaskModel)
  addFollowUpTask(@Context() ctx: RequestContext, @Args('input') input: AddFollowUpTaskInput) {
    return this.tasks.addTask(ctx, input);
  }

  @Requires(Permission.WriteCitizens)
  @Mutation(() => FollowUpTaskModel, { description: 'Mark a task done (idempotent).' })
  completeFollowUpTask(@Context() ctx: RequestContext, @Args('input') input: CompleteFollowUpTaskInput) {
    return this.tasks.completeTask(ctx, input);
  }

  @Requires(Permission.ManageTeamMeetings)
  @Mutation(() => TeamMeetingDetailModel, { description: 'Close the meeting: the minutes are final and the next agenda is prepared.' })
  closeTeamMeeting(@Context() ctx: RequestContext, @Args('meetingId', { type: () => ID }, ParseIdPipe) meetingId: string) {
    return this.agenda.close(ctx, meetingId);
  }

  @Requires(Permission.WriteCitizens)
  @Mutation(() => CitizenModel, { description: 'Mark a citizen as in crisis: they come first at the next team meeting (after the board).' })
  raiseCrisisFlag(@Context() ctx: RequestContext, @Args('input') input: RaiseCrisisFlagInput) {
    return this.crisis.raiseCrisis(ctx, input);
  }

  @Requires(Permission.WriteCitizens)
  @Mutation(() => CitizenModel)
  clearCrisisFlag(@Context() ctx: RequestContext, @Args('citizenId', { type: () => ID }, ParseIdPipe) citizenId: string) {
    return this.crisis.clearCrisis(ctx, citizenId);
  }
}

/** Meeting facts on the citizen overview: open tasks, latest decisions, crisis flag. */
@Resolver(() => CitizenModel)
export class CitizenMeetingsResolver {
  @Requires(Permission.ReadCitizens)
  @ResolveField(() => [FollowUpTaskModel], { description: 'Open follow-up tasks from team meetings, by due date.' })
  followUpTasks(@Context() ctx: RequestContext, @Parent() citizen: Citizen) {
    return ctx.loaders.openTasksByCitizen.load(citizen.id);
  }

  @Requires(Permission.ReadCitizens)
  @ResolveField(() => [MeetingDecisionModel], { description: 'The latest team-meeting decisions, newest first.' })
  meetingDecisions(@Context() ctx: RequestContext, @Parent() citizen: Citizen) {
    return ctx.loaders.decisionsByCitizen.load(citizen.id);
  }

  @Requires(Permission.ReadCitizens)
  @ResolveField(() => CrisisFlagModel, { nullable: true })
  crisisFlag(@Context() ctx: RequestContext, @Parent() citizen: Citizen) {
    return ctx.loaders.crisisFlagByCitizen.load(citizen.id);
  }
}
