import {
  formatDanishDate,
  formatDanishDateTime,
  NOTIFICATION_KIND_LABELS,
  type NotificationKindName,
} from '@act/domain';
import { Role } from '@act/db';
import type { AuditEntry } from '../access-log/audit-entry';
import { audit } from '../access-log/audit.buffer';
import { canReadCitizensOfTeam, canReadTeam, requireViewer } from '../auth/access-policy';
import { Permission, roleHas } from '../auth/permissions';
import type { RequestContext, Viewer } from '../common/request/request-context';
import type { NotificationModel } from './notifications.model';
import {
  type NotificationRow,
  agreementSubjects,
  carePlanSubjects,
  exceptionSubjects,
  memberSubjects,
  occurrenceSubjects,
  taskSubjects,
  teamSubjects,
} from './notifications.queries';

const MEETING_KINDS = new Set<NotificationKindName>([
  'meeting_upcoming',
  'supervision_upcoming',
  'sparring_upcoming',
  'evaluation_day_upcoming',
  'steering_meeting_upcoming',
]);

const dateText = (isoDate: string) => formatDanishDate(new Date(`${isoDate}T12:00:00Z`));
const days = (n: number) => `${n} ${n === 1 ? 'dag' : 'dage'}`;

interface Rendered {
  text: string;
  link: string | null;
  audit?: AuditEntry;
}

/**
 * The notifications as the viewer reads them now: the text is written from kind + subject under
 * the viewer's access rules (a name only when the viewer may see the team's people; the sparring
 * case never). When the subject is gone or no longer the viewer's to see, only the kind is shown.
 * One statement per kind of subject on the page, whatever its length.
 */
export async function renderNotifications(ctx: RequestContext, rows: NotificationRow[]): Promise<NotificationModel[]> {
  const viewer = requireViewer(ctx.viewer);
  const ids = (pick: (kind: NotificationKindName) => boolean) =>
    [...new Set(rows.filter((r) => pick(r.kind) && r.subject_id).map((r) => r.subject_id!))];
  const teamIds = [...new Set(rows.filter((r) => r.kind === 'citizens_not_seen' && r.team_id).map((r) => r.team_id!))];
  const [occurrences, plans, tasks, exceptions, members, teams, agreements] = [
    await occurrenceSubjects(ctx.db, ids((k) => MEETING_KINDS.has(k))),
    await carePlanSubjects(ctx.db, ids((k) => k === 'care_plan_follow_up_due')),
    await taskSubjects(ctx.db, ids((k) => k === 'follow_up_task_due')),
    await exceptionSubjects(ctx.db, ids((k) => k === 'caseload_exception_expiring')),
    await memberSubjects(ctx.db, ids((k) => k === 'supervision_overdue')),
    await teamSubjects(ctx.db, teamIds),
    await agreementSubjects(ctx.db, ids((k) => k === 'agreement_review_due')),
  ];

  const staffOf = (teamId: string | null | undefined) => Boolean(teamId) && canReadCitizensOfTeam(viewer, teamId!);
  const render = (r: NotificationRow): Rendered | null => {
    const label = NOTIFICATION_KIND_LABELS[r.kind];
    if (MEETING_KINDS.has(r.kind)) {
      const o = r.subject_id ? occurrences.get(r.subject_id) : undefined;
      // A steering meeting has no team: it is shown to whom it was addressed.
      if (!o || (o.team_id && !canReadTeam(viewer, o.team_id))) return null;
      const cancelled = o.status === 'cancelled' ? ' – aflyst' : '';
      return { text: `${label} ${formatDanishDateTime(o.starts_at)}${cancelled}`, link: meetingLink(viewer, o) };
    }
    switch (r.kind) {
      case 'care_plan_follow_up_due': {
        const p = r.subject_id ? plans.get(r.subject_id) : undefined;
        if (!p || !staffOf(p.team_id)) return null;
        const due = p.next_follow_up_on ? ` ${dateText(p.next_follow_up_on)}` : '';
        return {
          text: `Planen for ${p.citizen_name} skal følges op${due}`,
          link: `/citizens/${p.citizen_id}/plan`,
          audit: { operation: 'citizen.list', citizenId: p.citizen_id, criterion: 'notifications' },
        };
      }
      case 'follow_up_task_due': {
        const task = r.subject_id ? tasks.get(r.subject_id) : undefined;
        if (!task || !staffOf(task.team_id)) return null;
        return {
          text: `Opgaven “${task.description}” har frist ${dateText(task.due_date)}`,
          link: '/tasks',
          audit: task.citizen_id ? { operation: 'task.list', citizenId: task.citizen_id, criterion: 'notifications' } : undefined,
        };
      }
      case 'caseload_exception_expiring': {
        const e = r.subject_id ? exceptions.get(r.subject_id) : undefined;
        if (!e || !staffOf(e.team_id)) return null;
        return { text: `Undtagelsen for ${e.member_name} udløber ${dateText(e.valid_until)}`, link: `/teams/${e.team_id}/caseload` };
      }
      case 'citizens_not_seen': {
        const team = r.team_id ? teams.get(r.team_id) : undefined;
        if (!team || !staffOf(team.id)) return null;
        const n = r.item_count ?? 0;
        return {
          text: `${n} ${n === 1 ? 'borger er' : 'borgere er'} ikke set i over ${days(team.not_seen_threshold_days)}`,
          link: `/teams/${team.id}/visits`,
        };
      }
      case 'supervision_overdue': {
        const m = r.subject_id ? members.get(r.subject_id) : undefined;
        if (!m || !staffOf(m.team_id)) return null;
        return { text: `${m.name} har ikke haft supervision i over ${days(m.supervision_interval_days)}`, link: `/teams/${m.team_id}/meetings` };
      }
      case 'agreement_review_due': {
        // Tenant-wide, no personal data: the partner's name and the review date.
        const a = r.subject_id ? agreements.get(r.subject_id) : undefined;
        if (!a || !roleHas(viewer.role, Permission.ReadAgreements)) return null;
        const due = a.review_on ? ` senest ${dateText(a.review_on)}` : '';
        return { text: `Samarbejdsaftalen med ${a.partner_name} skal revideres${due}`, link: `/agreements/${a.id}` };
      }
      default:
        return null;
    }
  };

  const entries: AuditEntry[] = [];
  const result = rows.map((r) => {
    const rendered = render(r);
    if (rendered?.audit) entries.push(rendered.audit);
    const title = NOTIFICATION_KIND_LABELS[r.kind];
    return {
      id: r.id,
      kind: r.kind,
      title,
      text: rendered?.text ?? title,
      link: rendered?.link ?? null,
      occursAt: r.occurs_at,
      createdAt: r.created_at,
      readAt: r.read_at,
    };
  });
  audit(ctx, ...entries);
  return result;
}

/** The occurrence's own page, for the team's staff and (steering meetings) the steering group. */
function meetingLink(viewer: Viewer, o: { id: string; team_id: string | null }): string | null {
  if (!o.team_id) return viewer.role === Role.SteeringGroup ? `/occurrences/${o.id}` : null;
  return canReadCitizensOfTeam(viewer, o.team_id) ? `/occurrences/${o.id}` : null;
}
