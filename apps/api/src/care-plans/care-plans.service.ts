import { randomUUID } from 'node:crypto';
import {
  AgreedHow,
  CarePlanDeclinedArea,
  CarePlanGoal,
  CarePlanStatus,
  CarePlanStep,
  CarePlanVersion,
  type Citizen,
  CitizenStatus,
  GoalStatus,
  LifeArea,
  StageOfChange,
  TeamMember,
} from '@act/db';
import {
  agreementProblems,
  diffPlans,
  draftProblems,
  followUpContent,
  formatDanishDateTime,
  isStageTransitionAllowed,
  type PlanContent,
  type PlanGoal,
  toCopenhagenIsoDate,
  type StageOfChange as DomainStage,
} from '@act/domain';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { audit } from '../access-log/audit.buffer';
import { requireViewer } from '../auth/access-policy';
import { InputException } from '../common/errors/input.exception';
import { isUniqueViolation } from '../common/errors/pg-errors';
import type { RequestContext } from '../common/request/request-context';
import { readableCitizen } from '../auth/access-policy';
import { citizenNotFound } from './care-plan.exception';
import { CarePlanErrorCode, CarePlanException, DRAFT_EXISTS, NOT_DRAFT, PLAN_NOT_FOUND } from './care-plan.exception';
import type { PlanChangeModel } from './care-plan.model';
import type { AgreeCarePlanInput, SaveCarePlanDraftInput } from './dto/care-plan.inputs';

/** A version's content as the domain sees it, with the stored rows. */
interface StoredContent {
  content: PlanContent;
  goals: CarePlanGoal[];
  steps: CarePlanStep[];
  declined: CarePlanDeclinedArea[];
}

@Injectable()
export class CarePlansService {
  /** The tenant's active life areas, in their order. Configuration, not citizen data. */
  lifeAreas(ctx: RequestContext): Promise<LifeArea[]> {
    requireViewer(ctx.viewer);
    return ctx.db.find(LifeArea, { where: { active: true }, order: { sortOrder: 'ASC', name: 'ASC' } });
  }

  /** One version (any: earlier versions stay readable), for the citizen's team only. */
  async version(ctx: RequestContext, versionId: string): Promise<CarePlanVersion> {
    const { version } = await this.versionInScope(ctx, versionId);
    audit(ctx, { operation: 'care-plan.read', citizenId: version.citizenId });
    return version;
  }

  /**
   * Starts a draft: the first plan (empty), or a follow-up of the agreed plan in force, from the
   * goals still in play (a relapse restarts at precontemplation). Only one draft at a time.
   */
  async startDraft(ctx: RequestContext, citizenId: string): Promise<CarePlanVersion> {
    const viewer = requireViewer(ctx.viewer);
    const citizen = await readableCitizen(ctx, citizenId, citizenNotFound);
    if (citizen.status === CitizenStatus.Ended) {
      throw new CarePlanException(
        CarePlanErrorCode.CitizenEnded,
        'Borgerens forløb er afsluttet, så der kan ikke laves en ny plan. Tidligere planer kan stadig læses.',
        'citizenId',
      );
    }
    const versions = await ctx.db.find(CarePlanVersion, { where: { citizenId }, order: { number: 'DESC' } });
    if (versions.some((v) => v.status === CarePlanStatus.Draft)) {
      throw new CarePlanException(CarePlanErrorCode.DraftExists, DRAFT_EXISTS);
    }
    const current = versions.find((v) => v.status === CarePlanStatus.Agreed) ?? null;
    const number = (versions[0]?.number ?? 0) + 1;
    const lifeAreas = await this.lifeAreaMap(ctx);
    const content = current ? followUpContent((await this.readContent(ctx, current, lifeAreas)).content) : emptyContent();
    const draft = ctx.db.create(CarePlanVersion, {
      id: randomUUID(),
      tenantId: viewer.tenantId,
      citizenId,
      number,
      status: CarePlanStatus.Draft,
      previousVersionId: current?.id ?? null,
      citizenWords: content.citizenWords,
      nextFollowUpOn: null,
      revision: 1,
      createdBy: viewer.userId,
      updatedBy: viewer.userId,
    });
    try {
      await ctx.db.insert(CarePlanVersion, draft);
    } catch (error) {
      // Someone started a draft (or a follow-up) at the same moment.
      if (isUniqueViolation(error, 'uq_care_plan_version_one_draft') || isUniqueViolation(error, 'uq_care_plan_version_number')) {
        throw new CarePlanException(CarePlanErrorCode.DraftExists, DRAFT_EXISTS);
      }
      throw error;
    }
    await this.writeContent(ctx, draft.id, content);
    audit(ctx, { operation: 'care-plan.start', citizenId });
    return this.reload(ctx, draft.id);
  }

