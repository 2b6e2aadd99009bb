import type { Citizen } from '@act/db';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '../auth/permissions';
import { Requires } from '../auth/requires.decorator';
import { CitizenModel } from '../citizens/citizen.model';
import type { RequestContext } from '../common/request/request-context';
import { ParseIdPipe } from '../common/validation/parse-id.pipe';
import { AddTeamBoardContactInput, AddTeamBoardNoteInput, PutOnTeamBoardInput, TakeOffTeamBoardInput } from './dto/team-board.inputs';
import { TeamBoardEntryModel } from './team-board.model';
import { TeamBoardService } from './team-board.service';

@Resolver(() => TeamBoardEntryModel)
export class TeamBoardResolver {
  constructor(private readonly board: TeamBoardService) {}

  @Requires(Permission.ReadCitizens)
  @Query(() => [TeamBoardEntryModel], { description: 'The citizens on the team board now, longest on first. Logged per citizen.' })
  teamBoard(@Context() ctx: RequestContext, @Args('teamId', { type: () => ID }, ParseIdPipe) teamId: string) {
    return this.board.board(ctx, teamId);
  }

  @Requires(Permission.WriteCitizens)
  @Mutation(() => TeamBoardEntryModel)
  putCitizenOnTeamBoard(@Context() ctx: RequestContext, @Args('input') input: PutOnTeamBoardInput) {
    return this.board.putOn(ctx, input);
  }

  @Requires(Permission.WriteCitizens)
  @Mutation(() => TeamBoardEntryModel)
  addTeamBoardContact(@Context() ctx: RequestContext, @Args('input') input: AddTeamBoardContactInput) {
    return this.board.addContact(ctx, input);
  }

  @Requires(Permission.WriteCitizens)
  @Mutation(() => TeamBoardEntryModel)
  addTeamBoardNote(@Context() ctx: RequestContext, @Args('input') input: AddTeamBoardNoteInput) {
    return this.board.addNote(ctx, input);
  }

  @Requires(Permission.WriteCitizens)
  @Mutation(() => TeamBoardEntryModel, { description: 'Take the citizen off the board; the reason is kept.' })
  takeCitizenOffTeamBoard(@Context() ctx: RequestContext, @Args('input') input: TakeOffTeamBoardInput) {
    return this.board.takeOff(ctx, input);
  }
}

@Resolver(() => CitizenModel)
export class CitizenTeamBoardResolver {
  @Requires(Permission.ReadCitizens)
  @ResolveField(() => TeamBoardEntryModel, { nullable: true, description: 'The citizen\'s place on the team board now.' })
  teamBoardEntry(@Context() ctx: RequestContext, @Parent() citizen: Citizen) {
    return ctx.loaders.boardEntryByCitizen.load(citizen.id);
  }
}
