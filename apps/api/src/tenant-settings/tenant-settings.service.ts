import { Injectable } from '@nestjs/common';
import { requireViewer } from '../auth/access-policy';
import type { RequestContext } from '../common/request/request-context';
import type { SetMinGroupSizeInput, TenantSettingsModel } from './tenant-settings.model';

/** The tenant's own settings; RLS already limits the row to the viewer's tenant, the id says which. */
@Injectable()
export class TenantSettingsService {
  async get(ctx: RequestContext): Promise<TenantSettingsModel> {
    const viewer = requireViewer(ctx.viewer);
    const rows: Array<{ min_group_size: number }> = await ctx.db.query(`SELECT min_group_size FROM tenant WHERE id = $1`, [viewer.tenantId]);
    return { minGroupSize: rows[0].min_group_size };
  }

  async setMinGroupSize(ctx: RequestContext, input: SetMinGroupSizeInput): Promise<TenantSettingsModel> {
    const viewer = requireViewer(ctx.viewer);
    // A SELECT over the UPDATE: TypeORM answers a bare UPDATE … RETURNING as [rows, count].
    const rows: Array<{ min_group_size: number }> = await ctx.db.query(
      `WITH changed AS (UPDATE tenant SET min_group_size = $2 WHERE id = $1 RETURNING min_group_size) SELECT min_group_size FROM changed`,
      [viewer.tenantId, input.minGroupSize],
    );
    return { minGroupSize: rows[0].min_group_size };
  }
}
