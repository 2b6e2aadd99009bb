import { SetMetadata } from '@nestjs/common';
import type { Permission } from './permissions';

export const REQUIRES_KEY = 'act:requires';
export const PUBLIC_KEY = 'act:public';

/** A logged-in viewer holding every listed permission (none listed: any logged-in viewer). */
export const Requires = (...permissions: Permission[]) => SetMetadata(REQUIRES_KEY, permissions);

/** Open to anyone, logged in or not (login, me). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
