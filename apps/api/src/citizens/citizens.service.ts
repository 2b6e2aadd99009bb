import { Citizen, CitizenStatus } from '@act/db';
import { normaliseDanishPhone, normaliseEmail, parseCpr } from '@act/domain';
import { Injectable } from '@nestjs/common';
import { audit } from '../access-log/audit.buffer';
import { assertCitizensOfTeam, readableCitizen, requireViewer } from '../auth/access-policy';
import { type Connection, paginate } from '../common/graphql/connection';
import { InputException } from '../common/errors/input.exception';
import { isUniqueViolation } from '../common/errors/pg-errors';
import type { RequestContext } from '../common/request/request-context';
import { CitizenErrorCode, CitizenException } from './citizen.exception';
import type { AddressInput, CitizenListArgs, CreateCitizenInput, UpdateCitizenInput } from './dto/citizen.inputs';

const NOT_FOUND = 'Borgeren findes ikke. Tjek, at du har valgt den rigtige borger.';

@Injectable()
export class CitizensService {
  /** The team's citizens, sorted by name. Every listed citizen leaves an access-log row. */
  async listForTeam(ctx: RequestContext, teamId: string, args: CitizenListArgs): Promise<Connection<Citizen>> {
    const viewer = requireViewer(ctx.viewer);
    assertCitizensOfTeam(viewer, teamId);
    const qb = ctx.db.getRepository(Citizen).createQueryBuilder('c').where('c.team_id = :teamId', { teamId });
    if (args.status) qb.andWhere('c.status = :status', { status: args.status });
    const search = args.search?.trim();
    if (search) qb.andWhere(`c.name ILIKE :search ESCAPE '\\'`, { search: `%${search.replace(/[\\%_]/g, (m) => `\\${m}`)}%` });
    const connection = await paginate(qb, args, [
      { column: 'c.name', value: (c) => c.name },
      { column: 'c.id', value: (c) => c.id, kind: 'uuid' },
    ]);
    const criterion = [`team:${teamId}`, args.status && `status:${args.status}`, search && `search:${search}`]
      .filter(Boolean)
      .join(' ');
    audit(ctx, ...connection.edges.map((e) => ({ operation: 'citizen.list' as const, citizenId: e.node.id, criterion })));
    return connection;
  }

  /** One citizen, if the viewer's team has them. A refused attempt is logged too. */
  /** `forUpdate` locks the row until the request ends: writers that read-check-write use it. */
  async get(ctx: RequestContext, id: string, forUpdate = false): Promise<Citizen> {
    const citizen = await readableCitizen(ctx, id, () => new CitizenException(CitizenErrorCode.NotFound, NOT_FOUND), forUpdate);
    audit(ctx, { operation: 'citizen.read', citizenId: citizen.id });
    return citizen;
  }

  async revealCpr(ctx: RequestContext, id: string): Promise<string> {
    const citizen = await this.get(ctx, id);
    audit(ctx, { operation: 'citizen.cpr.reveal', citizenId: citizen.id });
    return citizen.cpr;
  }

  async create(ctx: RequestContext, input: CreateCitizenInput): Promise<Citizen> {
    const viewer = requireViewer(ctx.viewer);
    assertCitizensOfTeam(viewer, input.teamId);
    const cpr = parseCpr(input.cpr);
    if (!cpr.ok) throw InputException.field('cpr', 'CPR-nummeret er ikke gyldigt. Skriv det som 10 cifre, fx 010190-1234.');
    // Finding out that a CPR number belongs to an ACT citizen is itself a lookup: it is logged,
    // and kept in the log although the create is refused.
    const existing: Array<{ id: string }> = await ctx.db.query(`SELECT id FROM citizen WHERE cpr = $1`, [cpr.value]);
    if (existing[0]) {
      audit(ctx, { operation: 'citizen.create.duplicate', citizenId: existing[0].id, criterion: `team:${input.teamId}` });
      throw duplicateCpr();
    }
    const citizen = ctx.db.create(Citizen, {
      tenantId: viewer.tenantId,
      teamId: input.teamId,
      name: input.name.trim(),
      cpr: cpr.value,
      status: input.status as CitizenStatus,
      statusReason: null,
      phone: input.phone ? normaliseDanishPhone(input.phone) : null,
      email: input.email ? normaliseEmail(input.email) : null,
      ...addressColumns(input.address),
    });
    try {
      await ctx.db.save(citizen);
    } catch (error) {
      if (isUniqueViolation(error, 'uq_citizen_tenant_cpr')) throw duplicateCpr();
      throw error;
    }
    audit(ctx, { operation: 'citizen.create', citizenId: citizen.id });
    return citizen;
  }

