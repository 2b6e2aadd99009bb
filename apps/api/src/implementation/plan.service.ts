import { ActivityStatus, ImplementationActivity, ImplementationResponsibility, ResponsibilityGroup, ensureImplementationDefaults } from '@act/db';
import { RESPONSIBILITY_GROUPS, RESPONSIBILITY_GROUP_LABELS, SUGGESTED_FOCUS_AREAS, activityOverdue, copenhagenToday, timelineMonths } from '@act/domain';
import { Injectable } from '@nestjs/common';
import { requireViewer } from '../auth/access-policy';
import type { RequestContext } from '../common/request/request-context';
import type { SaveActivityInput, SaveResponsibilityInput } from './dto/implementation.inputs';
import { implementationErrors as errors } from './implementation.exception';
import type { ActivityModel, PlanModel, ResponsibilityGroupModel } from './implementation.model';

const orNull = (v: string | null | undefined) => (v === null || v === undefined || v.trim() === '' ? null : v.trim());

/** The implementation plan (annex 1c: activities per focus area) and the roles-and-responsibilities table. */
@Injectable()
export class PlanService {
  async plan(ctx: RequestContext): Promise<PlanModel> {
    requireViewer(ctx.viewer);
    const today = copenhagenToday();
    const activities = await ctx.db.find(ImplementationActivity, { order: { focusArea: 'ASC', position: 'ASC', deadline: 'ASC', createdAt: 'ASC', id: 'ASC' } });
    const models = activities.map((a) => this.model(a, today));
    // Focus areas in the order of their first activity's deadline is unstable; alphabetical is predictable.
    const names = [...new Set(models.map((a) => a.focusArea))].sort((a, b) => a.localeCompare(b, 'da'));
    return {
      today,
      months: timelineMonths(models, today),
      focusAreas: names.map((name) => ({ name, activities: models.filter((a) => a.focusArea === name) })),
      overdueCount: models.filter((a) => a.overdue).length,
      suggestedFocusAreas: [...SUGGESTED_FOCUS_AREAS],
    };
  }

  async saveActivity(ctx: RequestContext, input: SaveActivityInput): Promise<ActivityModel> {
    const viewer = requireViewer(ctx.viewer);
    if (!input.id && input.version !== null && input.version !== undefined) throw errors.versionWithoutId();
    if (input.startsOn && input.deadline && input.deadline < input.startsOn) throw errors.invalidPeriod();
    let activity: ImplementationActivity;
    if (input.id) {
      const found = await ctx.db.findOne(ImplementationActivity, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!found) throw errors.activityNotFound();
      if (found.version !== input.version) throw errors.stale();
      activity = found;
    } else {
      activity = ctx.db.create(ImplementationActivity, { tenantId: viewer.tenantId });
    }
    Object.assign(activity, {
      focusArea: input.focusArea.trim(),
      title: input.title.trim(),
      purpose: orNull(input.purpose),
      owner: orNull(input.owner),
      startsOn: input.startsOn ?? null,
      deadline: input.deadline ?? null,
      milestone: orNull(input.milestone),
      expectedResult: orNull(input.expectedResult),
      status: (input.status as ActivityStatus | null | undefined) ?? (input.id ? activity.status : ActivityStatus.Planned),
      position: input.position ?? activity.position ?? 0,
    });
    const saved = await ctx.db.save(activity);
    return this.model(saved, copenhagenToday());
  }

  async removeActivity(ctx: RequestContext, id: string): Promise<PlanModel> {
    requireViewer(ctx.viewer);
    const found = await ctx.db.findOne(ImplementationActivity, { where: { id } });
    if (!found) throw errors.activityNotFound();
    await ctx.db.delete(ImplementationActivity, { id });
    return this.plan(ctx);
  }

  async responsibilities(ctx: RequestContext): Promise<ResponsibilityGroupModel[]> {
    const viewer = requireViewer(ctx.viewer);
    await ensureImplementationDefaults(ctx.db, viewer.tenantId);
    const lines = await ctx.db.find(ImplementationResponsibility, { order: { position: 'ASC', createdAt: 'ASC', id: 'ASC' } });
    return RESPONSIBILITY_GROUPS.map((group) => ({
      group,
      label: RESPONSIBILITY_GROUP_LABELS[group],
      lines: lines
        .filter((l) => l.group === (group as string))
        .map((l) => ({ id: l.id, group: l.group, text: l.text, position: l.position, fromGuide: l.defaultKey !== null })),
    }));
  }

  async saveResponsibility(ctx: RequestContext, input: SaveResponsibilityInput): Promise<ResponsibilityGroupModel[]> {
    const viewer = requireViewer(ctx.viewer);
    await ensureImplementationDefaults(ctx.db, viewer.tenantId);
    const group = input.group as ResponsibilityGroup;
    if (input.id) {
      const line = await ctx.db.findOne(ImplementationResponsibility, { where: { id: input.id } });
      if (!line) throw errors.responsibilityNotFound();
      if (line.group !== group) {
        line.position = await this.nextPosition(ctx, group);
        line.group = group;
      }
      line.text = input.text.trim();
      await ctx.db.save(line);
    } else {
      await ctx.db.insert(ImplementationResponsibility, {
        tenantId: viewer.tenantId,
        group,
        text: input.text.trim(),
        position: await this.nextPosition(ctx, group),
        defaultKey: null,
      });
    }
    return this.responsibilities(ctx);
  }

  async removeResponsibility(ctx: RequestContext, id: string): Promise<ResponsibilityGroupModel[]> {
    requireViewer(ctx.viewer);
    const line = await ctx.db.findOne(ImplementationResponsibility, { where: { id } });
    if (!line) throw errors.responsibilityNotFound();
    // A removed default line is not brought back: the defaults are only written while none exist.
    await ctx.db.delete(ImplementationResponsibility, { id });
    return this.responsibilities(ctx);
  }

  private async nextPosition(ctx: RequestContext, group: ResponsibilityGroup): Promise<number> {
    const [{ next }] = await ctx.db.query<Array<{ next: number }>>(
      `SELECT coalesce(max(position), 0)::int + 1 AS next FROM implementation_responsibility WHERE responsible_group = $1`,
      [group],
    );
    return Math.min(next, 32_000);
  }

  private model(a: ImplementationActivity, today: string): ActivityModel {
    return {
      id: a.id,
      focusArea: a.focusArea,
      title: a.title,
      purpose: a.purpose,
      owner: a.owner,
      startsOn: a.startsOn,
      deadline: a.deadline,
      milestone: a.milestone,
      expectedResult: a.expectedResult,
      status: a.status,
      position: a.position,
      overdue: activityOverdue({ deadline: a.deadline, status: a.status }, today),
      version: a.version,
    };
  }
}
