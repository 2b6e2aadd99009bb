import { AgreementCoverage, AgreementStatus, PartnerKind } from '@act/db';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const PartnerKindEnum = {
  DROP_IN_CENTRE: PartnerKind.DropInCentre,
  REGIONAL_PSYCHIATRY: PartnerKind.RegionalPsychiatry,
  SOMATIC_HOSPITAL: PartnerKind.SomaticHospital,
  OUTREACH_SERVICE: PartnerKind.OutreachService,
  JOBCENTER: PartnerKind.Jobcenter,
  OTHER: PartnerKind.Other,
} as const;

export const AgreementCoverageEnum = {
  VISITS_ON_SITE: AgreementCoverage.VisitsOnSite,
  REFERRAL_RIGHTS: AgreementCoverage.ReferralRights,
  DISCHARGE_PROCEDURES: AgreementCoverage.DischargeProcedures,
  INFORMATION_SHARING: AgreementCoverage.InformationSharing,
} as const;

export const AgreementStatusEnum = {
  DRAFT: AgreementStatus.Draft,
  SIGNED: AgreementStatus.Signed,
  ENDED: AgreementStatus.Ended,
} as const;

export const AgreementReviewStateEnum = { NONE: 'none', PLANNED: 'planned', DUE_SOON: 'due-soon', OVERDUE: 'overdue' } as const;

registerEnumType(PartnerKindEnum, { name: 'PartnerKind', description: 'The kind of partner an agreement is made with.' });
registerEnumType(AgreementCoverageEnum, {
  name: 'AgreementCoverage',
  description: 'What an agreement covers: visits on site, referral rights, discharge procedures, information sharing with consent.',
});
registerEnumType(AgreementStatusEnum, { name: 'AgreementStatus', description: 'DRAFT → SIGNED (with the signing date) → ENDED.' });
registerEnumType(AgreementReviewStateEnum, {
  name: 'AgreementReviewState',
  description: 'For a signed agreement with a review date: DUE_SOON within 30 days (today included), OVERDUE once past; otherwise PLANNED or NONE.',
});

@ObjectType('CooperationAgreement', { description: 'A cooperation agreement (samarbejdsaftale) with a partner. No personal data.' })
export class AgreementModel {
  @Field(() => ID)
  id!: string;

  @Field(() => PartnerKindEnum)
  partnerKind!: string;

  @Field({ description: 'The partner, e.g. "Regionspsykiatrien Vest, dobbeltdiagnoseafsnittet".' })
  partnerName!: string;

  @Field({ description: 'Who signs on each side (organisations and functions).' })
  parties!: string;

  @Field(() => [AgreementCoverageEnum])
  covers!: string[];

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => AgreementStatusEnum)
  status!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  signedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, when the agreement is to be reviewed.' })
  reviewOn!: string | null;

  @Field(() => String, { nullable: true, description: 'A link to the signed document.' })
  documentUrl!: string | null;

  @Field(() => Int, { description: 'Send it back with an update; a newer version in between is a conflict.' })
  version!: number;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
}