  async update(ctx: RequestContext, input: UpdateCitizenInput): Promise<Citizen> {
    const citizen = await this.get(ctx, input.id, true); // locked: the version check cannot race
    if (input.expectedVersion && input.expectedVersion !== citizen.version) {
      throw new CitizenException(
        CitizenErrorCode.StaleVersion,
        'Borgerens oplysninger er ændret af en anden, mens du redigerede. Hent siden igen, og lav din ændring på ny.',
      );
    }
    if (input.name) citizen.name = input.name.trim();
    if (input.status) {
      if (input.status === CitizenStatus.Ended && !input.statusReason?.trim()) {
        throw new CitizenException(CitizenErrorCode.ReasonRequired, 'Skriv, hvorfor forløbet afsluttes.', 'statusReason');
      }
      if (input.status === CitizenStatus.Active && citizen.status !== CitizenStatus.Active) {
        // Every active citizen has exactly one primary contact: activation happens by assigning one.
        const open: unknown[] = await ctx.db.query(
          `SELECT 1 FROM primary_assignment WHERE citizen_id = $1 AND ended_at IS NULL`,
          [citizen.id],
        );
        if (!open.length) {
          throw new CitizenException(
            CitizenErrorCode.ReasonRequired,
            'En aktiv borger skal have en primær kontaktperson. Tildel en under Borgerfordeling — så bliver borgeren aktiv.',
            'status',
          );
        }
      }
      citizen.status = input.status as CitizenStatus;
      citizen.statusReason = input.statusReason?.trim() || null;
    }
    if (input.phone !== undefined) citizen.phone = input.phone ? normaliseDanishPhone(input.phone) : null;
    if (input.email !== undefined) citizen.email = input.email ? normaliseEmail(input.email) : null;
    if (input.address !== undefined) Object.assign(citizen, addressColumns(input.address));
    await ctx.db.save(citizen);
    if (citizen.status === CitizenStatus.Ended) {
      // An ended course frees the primary contact's place; the history keeps who it was.
      await ctx.db.query(
        `UPDATE primary_assignment SET ended_at = now(), ended_by = $2, end_reason = $3, end_kind = $4
         WHERE citizen_id = $1 AND ended_at IS NULL`,
        [citizen.id, ctx.viewer?.userId ?? null, 'Forløbet er afsluttet', input.endKind ?? 'other'],
      );
      await ctx.db.query(`UPDATE secondary_contact SET ended_at = now() WHERE citizen_id = $1 AND ended_at IS NULL`, [citizen.id]);
    }
    audit(ctx, { operation: 'citizen.update', citizenId: citizen.id });
    return citizen;
  }
}

function addressColumns(address: AddressInput | null | undefined) {
  return {
    street: address?.street.trim() ?? null,
    postalCode: address?.postalCode ?? null,
    city: address?.city.trim() ?? null,
    accessNote: address?.accessNote?.trim() || null,
  };
}

function duplicateCpr(): CitizenException {
  return new CitizenException(
    CitizenErrorCode.CprAlreadyRegistered,
    'Der findes allerede en borger med dette CPR-nummer i kommunen. Kontakt teamlederen, før du opretter borgeren igen.',
    'cpr',
  );
}
