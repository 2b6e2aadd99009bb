import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsString, MaxLength } from 'class-validator';
import { RoleEnum } from '../../common/graphql/enums';
import { IsCleanText, IsId, IsPlausibleEmail } from '../../common/validation/validators';

@InputType()
export class CreateUserInput {
  @Field()
  @IsCleanText({ message: 'Skriv brugerens navn.' })
  @MaxLength(200, { message: 'Navnet må højst være 200 tegn.' })
  name!: string;

  @Field()
  @IsPlausibleEmail()
  @MaxLength(320, { message: 'E-mailadressen er for lang.' })
  email!: string;

  @Field(() => RoleEnum)
  @IsIn(Object.values(RoleEnum), { message: 'Vælg en rolle.' })
  role!: string;

  @Field({ description: 'At least 12 characters; common passwords are refused.' })
  @IsString({ message: 'Skriv en adgangskode.' })
  password!: string;
}

@InputType()
export class SetUserDisabledInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt bruger.' })
  id!: string;

  @Field()
  @IsBoolean()
  disabled!: boolean;
}
