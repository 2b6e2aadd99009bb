import { VisitPlace } from '@act/db';
import { initialsOf } from '@act/domain';
import { Inject, Injectable } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { purposeOf } from '../access-log/audit-purpose';
import { requireViewer } from '../auth/access-policy';
import { hashToken } from '../auth/session.service';
import type { RequestContext } from '../common/request/request-context';
import { DATA_SOURCE } from '../database/database.module';
import { occurrencesOfUser } from '../scheduling/occurrence.queries';
import { MEETING_KIND_LABELS } from '../scheduling/scheduling.enums';
import { type FeedEvent, renderCalendar } from './ical';
import type { CalendarFeedModel, CreatedCalendarFeedModel } from './visit.model';

export const FEED_TOKEN = /^[A-Za-z0-9_-]{43}$/;
/** The feed covers two weeks back and eight weeks ahead. */
const FEED_BACK_DAYS = 14;
const FEED_AHEAD_DAYS = 56;

/** Place only, in plain Danish — never the address (it would point at the citizen). */
export const PLACE_LABELS: Record<VisitPlace, string> = {
  [VisitPlace.Home]: 'Hjemme hos borgeren',
  [VisitPlace.DropInCentre]: 'Værested',
  [VisitPlace.Jobcenter]: 'Jobcenter',
  [VisitPlace.Street]: 'På gaden',
  [VisitPlace.TreatmentSite]: 'Behandlingssted',
  [VisitPlace.Office]: 'Teamets lokaler',
  [VisitPlace.Other]: 'Andet sted',
};

@Injectable()
export class CalendarFeedService {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async status(ctx: RequestContext): Promise<CalendarFeedModel> {
    const viewer = requireViewer(ctx.viewer);
    const [row] = (await ctx.db.query<Array<{ created_at: Date; last_used_at: Date | null }>>(
      `SELECT created_at, last_used_at FROM calendar_feed WHERE user_id = $1 AND revoked_at IS NULL`,
      [viewer.userId],
    ));
    return { active: Boolean(row), createdAt: row?.created_at ?? null, lastUsedAt: row?.last_used_at ?? null };
  }

  /** A new secret address; any earlier one stops working. The token is shown once. */
  async create(ctx: RequestContext): Promise<CreatedCalendarFeedModel> {
    const viewer = requireViewer(ctx.viewer);
    await this.revokeOpen(ctx, viewer.userId);
    const token = randomBytes(32).toString('base64url');
    const [row] = (await ctx.db.query<Array<{ created_at: Date }>>(
      `INSERT INTO calendar_feed (tenant_id, user_id, token_hash) VALUES ($1, $2, $3) RETURNING created_at`,
      [viewer.tenantId, viewer.userId, hashToken(token)],
    ));
    return { path: `/calendar/${token}.ics`, createdAt: row.created_at };
  }

  async revoke(ctx: RequestContext): Promise<CalendarFeedModel> {
    const viewer = requireViewer(ctx.viewer);
    await this.revokeOpen(ctx, viewer.userId);
    return { active: false, createdAt: null, lastUsedAt: null };
  }

  private async revokeOpen(ctx: RequestContext, userId: string): Promise<void> {
    await ctx.db.query(`UPDATE calendar_feed SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
  }

  /**
   * The feed for a token, or null when the token is unknown or revoked. Runs in its own
   * transaction under the feed owner's tenant (RLS as usual); the read is access-logged per
   * citizen in the same transaction. Entries carry initials and the kind of place only.
   */
  async render(token: string): Promise<string | null> {
    if (!FEED_TOKEN.test(token)) return null;
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      const [feed] = (await runner.query(
        `SELECT feed_id, tenant_id, user_id, set_config('app.tenant_id', tenant_id::text, true) FROM calendar_feed_lookup($1)`,
        [hashToken(token)],
      )) as Array<{ feed_id: string; tenant_id: string; user_id: string }>;
      if (!feed) {
        await runner.rollbackTransaction();
        return null;
      }
      const rows = (await runner.query(
        `SELECT v.id, v.citizen_id, c.name, v.planned_start, v.planned_end, v.place_kind, v.place_text, v.outcome, v.updated_at
         FROM visit v
         JOIN citizen c ON c.id = v.citizen_id
         WHERE v.planned_start >= now() - make_interval(days => $2) AND v.planned_start < now() + make_interval(days => $3)
           AND EXISTS (SELECT 1 FROM visit_member vm JOIN team_member m ON m.id = vm.member_id
                       WHERE vm.visit_id = v.id AND m.user_id = $1 AND m.team_id = c.team_id)
         ORDER BY v.planned_start, v.id`,
        [feed.user_id, FEED_BACK_DAYS, FEED_AHEAD_DAYS],
      )) as Array<{
        id: string;
        citizen_id: string;
        name: string;
        planned_start: Date;
        planned_end: Date;
        place_kind: VisitPlace;
        place_text: string | null;
        outcome: string | null;
        updated_at: Date;
      }>;
      // The feed owner's meetings: the kind's name, time and place only (never a title or a sparring case).
      const meetings = await occurrencesOfUser(
        runner.manager,
        feed.user_id,
        new Date(Date.now() - FEED_BACK_DAYS * 86_400_000),
        new Date(Date.now() + FEED_AHEAD_DAYS * 86_400_000),
      );
      const citizenIds = [...new Set(rows.map((r) => r.citizen_id))];
      if (citizenIds.length) {
        // One row for the feed's citizens (ADR 0026): one in citizen_id, several in citizen_ids.
        await runner.query(
          `INSERT INTO access_log (tenant_id, actor_user_id, citizen_id, citizen_ids, criterion, operation, purpose, request_id)
           VALUES ($1, $2, $3, $4, $5, 'visit.calendar-feed', $7, $6)`,
          [
            feed.tenant_id,
            feed.user_id,
            citizenIds.length === 1 ? citizenIds[0] : null,
            citizenIds.length > 1 ? citizenIds : null,
            `calendar-feed:${feed.feed_id}`,
            randomUUID(),
            purposeOf('visit.calendar-feed'),
          ],
        );
      }
      await runner.commitTransaction();
      const meetingEvents: FeedEvent[] = meetings.map((o) => ({
        uid: `${o.id}@act-moede`,
        start: o.startsAt,
        end: o.endsAt,
        summary: MEETING_KIND_LABELS[o.kind],
        location: o.place,
        cancelled: o.status === 'cancelled',
        updatedAt: o.statusSetAt ?? o.createdAt,
      }));
      const visitEvents: FeedEvent[] = rows.map((r) => ({
          uid: `${r.id}@act-besoeg`,
          start: r.planned_start,
          end: r.planned_end,
          summary: `Besøg ${initialsOf(r.name)}`,
          location: r.place_kind === VisitPlace.Other && r.place_text ? r.place_text : PLACE_LABELS[r.place_kind],
          cancelled: r.outcome === 'cancelled_by_citizen' || r.outcome === 'cancelled_by_team',
          updatedAt: r.updated_at,
      }));
      return renderCalendar(
        'ACT-besøg',
        [...visitEvents, ...meetingEvents].sort((a, b) => a.start.getTime() - b.start.getTime() || a.uid.localeCompare(b.uid)),
      );
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }
}
