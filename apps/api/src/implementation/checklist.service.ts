import { ChecklistEventAction, ChecklistStatus, ImplementationChecklistEvent, ImplementationChecklistItem, ImplementationPhase, ensureImplementationDefaults } from '@act/db';
import { IMPLEMENTATION_PHASES, PHASE_LABELS, copenhagenToday, isReopening, phaseProgress } from '@act/domain';
import { Injectable } from '@nestjs/common';
import { requireViewer } from '../auth/access-policy';
import type { RequestContext } from '../common/request/request-context';
import type {
  AddChecklistItemInput,
  RemoveChecklistItemInput,
  ReopenChecklistItemInput,
  RevisitPhaseInput,
  SetChecklistStatusInput,
  UpdateChecklistItemInput,
} from './dto/implementation.inputs';
import { evidenceOf, evidenceOptions, assertEvidenceInTenant, isCrossTenantReference } from './evidence';
import { implementationErrors as errors } from './implementation.exception';
import type { ChecklistEventModel, ChecklistItemModel, EvidenceOptionsModel, PhaseModel } from './implementation.model';

/** Fields an update may change, with the entity property each maps to. */
const EDITABLE = ['text', 'owner', 'dueOn', 'evidenceNote', 'evidenceUrl', 'evidenceAgreementId', 'evidenceRoundId', 'evidenceFunctionDescriptionId'] as const;
type Editable = (typeof EDITABLE)[number];

interface EventRow {
  id: string;
  phase: string;
  item_id: string | null;
  item_text: string | null;
  action: string;
  from_status: string | null;
  to_status: string | null;
  reason: string | null;
  changes: Record<string, unknown> | null;
  actor_name: string;
  at: Date;
}

const eventModel = (r: EventRow): ChecklistEventModel => ({
  id: r.id,
  phase: r.phase,
  itemId: r.item_id,
  itemText: r.item_text,
  action: r.action,
  fromStatus: r.from_status,
  toStatus: r.to_status,
  reason: r.reason,
  changedFields: r.changes ? Object.keys(r.changes).sort() : [],
  actorName: r.actor_name,
  at: r.at,
});

const EVENTS_SQL = `SELECT e.id, e.phase, e.item_id, i.text AS item_text, e.action, e.from_status, e.to_status, e.reason, e.changes,
  u.name AS actor_name, e.at
  FROM implementation_checklist_event e JOIN app_user u ON u.id = e.actor_id
  LEFT JOIN implementation_checklist_item i ON i.id = e.item_id`;

/** Blank optional text is stored as "not given". */
const orNull = (v: string | null | undefined) => (v === null || v === undefined || v.trim() === '' ? null : v.trim());

/**
 * The four phases' checklists: the guide's items (from the catalogue, per tenant) and the
 * municipality's own. Every change writes one history event in the request's transaction, so a
 * change and its history are kept or lost together.
 */
@Injectable()
export class ChecklistService {
  async phases(ctx: RequestContext): Promise<PhaseModel[]> {
    const viewer = requireViewer(ctx.viewer);
    await ensureImplementationDefaults(ctx.db, viewer.tenantId);
    const items = await ctx.db.find(ImplementationChecklistItem, { order: { phase: 'ASC', position: 'ASC', createdAt: 'ASC', id: 'ASC' } });
    const live = items.filter((i) => !i.removedAt);
    const evidence = await evidenceOf(ctx, live);
    const revisits = await ctx.db.query<EventRow[]>(
      `SELECT DISTINCT ON (e.phase) e.id, e.phase, NULL::uuid AS item_id, NULL AS item_text, e.action, NULL AS from_status, NULL AS to_status,
         e.reason, NULL::jsonb AS changes, u.name AS actor_name, e.at
       FROM implementation_checklist_event e JOIN app_user u ON u.id = e.actor_id
       WHERE e.action = 'phase_revisited' ORDER BY e.phase, e.at DESC, e.id`,
    );
    const today = copenhagenToday();
    return IMPLEMENTATION_PHASES.map((phase) => {
      const own = items.filter((i) => i.phase === (phase as string));
      const label = PHASE_LABELS[phase];
      const revisit = revisits.find((r) => r.phase === phase);
      const progress = phaseProgress(own.map((i) => ({ status: i.status, removed: !!i.removedAt })));
      return {
        phase,
        number: label.number,
        title: label.title,
        summary: label.summary,
        progress,
        items: own.filter((i) => !i.removedAt).map((i) => this.itemModel(i, evidence.get(i.id) ?? [], today)),
        lastRevisit: revisit ? eventModel(revisit) : null,
      };
    });
  }

