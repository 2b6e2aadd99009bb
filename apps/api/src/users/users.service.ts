import { AppUser, Role, SessionEndReason, hashPassword } from '@act/db';
import { normaliseEmail } from '@act/domain';
import { Injectable } from '@nestjs/common';
import { AUDIT_OPERATIONS } from '../access-log/audit-entry';
import { audit } from '../access-log/audit.buffer';
import { requireViewer } from '../auth/access-policy';
import { SessionService } from '../auth/session.service';
import { type Connection, type PageArgs, paginate } from '../common/graphql/connection';
import { isUniqueViolation } from '../common/errors/pg-errors';
import type { RequestContext } from '../common/request/request-context';
import type { CreateUserInput, SetUserDisabledInput } from './dto/user.inputs';
import { assertPasswordAllowed } from './password-check';
import { UserErrorCode, UserException } from './user.exception';

@Injectable()
export class UsersService {
  constructor(private readonly sessions: SessionService) {}

  list(ctx: RequestContext, page: PageArgs): Promise<Connection<AppUser>> {
    const qb = ctx.db.getRepository(AppUser).createQueryBuilder('u');
    return paginate(qb, page, [
      { column: 'u.name', value: (u) => u.name },
      { column: 'u.id', value: (u) => u.id, kind: 'uuid' },
    ]);
  }

  async create(ctx: RequestContext, input: CreateUserInput): Promise<AppUser> {
    const viewer = requireViewer(ctx.viewer);
    await assertPasswordAllowed(ctx, input.password, { name: input.name, email: input.email });
    const user = ctx.db.create(AppUser, {
      tenantId: viewer.tenantId,
      name: input.name.trim(),
      email: normaliseEmail(input.email),
      role: input.role as Role,
      passwordHash: await hashPassword(input.password),
      disabledAt: null,
      failedLoginCount: 0,
      lockedUntil: null,
    });
    try {
      return await ctx.db.save(user);
    } catch (error) {
      if (isUniqueViolation(error, 'uq_app_user_email')) {
        throw new UserException(UserErrorCode.EmailTaken, 'E-mailadressen er allerede i brug. Brug en anden.', 'email');
      }
      throw error;
    }
  }

  /** Disabling a user also ends all of their sessions at once, in the same transaction. */
  async setDisabled(ctx: RequestContext, input: SetUserDisabledInput): Promise<AppUser> {
    const viewer = requireViewer(ctx.viewer);
    if (input.disabled && input.id === viewer.userId) {
      throw new UserException(UserErrorCode.CannotDisableSelf, 'Du kan ikke spærre din egen bruger.', 'id');
    }
    const user = await ctx.db.findOne(AppUser, { where: { id: input.id } });
    if (!user) throw new UserException(UserErrorCode.NotFound, 'Brugeren findes ikke.', 'id');
    user.disabledAt = input.disabled ? (user.disabledAt ?? new Date()) : null;
    await ctx.db.save(user);
    if (input.disabled) {
      const ended = await this.sessions.endSessions(ctx, { userId: user.id }, SessionEndReason.UserDisabled, viewer.userId);
      audit(ctx, { operation: AUDIT_OPERATIONS.USER_SESSIONS_END, criterion: `user:${user.id} ended:${ended.length} disabled` });
    }
    return user;
  }
}
