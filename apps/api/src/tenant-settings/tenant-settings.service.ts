import type { MfaPolicy } from '@act/db';
import { Injectable } from '@nestjs/common';
import { requireViewer } from '../auth/access-policy';
import { AUDIT_OPERATIONS } from '../access-log/audit-entry';
import { audit } from '../access-log/audit.buffer';
import type { RequestContext } from '../common/request/request-context';
import { mfaStatusOf, policyRequires } from '../mfa/mfa-challenge';
import { MfaErrorCode, MfaException } from '../mfa/mfa.exception';
import type { SetMfaPolicyInput } from '../mfa/mfa.model';
import type { SetAccessLogRetentionInput, SetMinGroupSizeInput, TenantSettingsModel } from './tenant-settings.model';

interface SettingsRow {
  min_group_size: number;
  access_log_retention_months: number;
  mfa_policy: MfaPolicy;
}
const COLUMNS = 'min_group_size, access_log_retention_months, mfa_policy';
const toModel = (row: SettingsRow): TenantSettingsModel => ({
  minGroupSize: row.min_group_size,
  accessLogRetentionMonths: row.access_log_retention_months,
  mfaPolicy: row.mfa_policy,
});

/** The tenant's own settings; RLS already limits the row to the viewer's tenant, the id says which. */
@Injectable()
export class TenantSettingsService {
  async get(ctx: RequestContext): Promise<TenantSettingsModel> {
    const viewer = requireViewer(ctx.viewer);
    const rows: SettingsRow[] = await ctx.db.query(`SELECT ${COLUMNS} FROM tenant WHERE id = $1`, [viewer.tenantId]);
    return toModel(rows[0]);
  }

  async setMinGroupSize(ctx: RequestContext, input: SetMinGroupSizeInput): Promise<TenantSettingsModel> {
    const viewer = requireViewer(ctx.viewer);
    // A SELECT over the UPDATE: TypeORM answers a bare UPDATE … RETURNING as [rows, count].
    const rows: SettingsRow[] = await ctx.db.query(
      `WITH changed AS (UPDATE tenant SET min_group_size = $2 WHERE id = $1 RETURNING ${COLUMNS}) SELECT * FROM changed`,
      [viewer.tenantId, input.minGroupSize],
    );
    return toModel(rows[0]);
  }

  /** How long the access log keeps its rows (ADR 0015). Logged: who shortened the log, and to what. */
  async setAccessLogRetention(ctx: RequestContext, input: SetAccessLogRetentionInput): Promise<TenantSettingsModel> {
    const viewer = requireViewer(ctx.viewer);
    const rows: SettingsRow[] = await ctx.db.query(
      `WITH changed AS (UPDATE tenant SET access_log_retention_months = $2 WHERE id = $1 RETURNING ${COLUMNS}) SELECT * FROM changed`,
      [viewer.tenantId, input.months],
    );
    audit(ctx, { operation: AUDIT_OPERATIONS.ACCESS_LOG_RETENTION_SET, criterion: `months:${input.months}` });
    return toModel(rows[0]);
  }

  /**
   * Who must use a second factor (ADR 0018). The admin sets up their own first when the new
   * policy covers them (admins are covered by every policy but "optional"), so the change does
   * not leave them with a session that may only enrol. Logged.
   */
  async setMfaPolicy(ctx: RequestContext, input: SetMfaPolicyInput): Promise<TenantSettingsModel> {
    const viewer = requireViewer(ctx.viewer);
    const own = await mfaStatusOf(ctx, viewer.userId);
    const leads = viewer.memberships.some((m) => m.isTeamLeader);
    if (!own.enrolled && policyRequires(input.policy, viewer.role, leads)) throw new MfaException(MfaErrorCode.EnrolYourselfFirst, 'policy');
    const rows: SettingsRow[] = await ctx.db.query(
      `WITH changed AS (UPDATE tenant SET mfa_policy = $2 WHERE id = $1 RETURNING ${COLUMNS}) SELECT * FROM changed`,
      [viewer.tenantId, input.policy],
    );
    audit(ctx, { operation: AUDIT_OPERATIONS.MFA_POLICY_SET, criterion: input.policy });
    return toModel(rows[0]);
  }
}
