import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { RequestContext, Viewer } from '../common/request/request-context';
import { AuthService } from './auth.service';
import { LoginInput } from './dto/login.input';
import { Public } from './requires.decorator';
import { LoginPayload, ViewerModel } from './viewer.model';

export function toViewerModel(viewer: Viewer): ViewerModel {
  return {
    id: viewer.userId,
    name: viewer.name,
    email: viewer.email,
    role: viewer.role,
    tenantName: viewer.tenantName,
    teams: viewer.memberships.map((m) => ({ id: m.teamId, name: m.teamName, isTeamLeader: m.isTeamLeader })),
    mfaEnrolmentRequired: viewer.mfaEnrolmentRequired,
  };
}

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Query(() => ViewerModel, { nullable: true, description: 'The logged-in user, or null.' })
  me(@Context() ctx: RequestContext): ViewerModel | null {
    return ctx.viewer ? toViewerModel(ctx.viewer) : null;
  }

  @Public()
  @Mutation(() => LoginPayload)
  async login(@Context() ctx: RequestContext, @Args('input') input: LoginInput): Promise<LoginPayload> {
    const result = await this.auth.login(ctx, input.email, input.password);
    return 'mfa' in result ? { viewer: null, mfa: result.mfa } : { viewer: toViewerModel(result), mfa: null };
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the session on the server and clears the cookie.' })
  async logout(@Context() ctx: RequestContext): Promise<boolean> {
    await this.auth.logout(ctx);
    return true;
  }
}