  /**
   * Saves the whole draft if nobody saved it since `expectedRevision` (optimistic concurrency);
   * otherwise CONFLICT and nothing is written — the client still holds the user's text.
   */
  async saveDraft(ctx: RequestContext, input: SaveCarePlanDraftInput): Promise<CarePlanVersion> {
    const viewer = requireViewer(ctx.viewer);
    const { version, citizen } = await this.versionInScope(ctx, input.versionId);
    await this.assertEditable(ctx, version, input.expectedRevision);
    const lifeAreas = await this.lifeAreaMap(ctx);
    const content = await this.validatedContent(ctx, citizen, version, input, lifeAreas);

    const updated: Array<unknown> = await ctx.db.query(
      `UPDATE care_plan_version
       SET revision = revision + 1, citizen_words = $3, next_follow_up_on = $4, updated_by = $5, updated_at = now()
       WHERE id = $1 AND revision = $2 AND status = 'draft'
       RETURNING id`,
      [version.id, input.expectedRevision, content.citizenWords, content.nextFollowUpOn, viewer.userId],
    );
    if (rowCount(updated) === 0) await this.refuseLostRace(ctx, version.id);
    await ctx.db.delete(CarePlanGoal, { versionId: version.id }); // steps follow (ON DELETE CASCADE)
    await ctx.db.delete(CarePlanDeclinedArea, { versionId: version.id });
    await this.writeContent(ctx, version.id, content);
    audit(ctx, { operation: 'care-plan.save', citizenId: version.citizenId });
    return this.reload(ctx, version.id);
  }

  /** Marks a draft as agreed with the citizen: when, how and who took part. It is final from then on. */
  async agree(ctx: RequestContext, input: AgreeCarePlanInput): Promise<CarePlanVersion> {
    const viewer = requireViewer(ctx.viewer);
    const { version } = await this.versionInScope(ctx, input.versionId);
    await this.assertEditable(ctx, version, input.expectedRevision);
    const lifeAreas = await this.lifeAreaMap(ctx);
    const { content } = await this.readContent(ctx, version, lifeAreas);
    const facts = { agreedOn: input.agreedOn, agreedHow: input.agreedHow as AgreedHow, participants: input.participants.trim() };
    const problems = agreementProblems(content, facts, toCopenhagenIsoDate(new Date()));
    if (problems.length) throw new InputException(problems);
    const updated: Array<unknown> = await ctx.db.query(
      `UPDATE care_plan_version
       SET status = 'agreed', agreed_on = $3, agreed_how = $4, participants = $5, agreed_by = $6, agreed_at = now(),
           updated_by = $6, updated_at = now(), revision = revision + 1
       WHERE id = $1 AND revision = $2 AND status = 'draft'
       RETURNING id`,
      [version.id, input.expectedRevision, facts.agreedOn, facts.agreedHow, facts.participants, viewer.userId],
    );
    if (rowCount(updated) === 0) await this.refuseLostRace(ctx, version.id);
    audit(ctx, { operation: 'care-plan.agree', citizenId: version.citizenId });
    return this.reload(ctx, version.id);
  }

