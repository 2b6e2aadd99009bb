import type { Citizen } from '@act/db';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '../auth/permissions';
import { Requires } from '../auth/requires.decorator';
import { CitizenModel } from '../citizens/citizen.model';
import type { RequestContext } from '../common/request/request-context';
import { ParseIdPipe } from '../common/validation/parse-id.pipe';
import {
  AddNetworkAgendaPointInput,
  AddNetworkParticipantInput,
  CreateNetworkMeetingInput,
  SaveNetworkPreparationInput,
  SaveNetworkSummaryInput,
} from './dto/network-meetings.inputs';
import { NetworkMeetingListItemModel, NetworkMeetingModel } from './network-meetings.model';
import { NetworkMeetingsService } from './network-meetings.service';

@Resolver(() => NetworkMeetingModel)
export class NetworkMeetingsResolver {
  constructor(private readonly meetings: NetworkMeetingsService) {}

  @Requires(Permission.ReadCitizens)
  @Query(() => NetworkMeetingModel)
  networkMeeting(@Context() ctx: RequestContext, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.meetings.get(ctx, id);
  }

  @Requires(Permission.WriteCitizens)
  @Mutation(() => NetworkMeetingModel)
  createNetworkMeeting(@Context() ctx: RequestContext, @Args('input') input: CreateNetworkMeetingInput) {
    return this.meetings.create(ctx, input);
  }

  @Requires(Permission.WriteCitizens)
  @Mutation(() => NetworkMeetingModel)
  addNetworkMeetingParticipant(@Context() ctx: RequestContext, @Args('input') input: AddNetworkParticipantInput) {
    return this.meetings.addParticipant(ctx, input);
  }

  @Requires(Permission.WriteCitizens)
  @Mutation(() => NetworkMeetingModel)
  removeNetworkMeetingParticipant(
    @Context() ctx: RequestContext,
    @Args('participantId', { type: () => ID }, ParseIdPipe) participantId: string,
  ) {
    return this.meetings.removeParticipant(ctx, participantId);
  }

  @Requires(Permission.WriteCitizens)
  @Mutation(() => NetworkMeetingModel)
  addNetworkMeetingAgendaPoint(@Context() ctx: RequestContext, @Args('input') input: AddNetworkAgendaPointInput) {
    return this.meetings.addAgendaPoint(ctx, input);
  }

  @Requires(Permission.WriteCitizens)
  @Mutation(() => NetworkMeetingModel)
  saveNetworkMeetingPreparation(@Context() ctx: RequestContext, @Args('input') input: SaveNetworkPreparationInput) {
    return this.meetings.savePreparation(ctx, input);
  }

  @Requires(Permission.WriteCitizens)
  @Mutation(() => NetworkMeetingModel)
  saveNetworkMeetingSummary(@Context() ctx: RequestContext, @Args('input') input: SaveNetworkSummaryInput) {
    return this.meetings.saveSummary(ctx, input);
  }
}

@Resolver(() => CitizenModel)
export class CitizenNetworkMeetingsResolver {
  @Requires(Permission.ReadCitizens)
  @ResolveField(() => [NetworkMeetingListItemModel], { description: 'Meetings with the citizen and their network, newest first.' })
  networkMeetings(@Context() ctx: RequestContext, @Parent() citizen: Citizen) {
    return ctx.loaders.networkMeetingsByCitizen.load(citizen.id);
  }
}
