/**
 * A participant's own side: the rounds they are invited to and their own answers. Every query
 * is bound to the caller's own participant row, so no one — the steering group included — can
 * read anyone else's answers through here.
 */
import type { ReadinessDriver, ReadinessGroup } from '@act/db';
import { Injectable } from '@nestjs/common';
import { requireViewer } from '../auth/access-policy';
import type { RequestContext } from '../common/request/request-context';
import type { ReadinessAnswerInput, SaveReadinessAnswersInput } from './dto/readiness.inputs';
import { ReadinessErrorCode, ReadinessException, isClosedRoundRefusal, roundClosed, roundNotFound } from './readiness.exception';
import type { MyReadinessRoundModel } from './readiness.model';
import { roundStatus } from './readiness-rounds';

interface MyRoundRow {
  participant_id: string;
  round_id: string;
  title: string;
  opens_on: string;
  closes_on: string;
  closed_at: Date | null;
  participant_group: ReadinessGroup;
  submitted_at: Date | null;
}

interface MyAnswerRow {
  round_id: string;
  round_statement_id: string;
  driver: ReadinessDriver;
  text: string;
  score: number | null;
  dont_know: boolean | null;
  comment: string | null;
}

@Injectable()
export class ReadinessAnswersService {
  async myRounds(ctx: RequestContext, roundId?: string): Promise<MyReadinessRoundModel[]> {
    const viewer = requireViewer(ctx.viewer);
    const rounds: MyRoundRow[] = await ctx.db.query(
      `SELECT p.id AS participant_id, r.id AS round_id, r.title, r.opens_on::text AS opens_on, r.closes_on::text AS closes_on,
              r.closed_at, p.participant_group, p.submitted_at
       FROM readiness_participant p JOIN readiness_round r ON r.id = p.round_id
       WHERE p.user_id = $1 AND ($2::uuid IS NULL OR r.id = $2)
       ORDER BY r.closes_on DESC, r.created_at DESC, r.id`,
      [viewer.userId, roundId ?? null],
    );
    if (!rounds.length) return [];
    const answers: MyAnswerRow[] = await ctx.db.query(
      `SELECT s.round_id, s.id AS round_statement_id, s.driver, s.text, a.score, a.dont_know, a.comment
       FROM readiness_round_statement s
       JOIN readiness_participant p ON p.round_id = s.round_id AND p.user_id = $2
       LEFT JOIN readiness_answer a ON a.round_statement_id = s.id AND a.participant_id = p.id
       WHERE s.round_id = ANY($1) ORDER BY s.round_id, s.position`,
      [rounds.map((r) => r.round_id), viewer.userId],
    );
    return rounds.map((r) => {
      const own = answers.filter((a) => a.round_id === r.round_id);
      return {
        roundId: r.round_id,
        title: r.title,
        opensOn: r.opens_on,
        closesOn: r.closes_on,
        status: roundStatus(r),
        group: r.participant_group,
        submittedAt: r.submitted_at,
        statementCount: own.length,
        answered: own.filter((a) => a.score !== null || a.dont_know).length,
        answers: own.map((a) => ({
          roundStatementId: a.round_statement_id,
          driver: a.driver,
          text: a.text,
          score: a.score,
          dontKnow: a.dont_know ?? false,
          comment: a.comment,
        })),
      };
    });
  }

  async myRound(ctx: RequestContext, roundId: string): Promise<MyReadinessRoundModel> {
    const [round] = await this.myRounds(ctx, roundId);
    if (!round) throw roundNotFound();
    return round;
  }

  /** Saves a draft: answered statements are stored, a statement with neither score nor "ved ikke" is cleared. */
  async save(ctx: RequestContext, input: SaveReadinessAnswersInput): Promise<MyReadinessRoundModel> {
    await this.write(ctx, input);
    return this.myRound(ctx, input.roundId);
  }

  /** Saves the last answers and hands them in; every statement needs a score or "ved ikke". */
  async submit(ctx: RequestContext, input: SaveReadinessAnswersInput): Promise<MyReadinessRoundModel> {
    const participantId = await this.write(ctx, input);
    const [{ missing }]: Array<{ missing: number }> = await ctx.db.query(
      `SELECT count(*)::int AS missing FROM readiness_round_statement s
       WHERE s.round_id = $1 AND NOT EXISTS (SELECT 1 FROM readiness_answer a WHERE a.round_statement_id = s.id AND a.participant_id = $2)`,
      [input.roundId, participantId],
    );
    if (missing > 0) {
      throw new ReadinessException(
        ReadinessErrorCode.NotAllAnswered,
        missing === 1
          ? 'Du mangler at svare på 1 udsagn. Vælg et svar eller Ved ikke ved hvert udsagn, og send igen.'
          : `Du mangler at svare på ${missing} udsagn. Vælg et svar eller Ved ikke ved hvert udsagn, og send igen.`,
        'answers',
      );
    }
    await this.guarded(() => ctx.db.query(`UPDATE readiness_participant SET submitted_at = now() WHERE id = $1`, [participantId]));
    return this.myRound(ctx, input.roundId);
  }

