import type { Citizen } from '@act/db';
import { maskCpr } from '@act/domain';
import { ParseIdPipe } from '../common/validation/parse-id.pipe';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '../auth/permissions';
import { Requires } from '../auth/requires.decorator';
import type { RequestContext } from '../common/request/request-context';
import { TeamModel } from '../teams/team.model';
import { AddressModel, CitizenModel } from './citizen.model';
import { CitizensService } from './citizens.service';
import { CreateCitizenInput, UpdateCitizenInput } from './dto/citizen.inputs';

@Resolver(() => CitizenModel)
export class CitizensResolver {
  constructor(private readonly citizens: CitizensService) {}

  @Requires(Permission.ReadCitizens)
  @Query(() => CitizenModel)
  citizen(@Context() ctx: RequestContext, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.citizens.get(ctx, id);
  }

  @Requires(Permission.RevealCpr)
  @Query(() => String, { description: 'The full CPR number, asked for on purpose. The read is logged.' })
  citizenCpr(@Context() ctx: RequestContext, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.citizens.revealCpr(ctx, id);
  }

  @Requires(Permission.WriteCitizens)
  @Mutation(() => CitizenModel)
  createCitizen(@Context() ctx: RequestContext, @Args('input') input: CreateCitizenInput) {
    return this.citizens.create(ctx, input);
  }

  @Requires(Permission.WriteCitizens)
  @Mutation(() => CitizenModel)
  updateCitizen(@Context() ctx: RequestContext, @Args('input') input: UpdateCitizenInput) {
    return this.citizens.update(ctx, input);
  }

  @Requires(Permission.ReadCitizens)
  @ResolveField(() => String, { description: 'Birth date part only, e.g. 010190-****.' })
  cprMasked(@Parent() citizen: Citizen): string {
    return maskCpr(citizen.cpr);
  }

  @Requires(Permission.ReadCitizens)
  @ResolveField(() => AddressModel, { nullable: true })
  address(@Parent() citizen: Citizen): AddressModel | null {
    if (!citizen.street || !citizen.postalCode || !citizen.city) return null;
    return { street: citizen.street, postalCode: citizen.postalCode, city: citizen.city, accessNote: citizen.accessNote };
  }

  @Requires(Permission.ReadCitizens)
  @ResolveField(() => TeamModel)
  team(@Context() ctx: RequestContext, @Parent() citizen: Citizen) {
    return ctx.loaders.teamById.load(citizen.teamId);
  }
}
