import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';

@ObjectType('SsoLoginOption', { description: 'A municipality whose staff can log in with its own IdP.' })
export class SsoLoginOptionModel {
  @Field(() => ID)
  tenantId!: string;

  @Field()
  tenantName!: string;
}

@ObjectType('SsoSettings', { description: "The municipality's single sign-on (OpenID Connect) settings (admin)." })
export class SsoSettingsModel {
  @Field()
  enabled!: boolean;

  @Field({ description: 'The IdP’s issuer URL, exactly as in its discovery document.' })
  issuer!: string;

  @Field()
  clientId!: string;

  @Field(() => String, { nullable: true, description: 'The environment variable holding the client secret; null for a public client.' })
  clientSecretEnv!: string | null;

  @Field({ description: 'Whether the named secret is set on the server (its value is never shown).' })
  clientSecretAvailable!: boolean;

  @Field({ description: 'Password login refused for all but the break-glass admin.' })
  ssoRequired!: boolean;

  @Field(() => ID, { nullable: true })
  breakGlassUserId!: string | null;

  @Field({ description: 'The redirect URI to register at the IdP.' })
  redirectUri!: string;

  @Field({ description: 'The post-logout redirect URI to register at the IdP.' })
  postLogoutRedirectUri!: string;

  @Field({ description: 'Users already linked to an IdP subject.' })
  linkedUsers!: number;
}

const ISSUER_MESSAGE = 'Skriv udbyderens adresse (issuer), fx https://login.kommune.dk/realms/ansatte.';

@InputType()
export class SaveSsoSettingsInput {
  @Field()
  @IsBoolean()
  enabled!: boolean;

  @Field()
  @IsString({ message: ISSUER_MESSAGE })
  @Length(8, 500, { message: ISSUER_MESSAGE })
  @Matches(/^https?:\/\/[^\s]+$/, { message: ISSUER_MESSAGE })
  issuer!: string;

  @Field()
  @IsString({ message: 'Skriv klient-id’et fra udbyderen.' })
  @Length(1, 200, { message: 'Skriv klient-id’et fra udbyderen (højst 200 tegn).' })
  clientId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^SSO_CLIENT_SECRET_[A-Z0-9_]{1,60}$/, {
    message: 'Navnet skal begynde med SSO_CLIENT_SECRET_ og kun have store bogstaver, tal og _.',
  })
  clientSecretEnv!: string | null;

  @Field()
  @IsBoolean()
  ssoRequired!: boolean;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Vælg en administrator som nødadgang.' })
  breakGlassUserId!: string | null;
}
