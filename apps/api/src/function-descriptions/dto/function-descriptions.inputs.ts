import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, MaxLength, Min } from 'class-validator';
import { DisciplineEnum } from '../../common/graphql/enums';
import { IsCleanText, IsId } from '../../common/validation/validators';

@InputType()
export class CreateFunctionRoleInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt team.' })
  teamId!: string;

  @Field()
  @IsCleanText({ message: 'Skriv rollens navn, fx Sygeplejerske.' })
  @MaxLength(200, { message: 'Navnet må højst være 200 tegn.' })
  title!: string;

  @Field(() => DisciplineEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(DisciplineEnum))
  discipline?: string | null;
}

const text = (what: string) => ({ message: `Skriv ${what}.` });

@InputType()
export class SaveFunctionDescriptionInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt rolle.' })
  roleId!: string;

  @Field(() => Int, { description: 'The version this edit starts from (0 for the first). A newer version in between is a conflict.' })
  @IsInt({ message: 'Ukendt version.' })
  @Min(0, { message: 'Ukendt version.' })
  basedOnVersion!: number;

  @Field()
  @IsCleanText(text('rollens formål'))
  @MaxLength(4000, { message: 'Højst 4000 tegn.' })
  purpose!: string;

  @Field()
  @IsCleanText(text('opgaverne i opsporing og kontaktetablering'))
  @MaxLength(4000, { message: 'Højst 4000 tegn.' })
  tasksOutreach!: string;

  @Field()
  @IsCleanText(text('opgaverne i planlægningen'))
  @MaxLength(4000, { message: 'Højst 4000 tegn.' })
  tasksPlan!: string;

  @Field()
  @IsCleanText(text('opgaverne i støtte og behandling'))
  @MaxLength(4000, { message: 'Højst 4000 tegn.' })
  tasksSupport!: string;

  @Field()
  @IsCleanText(text('opgaverne i overgang og afslutning'))
  @MaxLength(4000, { message: 'Højst 4000 tegn.' })
  tasksTransition!: string;

  @Field()
  @IsCleanText(text('de faglige kompetencer'))
  @MaxLength(4000, { message: 'Højst 4000 tegn.' })
  professionalCompetences!: string;

  @Field()
  @IsCleanText(text('de personlige kompetencer'))
  @MaxLength(4000, { message: 'Højst 4000 tegn.' })
  personalCompetences!: string;
}

@InputType()
export class LinkMemberFunctionInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt teammedlem.' })
  memberId!: string;

  @Field(() => ID, { nullable: true, description: 'null removes the link.' })
  @IsOptional()
  @IsId({ message: 'Ukendt rolle.' })
  roleId?: string | null;
}
