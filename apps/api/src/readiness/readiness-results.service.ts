/**
 * Results and comparisons for the steering group: computed from submitted answers only, shown
 * only for a closed round with at least the minimum group size submitted (packages/domain
 * readiness.ts withholds small figures). Comments come without who wrote them.
 */
import { READINESS_DRIVER_LABELS, READINESS_DRIVERS, readinessGroupResults, readinessResults } from '@act/domain';
import type { ReadinessDriver, ReadinessGroup } from '@act/db';
import { Injectable } from '@nestjs/common';
import { requireViewer } from '../auth/access-policy';
import type { RequestContext } from '../common/request/request-context';
import { roundNotFound } from './readiness.exception';
import type { ReadinessComparisonLineModel, ReadinessComparisonModel, ReadinessResultsModel } from './readiness.model';
import { minGroupSize, roundRows, roundStatements, roundStatus } from './readiness-rounds';

const collator = new Intl.Collator('da');

@Injectable()
export class ReadinessResultsService {
  async results(ctx: RequestContext, roundId: string, minGroup?: number): Promise<ReadinessResultsModel> {
    const viewer = requireViewer(ctx.viewer);
    const [row] = await roundRows(ctx.db, roundId);
    if (!row) throw roundNotFound();
    const min = minGroup ?? (await minGroupSize(ctx.db, viewer.tenantId));
    const shown = row.submitted >= min;
    const empty = { roundId, minGroupSize: min, submitted: shown ? row.submitted : null, drivers: [], statements: [], groupsSuppressed: true, groups: [] };
    if (roundStatus(row) !== 'closed') return { ...empty, available: false, suppressed: !shown };
    if (!shown) return { ...empty, available: true, suppressed: true };

    const statements = await roundStatements(ctx.db, [roundId]);
    const answers: Array<{ participant_id: string; group: ReadinessGroup; round_statement_id: string; score: number | null; comment: string | null }> = await ctx.db.query(
      `SELECT a.participant_id, p.participant_group AS "group", a.round_statement_id, a.score, a.comment
       FROM readiness_answer a JOIN readiness_participant p ON p.id = a.participant_id
       WHERE p.round_id = $1 AND p.submitted_at IS NOT NULL`,
      [roundId],
    );
    const byGroup: Array<{ group: ReadinessGroup; submitted: number }> = await ctx.db.query(
      `SELECT participant_group AS "group", count(*)::int AS submitted FROM readiness_participant
       WHERE round_id = $1 AND submitted_at IS NOT NULL GROUP BY participant_group ORDER BY participant_group`,
      [roundId],
    );
    const perGroup = readinessGroupResults(
      statements.map((s) => ({ id: s.id, driver: s.driver })),
      answers.map((a) => ({ participantId: a.participant_id, group: a.group, statementId: a.round_statement_id, score: a.score })),
      new Map(byGroup.map((g) => [g.group, g.submitted])),
      min,
    );
    const r = readinessResults(
      statements.map((s) => ({ id: s.id, driver: s.driver })),
      answers.map((a) => ({ participantId: a.participant_id, statementId: a.round_statement_id, score: a.score })),
      row.submitted,
      min,
    );
    return {
      ...empty,
      available: true,
      suppressed: r.suppressed,
      drivers: r.drivers.map((d) => ({ driver: d.driver as ReadinessDriver, figures: d.figures })),
      groupsSuppressed: perGroup.suppressed,
      groups: perGroup.groups.map((g) => ({
        group: g.group as ReadinessGroup,
        submitted: g.submitted,
        drivers: g.drivers.map((d) => ({ driver: d.driver as ReadinessDriver, figures: d.figures })),
      })),
      statements: r.statements.map((s) => {
        const statement = statements.find((x) => x.id === s.id)!;
        return {
          roundStatementId: s.id,
          driver: s.driver as ReadinessDriver,
          text: statement.text,
          figures: s.figures,
          comments: answers
            .filter((a) => a.round_statement_id === s.id && a.comment)
            .map((a) => a.comment!)
            .sort(collator.compare),
        };
      }),
    };
  }

  /**
   * Rounds side by side. Drivers always line up; a statement lines up with itself across rounds
   * through the catalogue statement it was copied from (reworded or not), shown in its newest wording.
   */
  async comparison(ctx: RequestContext, roundIds: string[]): Promise<ReadinessComparisonModel> {
    const viewer = requireViewer(ctx.viewer);
    const min = await minGroupSize(ctx.db, viewer.tenantId);
    const rows = await roundRows(ctx.db);
    const rounds = roundIds.map((id) => rows.find((r) => r.id === id) ?? null);
    if (rounds.some((r) => r === null)) throw roundNotFound();
    const results: ReadinessResultsModel[] = [];
    for (const id of roundIds) results.push(await this.results(ctx, id, min)); // one connection: one at a time
    const statements = await roundStatements(ctx.db, roundIds);

    const drivers: ReadinessComparisonLineModel[] = READINESS_DRIVERS.map((driver) => ({
      driver: driver as ReadinessDriver,
      statementId: null,
      text: READINESS_DRIVER_LABELS[driver].label,
      means: results.map((r) => r.drivers.find((d) => d.driver === driver)?.figures.mean ?? null),
    }));
    const lines = new Map<string, ReadinessComparisonLineModel>();
    roundIds.forEach((roundId, i) => {
      for (const s of statements.filter((x) => x.roundId === roundId && x.statementId)) {
        const line = lines.get(s.statementId!) ?? { driver: s.driver, statementId: s.statementId, text: s.text, means: roundIds.map(() => null) };
        line.text = s.text; // the newest wording wins (rounds in the order given, oldest first in the UI)
        line.means[i] = results[i].statements.find((x) => x.roundStatementId === s.id)?.figures.mean ?? null;
        lines.set(s.statementId!, line);
      }
    });
    const order = READINESS_DRIVERS as readonly string[];
    return {
      rounds: rounds.map((r, i) => ({
        id: r!.id,
        title: r!.title,
        closesOn: r!.closes_on,
        suppressed: !results[i].available || results[i].suppressed,
      })),
      drivers,
      statements: [...lines.values()].sort((a, b) => order.indexOf(a.driver) - order.indexOf(b.driver)),
    };
  }
}
