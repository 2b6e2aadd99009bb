import type { AppUser } from '@act/db';
import type { UserModel } from './user.model';

export const toUserModel = (u: AppUser): UserModel => ({
  id: u.id,
  name: u.name,
  email: u.email,
  role: u.role,
  disabled: u.disabledAt !== null,
});