  /** What changed from one version to another of the same citizen's plan. */
  async diff(ctx: RequestContext, fromVersionId: string, toVersionId: string): Promise<PlanChangeModel[]> {
    const from = await this.versionInScope(ctx, fromVersionId);
    const to = await this.versionInScope(ctx, toVersionId);
    if (from.version.citizenId !== to.version.citizenId) {
      throw new CarePlanException(CarePlanErrorCode.OtherCitizen, 'De to udgaver hører til forskellige borgere. Vælg to udgaver af samme plan.', 'toVersionId');
    }
    const lifeAreas = await this.lifeAreaMap(ctx);
    const [a, b] = await Promise.all([this.readContent(ctx, from.version, lifeAreas), this.readContent(ctx, to.version, lifeAreas)]);
    audit(ctx, { operation: 'care-plan.diff', citizenId: from.version.citizenId });
    const name = (id: string | null) => (id ? lifeAreas.get(id)?.name ?? null : null);
    return diffPlans(a.content, b.content).map((c) => ({
      kind: c.kind,
      goalKey: c.goalKey,
      lifeAreaName: name(c.lifeAreaId),
      before: c.kind === 'goal-life-area' ? name(c.before) : c.before,
      after: c.kind === 'goal-life-area' ? name(c.after) : c.after,
    }));
  }

  // ---- helpers ------------------------------------------------------------------------------

  private async versionInScope(ctx: RequestContext, versionId: string): Promise<{ version: CarePlanVersion; citizen: Citizen }> {
    const version = await ctx.db.findOne(CarePlanVersion, { where: { id: versionId } });
    if (!version) throw new CarePlanException(CarePlanErrorCode.NotFound, PLAN_NOT_FOUND, 'versionId');
    const citizen = await readableCitizen(ctx, version.citizenId, citizenNotFound);
    return { version, citizen };
  }

  private async assertEditable(ctx: RequestContext, version: CarePlanVersion, expectedRevision: number): Promise<void> {
    if (version.status !== CarePlanStatus.Draft) throw new CarePlanException(CarePlanErrorCode.NotDraft, NOT_DRAFT);
    if (version.revision !== expectedRevision) throw await this.staleError(ctx, version);
  }

  /** The conditional UPDATE matched nothing: someone else saved or agreed in between. */
  private async refuseLostRace(ctx: RequestContext, versionId: string): Promise<never> {
    const now = await ctx.db.findOneOrFail(CarePlanVersion, { where: { id: versionId } });
    if (now.status !== CarePlanStatus.Draft) throw new CarePlanException(CarePlanErrorCode.NotDraft, NOT_DRAFT);
    throw await this.staleError(ctx, now);
  }

  /** CONFLICT naming who saved last and when, so the user knows whom to talk to. Nothing is written. */
  private async staleError(ctx: RequestContext, latest: CarePlanVersion): Promise<CarePlanException> {
    const who = latest.updatedBy ? (await ctx.loaders.userById.load(latest.updatedBy))?.name : null;
    const when = formatDanishDateTime(latest.updatedAt);
    return new CarePlanException(
      CarePlanErrorCode.StaleRevision,
      `Planen er blevet gemt af ${who ?? 'en anden'} ${when}, mens du skrev. Dine ændringer er ikke gemt, ` +
        'men de står stadig i formularen. Se den nyeste udgave, og gem derefter dine ændringer igen.',
    );
  }

  private async reload(ctx: RequestContext, versionId: string): Promise<CarePlanVersion> {
    ctx.loaders.carePlanGoalsByVersion.clear(versionId);
    ctx.loaders.declinedAreasByVersion.clear(versionId);
    return ctx.db.findOneOrFail(CarePlanVersion, { where: { id: versionId } });
  }

  private async lifeAreaMap(ctx: RequestContext): Promise<Map<string, LifeArea>> {
    const areas = await ctx.db.find(LifeArea);
    for (const a of areas) ctx.loaders.lifeAreaById.prime(a.id, a);
    return new Map(areas.map((a) => [a.id, a]));
  }

