import { Args, Context, Field, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { toViewerModel } from '../auth/auth.resolver';
import { Permission } from '../auth/permissions';
import { DuringMfaEnrolment, Public, Requires } from '../auth/requires.decorator';
import { LoginPayload, ViewerModel } from '../auth/viewer.model';
import type { RequestContext } from '../common/request/request-context';
import {
  ConfirmMfaEnrolmentInput,
  DisableMfaInput,
  MfaEnrolmentModel,
  MfaStatusModel,
  RegenerateRecoveryCodesInput,
  ResetUserMfaInput,
  VerifyLoginCodeInput,
} from './mfa.model';
import { MfaService } from './mfa.service';

@ObjectType('MfaEnrolmentResult')
class MfaEnrolmentResult {
  @Field(() => [String], { description: 'Ten single-use recovery codes, shown this once (only hashes are kept).' })
  recoveryCodes!: string[];

  @Field(() => ViewerModel, {
    nullable: true,
    description: 'Set when the session could only enrol: it was replaced by a full session (new cookie).',
  })
  viewer!: ViewerModel | null;
}

@Resolver()
export class MfaResolver {
  constructor(private readonly mfa: MfaService) {}

  @Requires()
  @DuringMfaEnrolment()
  @Query(() => MfaStatusModel, { description: "The viewer's own second factor and whether the tenant requires it." })
  mfaStatus(@Context() ctx: RequestContext): Promise<MfaStatusModel> {
    return this.mfa.status(ctx);
  }

  @Public()
  @Mutation(() => LoginPayload, { description: 'The second step of a login: a code from the app or a recovery code.' })
  async verifyLoginCode(@Context() ctx: RequestContext, @Args('input') input: VerifyLoginCodeInput): Promise<LoginPayload> {
    const viewer = await this.mfa.verifyLoginCode(ctx, input.challenge, input.code);
    return { viewer: toViewerModel(viewer), mfa: null };
  }

  @Requires()
  @DuringMfaEnrolment()
  @Mutation(() => MfaEnrolmentModel, { description: 'A new authenticator secret to scan (replaces an unconfirmed one).' })
  startMfaEnrolment(@Context() ctx: RequestContext): Promise<MfaEnrolmentModel> {
    return this.mfa.startEnrolment(ctx);
  }

  @Requires()
  @DuringMfaEnrolment()
  @Mutation(() => MfaEnrolmentResult, { description: 'Confirms the new secret with a code; returns the recovery codes.' })
  async confirmMfaEnrolment(@Context() ctx: RequestContext, @Args('input') input: ConfirmMfaEnrolmentInput): Promise<MfaEnrolmentResult> {
    const { recoveryCodes, viewer } = await this.mfa.confirmEnrolment(ctx, input.code);
    return { recoveryCodes, viewer: viewer ? toViewerModel(viewer) : null };
  }

  @Requires()
  @Mutation(() => [String], { description: 'Ten new recovery codes (the old ones stop working).' })
  regenerateMfaRecoveryCodes(@Context() ctx: RequestContext, @Args('input') input: RegenerateRecoveryCodesInput): Promise<string[]> {
    return this.mfa.regenerateRecoveryCodes(ctx, input.code);
  }

  @Requires()
  @Mutation(() => MfaStatusModel, { description: "Turns the viewer's own second factor off (when the tenant's policy allows)." })
  disableMfa(@Context() ctx: RequestContext, @Args('input') input: DisableMfaInput): Promise<MfaStatusModel> {
    return this.mfa.disable(ctx, input.code);
  }

  @Requires(Permission.ManageUsers)
  @Mutation(() => MfaStatusModel, {
    description: "Removes a user's authenticator and recovery codes (a lost phone) and ends their sessions (admin, logged).",
  })
  resetUserMfa(@Context() ctx: RequestContext, @Args('input') input: ResetUserMfaInput): Promise<MfaStatusModel> {
    return this.mfa.resetUser(ctx, input.userId);
  }
}
