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

  @Field({
    description:
      'At least 12 characters and hard to guess (zxcvbn score ≥ 3, checked against common passwords, Danish and English words, names, places and the user\'s own name and e-mail). A refusal is BAD_USER_INPUT with the reasons in extensions.passwordReasons.',
  })
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
