import { Args, Context, Field, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { toViewerModel } from '../auth/auth.resolver';
import { Public, Requires } from '../auth/requires.decorator';
import { LoginPayload, ViewerModel } from '../auth/viewer.model';
import type { RequestContext } from '../common/request/request-context';
import {
  ConfirmMfaEnrolmentInput,
  MfaEnrolmentModel,
  MfaStatusModel,
  RegenerateRecoveryCodesInput,
  StartMfaEnrolmentInput,
  VerifyLoginCodeInput,
} from './mfa.model';
import { MfaService } from './mfa.service';

@ObjectType('MfaEnrolmentResult')
class MfaEnrolmentResult {
  @Field(() => [String], { description: 'Ten single-use recovery codes, shown this once (only hashes are kept).' })
  recoveryCodes!: string[];

  @Field(() => ViewerModel, { nullable: true, description: 'Set when the enrolment completed a login (a session started).' })
  viewer!: ViewerModel | null;
}

@Resolver()
export class MfaResolver {
  constructor(private readonly mfa: MfaService) {}

  @Requires()
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

  /** Public: the policy's enrolment happens before a session exists; the service requires a session or an enrolment challenge. */
  @Public()
  @Mutation(() => MfaEnrolmentModel, { description: 'A new authenticator secret to scan (logged in, or with the login challenge).' })
  startMfaEnrolment(@Context() ctx: RequestContext, @Args('input') input: StartMfaEnrolmentInput): Promise<MfaEnrolmentModel> {
    return this.mfa.startEnrolment(ctx, input.challenge);
  }

  @Public()
  @Mutation(() => MfaEnrolmentResult, { description: 'Confirms the new secret with a code; returns the recovery codes.' })
  async confirmMfaEnrolment(@Context() ctx: RequestContext, @Args('input') input: ConfirmMfaEnrolmentInput): Promise<MfaEnrolmentResult> {
    const { recoveryCodes, viewer } = await this.mfa.confirmEnrolment(ctx, input.challenge, input.code);
    return { recoveryCodes, viewer: viewer ? toViewerModel(viewer) : null };
  }

  @Requires()
  @Mutation(() => [String], { description: 'Ten new recovery codes (the old ones stop working).' })
  regenerateMfaRecoveryCodes(@Context() ctx: RequestContext, @Args('input') input: RegenerateRecoveryCodesInput): Promise<string[]> {
    return this.mfa.regenerateRecoveryCodes(ctx, input.code);
  }
}