  /** Checks the round and the answers, then writes them in two statements; returns the caller's participant id. */
  private async write(ctx: RequestContext, input: SaveReadinessAnswersInput): Promise<string> {
    const viewer = requireViewer(ctx.viewer);
    const [row]: MyRoundRow[] = await ctx.db.query(
      `SELECT p.id AS participant_id, r.id AS round_id, r.opens_on::text AS opens_on, r.closes_on::text AS closes_on, r.closed_at, p.submitted_at
       FROM readiness_participant p JOIN readiness_round r ON r.id = p.round_id WHERE p.user_id = $1 AND r.id = $2`,
      [viewer.userId, input.roundId],
    );
    if (!row) throw roundNotFound();
    const status = roundStatus(row);
    if (status === 'closed') throw roundClosed();
    if (status === 'upcoming') throw new ReadinessException(ReadinessErrorCode.RoundNotOpenYet, `Vurderingen åbner først ${row.opens_on}.`, 'roundId');
    if (row.submitted_at) throw new ReadinessException(ReadinessErrorCode.AlreadySubmitted, 'Du har allerede sendt dine svar. De kan ikke ændres bagefter.', 'roundId');
    if (!input.answers.length) return row.participant_id;

    const known: Array<{ id: string }> = await ctx.db.query(`SELECT id FROM readiness_round_statement WHERE round_id = $1`, [input.roundId]);
    const ids = new Set(known.map((k) => k.id));
    input.answers.forEach((a, i) => checkAnswer(a, i, ids));
    const given = input.answers.filter((a) => a.dontKnow || a.score != null);
    const cleared = input.answers.filter((a) => !a.dontKnow && a.score == null).map((a) => a.roundStatementId);
    await this.guarded(async () => {
      if (given.length) {
        await ctx.db.query(
          `INSERT INTO readiness_answer (tenant_id, participant_id, round_statement_id, score, dont_know, comment)
           SELECT $1, $2, s, sc, dk, c FROM unnest($3::uuid[], $4::smallint[], $5::boolean[], $6::text[]) AS x(s, sc, dk, c)
           ON CONFLICT (participant_id, round_statement_id)
           DO UPDATE SET score = EXCLUDED.score, dont_know = EXCLUDED.dont_know, comment = EXCLUDED.comment, updated_at = now()`,
          [
            viewer.tenantId,
            row.participant_id,
            given.map((a) => a.roundStatementId),
            given.map((a) => (a.dontKnow ? null : a.score)),
            given.map((a) => a.dontKnow),
            given.map((a) => (a.comment?.trim() ? a.comment.trim() : null)),
          ],
        );
      }
      if (cleared.length) {
        await ctx.db.query(`DELETE FROM readiness_answer WHERE participant_id = $1 AND round_statement_id = ANY($2)`, [row.participant_id, cleared]);
      }
    });
    return row.participant_id;
  }

  /** The trigger refuses a write to a round that closed meanwhile (midnight): the same clear answer. */
  private async guarded<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isClosedRoundRefusal(error)) throw roundClosed();
      throw error;
    }
  }
}

function checkAnswer(a: ReadinessAnswerInput, index: number, roundStatementIds: Set<string>): void {
  const field = `answers.${index}`;
  if (!roundStatementIds.has(a.roundStatementId)) {
    throw new ReadinessException(ReadinessErrorCode.StatementNotInRound, 'Et af udsagnene hører ikke til denne vurdering. Hent siden igen.', `${field}.roundStatementId`);
  }
  if (a.dontKnow && a.score != null) {
    throw new ReadinessException(ReadinessErrorCode.BadAnswer, 'Vælg enten et svar fra 1 til 5 eller Ved ikke – ikke begge.', `${field}.score`);
  }
  if (!a.dontKnow && a.score == null && a.comment?.trim()) {
    throw new ReadinessException(ReadinessErrorCode.BadAnswer, 'Vælg et svar eller Ved ikke til det udsagn, du har skrevet en kommentar til.', `${field}.score`);
  }
}
