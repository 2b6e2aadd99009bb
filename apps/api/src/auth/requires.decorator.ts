import { SetMetadata } from '@nestjs/common';
import type { Permission } from './permissions';

export const REQUIRES_KEY = 'act:requires';
export const PUBLIC_KEY = 'act:public';
export const DURING_MFA_ENROLMENT_KEY = 'act:during-mfa-enrolment';

/** A logged-in viewer holding every listed permission (none listed: any logged-in viewer). */
export const Requires = (...permissions: Permission[]) => SetMetadata(REQUIRES_KEY, permissions);

/** Open to anyone, logged in or not (login, me). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/**
 * Open also to a session that may only set up its second factor (the tenant's MFA policy requires
 * one, none is set up yet; ADR 0018): the enrolment itself and the viewer's own MFA status.
 */
export const DuringMfaEnrolment = () => SetMetadata(DURING_MFA_ENROLMENT_KEY, true);
