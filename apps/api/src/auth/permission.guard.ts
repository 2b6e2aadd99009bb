import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { RequestContext } from '../common/request/request-context';
import { AuthErrorCode, AuthException } from './auth.exception';
import type { Permission } from './permissions';
import { roleHas } from './permissions';
import { DURING_MFA_ENROLMENT_KEY, PUBLIC_KEY, REQUIRES_KEY } from './requires.decorator';

/**
 * The one permission layer every resolver and field resolver goes through. Fails closed: a
 * resolver without @Public or @Requires is refused. A session that must first set up its second
 * factor (ADR 0018) reaches only what is marked @DuringMfaEnrolment (and the @Public fields).
 */
@Injectable()
export class PermissionGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const required = this.reflector.getAllAndOverride<Permission[] | undefined>(REQUIRES_KEY, targets);
    if (!required) throw new AuthException(AuthErrorCode.NotAnnotated);
    const ctx = GqlExecutionContext.create(context).getContext<RequestContext>();
    if (!ctx.viewer) throw new AuthException(AuthErrorCode.Unauthenticated);
    if (ctx.viewer.mfaEnrolmentRequired && !this.reflector.getAllAndOverride<boolean>(DURING_MFA_ENROLMENT_KEY, targets)) {
      throw new AuthException(AuthErrorCode.MfaEnrolmentRequired);
    }
    const role = ctx.viewer.role;
    if (!required.every((permission) => roleHas(role, permission))) throw new AuthException(AuthErrorCode.Forbidden);
    return true;
  }
}
