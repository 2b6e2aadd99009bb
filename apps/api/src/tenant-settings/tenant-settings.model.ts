import type { MfaPolicy } from '@act/db';
import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { MfaPolicyEnum } from '../mfa/mfa.model';
import { IsInt, Max, Min } from 'class-validator';

const SIZE_MESSAGE = 'Mindste gruppestørrelse skal være et helt tal mellem 3 og 50.';

@ObjectType('TenantSettings', { description: "The municipality's own settings." })
export class TenantSettingsModel {
  @Field(() => Int, { description: 'Groups smaller than this are hidden in the steering group’s figures (3–50, default 5).' })
  minGroupSize!: number;

  @Field(() => Int, { description: 'How many months the access log keeps a row before the nightly purge deletes it (1–120, default 6).' })
  accessLogRetentionMonths!: number;
  @Field(() => MfaPolicyEnum, { description: 'Who must log in with a code from an authenticator app (password logins; SSO leaves it to the IdP).' })
  mfaPolicy!: MfaPolicy;
}

@InputType()
export class SetMinGroupSizeInput {
  @Field(() => Int)
  @IsInt({ message: SIZE_MESSAGE })
  @Min(3, { message: SIZE_MESSAGE })
  @Max(50, { message: SIZE_MESSAGE })
  minGroupSize!: number;
}

const RETENTION_MESSAGE = 'Opbevaringstiden skal være et helt antal måneder mellem 1 og 120.';

@InputType()
export class SetAccessLogRetentionInput {
  @Field(() => Int)
  @IsInt({ message: RETENTION_MESSAGE })
  @Min(1, { message: RETENTION_MESSAGE })
  @Max(120, { message: RETENTION_MESSAGE })
  months!: number;
}