  async itemHistory(ctx: RequestContext, itemId: string): Promise<ChecklistEventModel[]> {
    requireViewer(ctx.viewer);
    const item = await ctx.db.findOne(ImplementationChecklistItem, { where: { id: itemId } });
    if (!item) throw errors.itemNotFound();
    const rows = await ctx.db.query<EventRow[]>(`${EVENTS_SQL} WHERE e.item_id = $1 ORDER BY e.at DESC, e.id LIMIT 100`, [itemId]);
    return rows.map(eventModel);
  }

  async phaseHistory(ctx: RequestContext, phase: string, first: number): Promise<ChecklistEventModel[]> {
    requireViewer(ctx.viewer);
    const rows = await ctx.db.query<EventRow[]>(`${EVENTS_SQL} WHERE e.phase = $1 ORDER BY e.at DESC, e.id LIMIT $2`, [phase, first]);
    return rows.map(eventModel);
  }

  evidenceOptions(ctx: RequestContext): Promise<EvidenceOptionsModel> {
    return evidenceOptions(ctx);
  }

  async addItem(ctx: RequestContext, input: AddChecklistItemInput): Promise<ChecklistItemModel> {
    const viewer = requireViewer(ctx.viewer);
    await ensureImplementationDefaults(ctx.db, viewer.tenantId);
    const [{ next }] = await ctx.db.query<Array<{ next: number }>>(
      `SELECT coalesce(max(position), 0)::int + 1 AS next FROM implementation_checklist_item WHERE phase = $1`,
      [input.phase],
    );
    const item = await ctx.db.save(
      ctx.db.create(ImplementationChecklistItem, {
        tenantId: viewer.tenantId,
        phase: input.phase as ImplementationPhase,
        defaultKey: null,
        text: input.text.trim(),
        position: Math.min(next, 32_000),
        owner: orNull(input.owner),
        dueOn: input.dueOn ?? null,
      }),
    );
    await this.record(ctx, item, ChecklistEventAction.Created, { toStatus: item.status });
    return this.one(ctx, item.id);
  }

  async updateItem(ctx: RequestContext, input: UpdateChecklistItemInput): Promise<ChecklistItemModel> {
    const item = await this.lockedItem(ctx, input.id, input.version);
    const next: Partial<Record<Editable, string | null>> = {};
    for (const field of EDITABLE) {
      const value = input[field];
      if (value === undefined) continue;
      next[field] = field.endsWith('Id') ? value : orNull(value);
    }
    if ('text' in next && item.defaultKey !== null && next.text !== item.text) {
      throw errors.guideItem('Vejledningens egne punkter kan ikke omformuleres. Tilføj et punkt med jeres egen formulering i stedet.');
    }
    if ('text' in next && next.text === null) throw errors.guideItem('Et punkt skal have en tekst.');
    const changes: Record<string, [unknown, unknown]> = {};
    for (const [field, value] of Object.entries(next) as Array<[Editable, string | null]>) {
      if (item[field] !== value) changes[field] = [item[field], value];
    }
    if (!Object.keys(changes).length) return this.one(ctx, item.id);
    await assertEvidenceInTenant(ctx, next);
    Object.assign(item, next);
    await this.saveChecked(ctx, item);
    await this.record(ctx, item, ChecklistEventAction.Changed, { changes });
    return this.one(ctx, item.id);
  }

  async setStatus(ctx: RequestContext, input: SetChecklistStatusInput): Promise<ChecklistItemModel> {
    const item = await this.lockedItem(ctx, input.id, input.version);
    const to = input.status as ChecklistStatus;
    const from = item.status;
    if (from === to) throw errors.unchanged();
    const reason = orNull(input.reason);
    if (to === ChecklistStatus.NotRelevant && !reason) {
      throw errors.reasonRequired('Skriv, hvorfor punktet ikke er relevant for jer.');
    }
    const reopening = isReopening(from, to);
    if (reopening && !reason) throw errors.reasonRequired('Skriv, hvorfor punktet skal genåbnes.');
    return this.changeStatus(ctx, item, to, reason, reopening ? ChecklistEventAction.Reopened : ChecklistEventAction.StatusChanged);
  }

  async reopen(ctx: RequestContext, input: ReopenChecklistItemInput): Promise<ChecklistItemModel> {
    const item = await this.lockedItem(ctx, input.id, input.version);
    if (item.status !== ChecklistStatus.Done && item.status !== ChecklistStatus.NotRelevant) throw errors.notSettled();
    const reason = orNull(input.reason);
    if (!reason) throw errors.reasonRequired('Skriv, hvorfor punktet skal genåbnes.');
    return this.changeStatus(ctx, item, ChecklistStatus.InProgress, reason, ChecklistEventAction.Reopened);
  }