  /** A stored version as domain content (three statements whatever its size). */
  private async readContent(ctx: RequestContext, version: CarePlanVersion, lifeAreas: Map<string, LifeArea>): Promise<StoredContent> {
    const goals = await ctx.db.find(CarePlanGoal, { where: { versionId: version.id }, order: { position: 'ASC' } });
    const steps = goals.length
      ? await ctx.db.find(CarePlanStep, { where: { goalId: In(goals.map((g) => g.id)) }, order: { position: 'ASC' } })
      : [];
    const declined = await ctx.db.find(CarePlanDeclinedArea, { where: { versionId: version.id } });
    const content: PlanContent = {
      citizenWords: version.citizenWords,
      nextFollowUpOn: version.nextFollowUpOn,
      goals: goals.map((g) => ({
        key: g.goalKey,
        lifeAreaId: g.lifeAreaId,
        tracksStageOfChange: lifeAreas.get(g.lifeAreaId)?.tracksStageOfChange ?? false,
        citizenWords: g.citizenWords,
        status: g.status,
        stageOfChange: g.stageOfChange,
        steps: steps
          .filter((s) => s.goalId === g.id)
          .map((s) => ({ description: s.description, responsibleMemberId: s.responsibleMemberId, dueOn: s.dueOn })),
      })),
      declinedAreas: declined.map((d) => ({ lifeAreaId: d.lifeAreaId, citizenWords: d.citizenWords })),
    };
    return { content, goals, steps, declined };
  }

  /** Every goal key used in the citizen's plan versions (a saved goal keeps its key from version to version). */
  private async goalKeysOf(ctx: RequestContext, citizenId: string): Promise<Set<string>> {
    const rows = await ctx.db.query<Array<{ goal_key: string }>>(
      `SELECT DISTINCT g.goal_key FROM care_plan_goal g JOIN care_plan_version v ON v.id = g.version_id WHERE v.citizen_id = $1`,
      [citizenId],
    );
    return new Set(rows.map((r) => r.goal_key));
  }

