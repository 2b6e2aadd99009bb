import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';

@InputType()
export class LoginInput {
  @Field()
  @IsString()
  @MinLength(3, { message: 'Skriv din e-mailadresse.' })
  @MaxLength(320, { message: 'E-mailadressen er for lang.' })
  email!: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'Skriv din adgangskode.' })
  @MaxLength(256, { message: 'Adgangskoden er for lang.' })
  password!: string;
}
