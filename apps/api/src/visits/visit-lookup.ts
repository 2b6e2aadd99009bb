import { audit } from '../access-log/audit.buffer';
import { canReadCitizensOfTeam, requireViewer } from '../auth/access-policy';
import type { RequestContext } from '../common/request/request-context';
import { VISIT_NOT_FOUND_MESSAGE, VisitErrorCode, VisitException } from './visit.exception';
import { type VisitRow, visitWithTeam } from './visit.queries';

/** The visit if the viewer's team has its citizen; otherwise NOT_FOUND (and a logged refusal). */
export async function readableVisit(ctx: RequestContext, visitId: string): Promise<VisitRow & { team_id: string }> {
  const viewer = requireViewer(ctx.viewer);
  const row = await visitWithTeam(ctx.db, visitId);
  if (!row || !canReadCitizensOfTeam(viewer, row.team_id)) {
    if (row) audit(ctx, { operation: 'visit.read.denied', citizenId: row.citizen_id, criterion: `visit:${row.id}` });
    throw new VisitException(VisitErrorCode.NotFound, VISIT_NOT_FOUND_MESSAGE, 'visitId');
  }
  return row;
}