  /** Input → domain content, refusing unknown life areas, members outside the team and disallowed stage moves. */
  private async validatedContent(
    ctx: RequestContext,
    citizen: Citizen,
    version: CarePlanVersion,
    input: SaveCarePlanDraftInput,
    lifeAreas: Map<string, LifeArea>,
  ): Promise<PlanContent> {
    const problems: Array<{ field: string; message: string }> = [];
    const memberIds = [...new Set(input.goals.flatMap((g) => g.steps.map((s) => s.responsibleMemberId)).filter((id): id is string => !!id))];
    const members = memberIds.length ? await ctx.db.find(TeamMember, { where: { id: In(memberIds), teamId: citizen.teamId } }) : [];
    const teamMemberIds = new Set(members.map((m) => m.id));
    const keys = new Set<string>();
    const knownKeys = await this.goalKeysOf(ctx, citizen.id);

    const goals: PlanGoal[] = input.goals.map((g, i) => {
      const area = lifeAreas.get(g.lifeAreaId);
      if (!area || !area.active) problems.push({ field: `goals.${i}.lifeAreaId`, message: 'Vælg et livsområde fra listen.' });
      let key = g.goalKey ?? randomUUID();
      if (g.goalKey && !knownKeys.has(g.goalKey)) {
        // A key names a goal of this citizen's own plan; new goals come without one.
        problems.push({ field: `goals.${i}.goalKey`, message: 'Målet hører ikke til denne borgers plan. Hent planen igen.' });
        key = randomUUID();
      } else if (keys.has(key)) {
        problems.push({ field: `goals.${i}.goalKey`, message: 'Det samme mål står to gange. Hent planen igen.' });
        key = randomUUID();
      }
      keys.add(key);
      g.steps.forEach((s, j) => {
        if (s.responsibleMemberId && !teamMemberIds.has(s.responsibleMemberId)) {
          problems.push({ field: `goals.${i}.steps.${j}.responsibleMemberId`, message: 'Den ansvarlige skal være med i borgerens team. Vælg en fra listen.' });
        }
      });
      return {
        key,
        lifeAreaId: g.lifeAreaId,
        tracksStageOfChange: area?.tracksStageOfChange ?? false,
        citizenWords: g.citizenWords.trim(),
        status: g.status as GoalStatus,
        stageOfChange: (g.stageOfChange ?? null) as DomainStage | null,
        steps: g.steps.map((s) => ({ description: s.description.trim(), responsibleMemberId: s.responsibleMemberId ?? null, dueOn: s.dueOn ?? null })),
      };
    });
    input.declinedAreas.forEach((d, i) => {
      if (!lifeAreas.get(d.lifeAreaId)?.active) problems.push({ field: `declinedAreas.${i}.lifeAreaId`, message: 'Vælg et livsområde fra listen.' });
    });
    const content: PlanContent = {
      citizenWords: input.citizenWords?.trim() || null,
      nextFollowUpOn: input.nextFollowUpOn ?? null,
      goals,
      declinedAreas: input.declinedAreas.map((d) => ({ lifeAreaId: d.lifeAreaId, citizenWords: d.citizenWords.trim() })),
    };
    problems.push(...draftProblems(content));

    // The stage of change moves from where the agreed plan left it (no judgement, but a relapse restarts the cycle).
    if (version.previousVersionId) {
      const previous = await ctx.db.find(CarePlanGoal, { where: { versionId: version.previousVersionId } });
      const stageBefore = new Map(previous.map((g) => [g.goalKey, g.stageOfChange as DomainStage | null]));
      goals.forEach((g, i) => {
        const from = stageBefore.get(g.key) ?? null;
        if (g.tracksStageOfChange && !isStageTransitionAllowed(from, g.stageOfChange)) {
          problems.push({
            field: `goals.${i}.stageOfChange`,
            message:
              from === 'relapse'
                ? 'Efter et tilbagefald begynder cirklen forfra: vælg "Ikke aktuelt at ændre" (eller behold tilbagefald).'
                : 'Et tilbagefald kan kun noteres, når borgeren har været i gang med en ændring. Vælg et andet stadie.',
          });
        }
      });
    }
    if (problems.length) throw new InputException(problems);
    return content;
  }

  /** Inserts goals, steps and declined areas: three multi-row statements whatever the plan's size. */
  private async writeContent(ctx: RequestContext, versionId: string, content: PlanContent): Promise<void> {
    const tenantId = requireViewer(ctx.viewer).tenantId;
    const goalRows = content.goals.map((g, position) => ({
      id: randomUUID(),
      tenantId,
      versionId,
      goalKey: g.key,
      lifeAreaId: g.lifeAreaId,
      citizenWords: g.citizenWords,
      status: g.status as GoalStatus,
      stageOfChange: g.tracksStageOfChange ? ((g.stageOfChange ?? null) as StageOfChange | null) : null,
      position,
    }));
    const stepRows = content.goals.flatMap((g, i) =>
      g.steps.map((s, position) => ({
        tenantId,
        goalId: goalRows[i].id,
        description: s.description,
        responsibleMemberId: s.responsibleMemberId,
        dueOn: s.dueOn,
        position,
      })),
    );
    const declinedRows = content.declinedAreas.map((d) => ({ tenantId, versionId, lifeAreaId: d.lifeAreaId, citizenWords: d.citizenWords }));
    if (goalRows.length) await ctx.db.insert(CarePlanGoal, goalRows);
    if (stepRows.length) await ctx.db.insert(CarePlanStep, stepRows);
    if (declinedRows.length) await ctx.db.insert(CarePlanDeclinedArea, declinedRows);
  }
}

function emptyContent(): PlanContent {
  return { citizenWords: null, nextFollowUpOn: null, goals: [], declinedAreas: [] };
}

function rowCount(result: unknown): number {
  // TypeORM's postgres driver returns [rows, count] for UPDATE … RETURNING.
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[1];
  return Array.isArray(result) ? result.length : 0;
}
