import { MfaPolicy } from '@act/db';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';

export const MfaPolicyEnum = {
  OPTIONAL: MfaPolicy.Optional,
  ADMINS_AND_TEAM_LEADERS: MfaPolicy.AdminsAndTeamLeaders,
  EVERYONE: MfaPolicy.Everyone,
} as const;
registerEnumType(MfaPolicyEnum, { name: 'MfaPolicy', description: 'Who must log in with a code from an authenticator app.' });

const CHALLENGE_MESSAGE = 'Dit login er udløbet. Skriv din e-mail og adgangskode igen.';
const CODE_MESSAGE = 'Skriv den 6-cifrede kode fra din app eller en gendannelseskode.';

@ObjectType('MfaChallenge', { description: 'The password was right; the second step remains (no session yet).' })
export class MfaChallengeModel {
  @Field({ description: 'Send it with the code (verifyLoginCode); valid for a few minutes, once.' })
  token!: string;
}

@InputType()
export class VerifyLoginCodeInput {
  @Field()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{43}$/, { message: CHALLENGE_MESSAGE })
  challenge!: string;

  @Field({ description: 'The 6-digit code from the app, or one of the recovery codes.' })
  @IsString()
  @MinLength(6, { message: CODE_MESSAGE })
  @MaxLength(40, { message: CODE_MESSAGE })
  code!: string;
}

@InputType()
export class ConfirmMfaEnrolmentInput {
  @Field({ description: 'The 6-digit code the app shows after scanning.' })
  @IsString()
  @Matches(/^\s*\d{3}\s?\d{3}\s*$/, { message: 'Skriv den 6-cifrede kode, som din app viser.' })
  code!: string;
}

@InputType()
export class RegenerateRecoveryCodesInput {
  @Field({ description: 'A current 6-digit code from the app (proves the phone is at hand).' })
  @IsString()
  @Matches(/^\s*\d{3}\s?\d{3}\s*$/, { message: 'Skriv den 6-cifrede kode, som din app viser.' })
  code!: string;
}

@InputType()
export class DisableMfaInput {
  @Field({ description: 'A current 6-digit code from the app, or one of the recovery codes.' })
  @IsString()
  @MinLength(6, { message: CODE_MESSAGE })
  @MaxLength(40, { message: CODE_MESSAGE })
  code!: string;
}

@InputType()
export class ResetUserMfaInput {
  @Field(() => ID, { description: 'The user whose authenticator and recovery codes are removed (a lost phone).' })
  @IsUUID('all', { message: 'Vælg en bruger fra listen.' })
  userId!: string;
}

@ObjectType('MfaEnrolment', { description: 'A new authenticator secret to scan; confirmed with a code.' })
export class MfaEnrolmentModel {
  @Field({ description: 'For typing into the app by hand (Base32).' })
  secret!: string;

  @Field({ description: 'The otpauth:// URI the QR code holds.' })
  otpauthUri!: string;

  @Field({ description: 'The QR code as an SVG data URL.' })
  qrCode!: string;
}

@ObjectType('MfaStatus', { description: "A user's second factor (the viewer's own, or the one an admin reset)." })
export class MfaStatusModel {
  @Field()
  enrolled!: boolean;

  @Field({ description: "The tenant's policy requires it of the user." })
  required!: boolean;

  @Field(() => Int, { description: 'Recovery codes not yet used.' })
  recoveryCodesLeft!: number;
}

@InputType()
export class SetMfaPolicyInput {
  @Field(() => MfaPolicyEnum)
  @IsEnum(MfaPolicyEnum, { message: 'Vælg, hvem der skal bruge to-trinsbekræftelse.' })
  policy!: MfaPolicy;
}
