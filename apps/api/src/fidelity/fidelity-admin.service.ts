import { type FidelityModelVersion, type ItemOverride, STANDARD_FIDELITY_MODEL, copenhagenToday, deriveFidelityModelVersion } from '@act/domain';
import { Role, activeFidelityVersion, fidelityVersionById } from '@act/db';
import { Injectable } from '@nestjs/common';
import { leadsTeam, requireViewer } from '../auth/access-policy';
import { AuthErrorCode, AuthException } from '../auth/auth.exception';
import { isUniqueViolation } from '../common/errors/pg-errors';
import type { RequestContext } from '../common/request/request-context';
import type { DeriveFidelityModelVersionInput, RateFidelityItemInput, SetTeamBudgetedPositionsInput } from './fidelity.inputs';
import { FidelityErrorCode, FidelityException } from './fidelity.exception';
import { definitionModel } from './fidelity.mapping';
import type { FidelityManualRatingModel, FidelityModelVersionModel, TeamBudgetedPositionsModel } from './fidelity.model';
import { queryOf, teamRow } from './fidelity.service';

/** What is written about fidelity: manual ratings, budgeted positions, the tenant's model versions. */
@Injectable()
export class FidelityAdminService {
  /** The team leader rates an item the data cannot show; earlier ratings stay (history). */
  async rate(ctx: RequestContext, input: RateFidelityItemInput): Promise<FidelityManualRatingModel> {
    const viewer = requireViewer(ctx.viewer);
    const team = await teamRow(ctx, input.teamId);
    if (!leadsTeam(viewer, team.id)) throw new AuthException(AuthErrorCode.Forbidden, 'Kun teamlederen for dette team kan vurdere punkterne. Kontakt din teamleder.');
    const version = await activeFidelityVersion(queryOf(ctx), viewer.tenantId);
    const item = version.items.find((i) => i.id === input.itemId);
    if (!item || item.kind !== 'manual') {
      throw new FidelityException(FidelityErrorCode.UnknownItem, 'Punktet kan ikke vurderes her: det beregnes af data, eller det findes ikke i modellen.', 'itemId');
    }
    const today = copenhagenToday();
    const ratedOn = input.ratedOn ?? today;
    if (ratedOn > today) throw new FidelityException(FidelityErrorCode.BadRating, 'Datoen for vurderingen kan ikke ligge i fremtiden.', 'ratedOn');
    const note = input.note.trim();
    const [row]: Array<{ id: string }> = await ctx.db.query(
      `INSERT INTO fidelity_manual_rating (tenant_id, team_id, item_id, rating, note, rated_on, rated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [viewer.tenantId, team.id, item.id, input.rating, note, ratedOn, viewer.userId],
    );
    return { id: row.id, itemId: item.id, rating: input.rating, note, ratedOn, ratedByName: viewer.name };
  }

  /** The team's budgeted positions from a day on: ends the span in force then, replaces later ones. */
  async setBudget(ctx: RequestContext, input: SetTeamBudgetedPositionsInput): Promise<TeamBudgetedPositionsModel[]> {
    const viewer = requireViewer(ctx.viewer);
    const team = await teamRow(ctx, input.teamId);
    if (viewer.role !== Role.Admin && !leadsTeam(viewer, team.id)) {
      throw new AuthException(AuthErrorCode.Forbidden, 'Kun administratoren eller teamlederen kan ændre teamets normering.');
    }
    await ctx.db.query(`SELECT id FROM team WHERE id = $1 FOR UPDATE`, [team.id]);
    await ctx.db.query(`DELETE FROM team_budgeted_positions WHERE team_id = $1 AND start_date >= $2::date`, [team.id, input.from]);
    await ctx.db.query(
      `UPDATE team_budgeted_positions SET end_date = $2::date WHERE team_id = $1 AND start_date < $2::date AND (end_date IS NULL OR end_date > $2::date)`,
      [team.id, input.from],
    );
    await ctx.db.query(
      `INSERT INTO team_budgeted_positions (tenant_id, team_id, fte, start_date, created_by) VALUES ($1, $2, $3, $4, $5)`,
      [viewer.tenantId, team.id, input.fte, input.from, viewer.userId],
    );
    return this.budget(ctx, team.id);
  }

  async budget(ctx: RequestContext, teamId: string): Promise<TeamBudgetedPositionsModel[]> {
    const rows: Array<{ id: string; fte: string; start_date: string; end_date: string | null }> = await ctx.db.query(
      `SELECT id, fte::text AS fte, to_char(start_date, 'YYYY-MM-DD') AS start_date, to_char(end_date, 'YYYY-MM-DD') AS end_date
       FROM team_budgeted_positions WHERE team_id = $1 ORDER BY start_date`,
      [teamId],
    );
    return rows.map((r) => ({ id: r.id, fte: Number(r.fte), from: r.start_date, to: r.end_date }));
  }

  /** The standard model and the tenant's own versions, oldest first; the active one marked. */
  async versions(ctx: RequestContext): Promise<FidelityModelVersionModel[]> {
    const viewer = requireViewer(ctx.viewer);
    const active = await activeFidelityVersion(queryOf(ctx), viewer.tenantId);
    const rows: Array<{ definition: FidelityModelVersion; created_at: Date }> = await ctx.db.query(
      `SELECT definition, created_at FROM fidelity_model_version ORDER BY created_at, version_id`,
    );
    return [
      versionModel(STANDARD_FIDELITY_MODEL, null, active.versionId),
      ...rows.map((r) => versionModel(r.definition, r.created_at, active.versionId)),
    ];
  }

  /** A new version from a base: other cutoffs, items left out. Checked before it is stored; never changed after. */
  async derive(ctx: RequestContext, input: DeriveFidelityModelVersionInput): Promise<FidelityModelVersionModel> {
    const viewer = requireViewer(ctx.viewer);
    const base = await fidelityVersionById(queryOf(ctx), input.basedOn);
    if (!base) throw new FidelityException(FidelityErrorCode.VersionNotFound, 'Den version, der tages udgangspunkt i, findes ikke.', 'basedOn');
    const items: Record<string, ItemOverride> = {};
    const omit: string[] = [];
    for (const o of input.overrides) {
      const item = base.items.find((i) => i.id === o.itemId);
      if (!item) throw new FidelityException(FidelityErrorCode.BadVersion, `Punktet ${o.itemId} findes ikke i ${base.label}.`, 'overrides');
      if (o.excluded) {
        omit.push(item.id);
        continue;
      }
      if (o.cutoffs) {
        if (item.kind !== 'computed') throw new FidelityException(FidelityErrorCode.BadVersion, `${item.nameDa} vurderes manuelt og har ingen grænser.`, 'overrides');
        if (o.cutoffs.length !== 4) throw new FidelityException(FidelityErrorCode.BadVersion, `Grænserne for ${item.nameDa} skal være fire tal.`, 'overrides');
        items[item.id] = { rule: { direction: item.rule.direction, cutoffs: o.cutoffs as unknown as readonly [number, number, number, number] } };
      }
    }
    const [{ n }]: Array<{ n: number }> = await ctx.db.query(`SELECT count(*)::int + 1 AS n FROM fidelity_model_version`);
    const versionId = `lokal-${copenhagenToday()}-${n}`;
    let version: FidelityModelVersion;
    try {
      version = deriveFidelityModelVersion(base, { versionId, label: input.label.trim(), items, omit });
    } catch (error) {
      if (error instanceof RangeError) throw new FidelityException(FidelityErrorCode.BadVersion, error.message, 'overrides');
      throw error;
    }
    let createdAt: Date;
    try {
      const [row]: Array<{ created_at: Date }> = await ctx.db.query(
        `INSERT INTO fidelity_model_version (tenant_id, version_id, label, based_on, definition, created_by)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING created_at`,
        [viewer.tenantId, version.versionId, version.label, base.versionId, JSON.stringify(version), viewer.userId],
      );
      createdAt = row.created_at;
    } catch (error) {
      if (isUniqueViolation(error, 'uq_fidelity_model_version')) {
        throw new FidelityException(FidelityErrorCode.VersionConflict, 'En anden har netop gemt en version. Prøv igen.', 'label');
      }
      throw error;
    }
    const active = await activeFidelityVersion(queryOf(ctx), viewer.tenantId);
    return versionModel(version, createdAt, active.versionId);
  }

  /** The version the tenant's reports use from now on (reports name it; old snapshots keep theirs). */
  async activate(ctx: RequestContext, versionId: string): Promise<FidelityModelVersionModel> {
    const viewer = requireViewer(ctx.viewer);
    const version = await fidelityVersionById(queryOf(ctx), versionId);
    if (!version) throw new FidelityException(FidelityErrorCode.VersionNotFound, 'Versionen findes ikke.', 'versionId');
    const stored = version.versionId === STANDARD_FIDELITY_MODEL.versionId ? null : version.versionId;
    await ctx.db.query(`UPDATE tenant SET active_fidelity_version = $2 WHERE id = $1 AND active_fidelity_version IS DISTINCT FROM $2`, [viewer.tenantId, stored]);
    const rows: Array<{ created_at: Date }> = await ctx.db.query(`SELECT created_at FROM fidelity_model_version WHERE version_id = $1`, [version.versionId]);
    return versionModel(version, rows[0]?.created_at ?? null, version.versionId);
  }
}

function versionModel(v: FidelityModelVersion, createdAt: Date | null, activeId: string): FidelityModelVersionModel {
  return { versionId: v.versionId, label: v.label, basedOn: v.basedOn, active: v.versionId === activeId, createdAt, items: v.items.map(definitionModel) };
}