  async remove(ctx: RequestContext, input: RemoveChecklistItemInput): Promise<PhaseModel> {
    const item = await this.lockedItem(ctx, input.id, input.version);
    if (item.defaultKey !== null) {
      throw errors.guideItem('Vejledningens egne punkter kan ikke fjernes. Sæt punktet til "Ikke relevant" med en begrundelse i stedet.');
    }
    item.removedAt = new Date();
    await this.saveChecked(ctx, item);
    await this.record(ctx, item, ChecklistEventAction.Removed, { reason: orNull(input.reason) });
    return (await this.phases(ctx)).find((p) => p.phase === (item.phase as string))!;
  }

  async revisit(ctx: RequestContext, input: RevisitPhaseInput): Promise<PhaseModel> {
    const viewer = requireViewer(ctx.viewer);
    const reason = orNull(input.reason);
    if (!reason) throw errors.reasonRequired('Skriv, hvorfor I vender tilbage til fasen.');
    await ctx.db.insert(ImplementationChecklistEvent, {
      tenantId: viewer.tenantId,
      phase: input.phase as ImplementationPhase,
      itemId: null,
      action: ChecklistEventAction.PhaseRevisited,
      reason,
      actorId: viewer.userId,
    });
    return (await this.phases(ctx)).find((p) => p.phase === input.phase)!;
  }

  private async changeStatus(
    ctx: RequestContext,
    item: ImplementationChecklistItem,
    to: ChecklistStatus,
    reason: string | null,
    action: ChecklistEventAction,
  ): Promise<ChecklistItemModel> {
    const from = item.status;
    item.status = to;
    item.statusReason = reason;
    item.completedAt = to === ChecklistStatus.Done ? new Date() : null;
    await this.saveChecked(ctx, item);
    await this.record(ctx, item, action, { fromStatus: from, toStatus: to, reason });
    return this.one(ctx, item.id);
  }

  /** The live item, locked for this request, at the version the client saw. */
  private async lockedItem(ctx: RequestContext, id: string, version: number): Promise<ImplementationChecklistItem> {
    requireViewer(ctx.viewer);
    const item = await ctx.db.findOne(ImplementationChecklistItem, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!item || item.removedAt) throw errors.itemNotFound();
    if (item.version !== version) throw errors.stale();
    return item;
  }

  /** Saves; a reference the same-tenant trigger refuses becomes the evidence error, not an internal one. */
  private async saveChecked(ctx: RequestContext, item: ImplementationChecklistItem): Promise<void> {
    try {
      await ctx.db.save(item);
    } catch (error) {
      const field = isCrossTenantReference(error);
      if (field) throw errors.evidenceNotFound(field);
      throw error;
    }
  }

  private async record(
    ctx: RequestContext,
    item: ImplementationChecklistItem,
    action: ChecklistEventAction,
    extra: { fromStatus?: ChecklistStatus; toStatus?: ChecklistStatus; reason?: string | null; changes?: Record<string, [unknown, unknown]> },
  ): Promise<void> {
    const viewer = requireViewer(ctx.viewer);
    // save(), not insert(): TypeORM's insert typing rejects a jsonb record value.
    await ctx.db.save(ctx.db.create(ImplementationChecklistEvent, {
      tenantId: viewer.tenantId,
      phase: item.phase,
      itemId: item.id,
      action,
      fromStatus: extra.fromStatus ?? null,
      toStatus: extra.toStatus ?? null,
      reason: extra.reason ?? null,
      changes: extra.changes ?? null,
      actorId: viewer.userId,
    }));
  }

  private async one(ctx: RequestContext, id: string): Promise<ChecklistItemModel> {
    const item = await ctx.db.findOneOrFail(ImplementationChecklistItem, { where: { id } });
    const evidence = await evidenceOf(ctx, [item]);
    return this.itemModel(item, evidence.get(item.id) ?? [], copenhagenToday());
  }

  private itemModel(i: ImplementationChecklistItem, evidenceRecords: ChecklistItemModel['evidenceRecords'], today: string): ChecklistItemModel {
    const settled = i.status === ChecklistStatus.Done || i.status === ChecklistStatus.NotRelevant;
    return {
      id: i.id,
      phase: i.phase,
      fromGuide: i.defaultKey !== null,
      text: i.text,
      position: i.position,
      status: i.status,
      statusReason: i.statusReason,
      owner: i.owner,
      dueOn: i.dueOn,
      overdue: !!i.dueOn && !settled && i.dueOn < today,
      evidenceNote: i.evidenceNote,
      evidenceUrl: i.evidenceUrl,
      evidenceRecords,
      completedAt: i.completedAt,
      version: i.version,
      updatedAt: i.updatedAt,
    };
  }
}
