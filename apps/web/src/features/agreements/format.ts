export const PARTNER_KINDS = ['DROP_IN_CENTRE', 'REGIONAL_PSYCHIATRY', 'SOMATIC_HOSPITAL', 'OUTREACH_SERVICE', 'JOBCENTER', 'OTHER'] as const;
export const COVERAGES = ['VISITS_ON_SITE', 'REFERRAL_RIGHTS', 'DISCHARGE_PROCEDURES', 'INFORMATION_SHARING'] as const;
export const STATUSES = ['DRAFT', 'SIGNED', 'ENDED'] as const;

/** Who writes the register; everyone else reads it (the API decides, this only hides buttons). */
export const canManageAgreements = (role: string) => role === 'STEERING_GROUP' || role === 'ADMIN';
