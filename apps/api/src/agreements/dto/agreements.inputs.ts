import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsInt, IsOptional, IsString, IsUrl, MaxLength, Min } from 'class-validator';
import { IsCleanText, IsId, IsIsoDate, IsPlainText } from '../../common/validation/validators';
import { AgreementCoverageEnum, AgreementStatusEnum, PartnerKindEnum } from '../agreements.model';

const IsAgreementDate = () => IsIsoDate({ years: [1990, 2199] });

/** The agreement's content: the same for a new agreement and for saving changes. */
@InputType({ isAbstract: true })
export class AgreementFieldsInput {
  @Field(() => PartnerKindEnum)
  @IsIn(Object.values(PartnerKindEnum), { message: 'Vælg, hvilken slags samarbejdspartner aftalen er med.' })
  partnerKind!: string;

  @Field()
  @IsString()
  @IsCleanText({ message: 'Skriv samarbejdspartnerens navn.' })
  @MaxLength(200, { message: 'Navnet må højst være 200 tegn.' })
  partnerName!: string;

  @Field({ description: 'Who signs on each side (organisations and functions, never a citizen).' })
  @IsString()
  @IsCleanText({ message: 'Skriv, hvem aftalen er indgået mellem.' })
  @MaxLength(1000, { message: 'Parterne må højst fylde 1000 tegn.' })
  parties!: string;

  @Field(() => [AgreementCoverageEnum], { defaultValue: [] })
  @IsArray({ message: 'Vælg, hvad aftalen dækker.' })
  @ArrayMaxSize(4, { message: 'Vælg højst de fire emner, en aftale kan dække.' })
  @ArrayUnique({ message: 'Det samme emne er valgt to gange. Vælg hvert emne én gang.' })
  @IsIn(Object.values(AgreementCoverageEnum), { each: true, message: 'Vælg, hvad aftalen dækker, fra listen.' })
  covers: string[] = [];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsPlainText()
  @MaxLength(4000, { message: 'Beskrivelsen må højst være 4000 tegn.' })
  description?: string | null;

  @Field(() => AgreementStatusEnum, { defaultValue: AgreementStatusEnum.DRAFT })
  @IsIn(Object.values(AgreementStatusEnum), { message: 'Vælg aftalens status.' })
  status: string = AgreementStatusEnum.DRAFT;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; needed from SIGNED on, not in the future.' })
  @IsOptional()
  @IsAgreementDate()
  signedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; not before signedOn.' })
  @IsOptional()
  @IsAgreementDate()
  reviewOn?: string | null;

  @Field(() => String, { nullable: true, description: 'http(s) link to the document.' })
  @IsOptional()
  @IsUrl(
    { protocols: ['https', 'http'], require_protocol: true },
    { message: 'Linket til dokumentet skal begynde med https:// eller http://, fx https://intranet.kommune.dk/aftale.pdf.' },
  )
  @MaxLength(1000, { message: 'Linket må højst være 1000 tegn.' })
  documentUrl?: string | null;
}

@InputType()
export class CreateAgreementInput extends AgreementFieldsInput {}

@InputType()
export class UpdateAgreementInput extends AgreementFieldsInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt samarbejdsaftale.' })
  id!: string;

  @Field(() => Int, { description: 'The version the edit started from.' })
  @IsInt({ message: 'Ukendt udgave af aftalen. Hent aftalen igen.' })
  @Min(1, { message: 'Ukendt udgave af aftalen. Hent aftalen igen.' })
  expectedVersion!: number;
}

@ArgsType()
export class AgreementsFilterArgs {
  @Field(() => AgreementStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(AgreementStatusEnum), { message: 'Vælg en status fra listen.' })
  status?: string | null;

  @Field(() => PartnerKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(PartnerKindEnum), { message: 'Vælg en slags samarbejdspartner fra listen.' })
  partnerKind?: string | null;
}
