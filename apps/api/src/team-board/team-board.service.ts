import { TeamBoardContact, TeamBoardEntry, TeamBoardNote, TeamMember } from '@act/db';
import { isIsoDate, toCopenhagenIsoDate } from '@act/domain';
import { Injectable } from '@nestjs/common';
import { audit } from '../access-log/audit.buffer';
import { assertCitizensOfTeam, requireViewer } from '../auth/access-policy';
import { CitizensService } from '../citizens/citizens.service';
import { isUniqueViolation } from '../common/errors/pg-errors';
import type { RequestContext } from '../common/request/request-context';
import type { AddTeamBoardContactInput, AddTeamBoardNoteInput, PutOnTeamBoardInput, TakeOffTeamBoardInput } from './dto/team-board.inputs';
import { TeamBoardErrorCode, TeamBoardException } from './team-board.exception';
import type { TeamBoardEntryModel } from './team-board.model';
import { boardEntries } from './team-board.queries';
import { currentMember } from '../teams/current-member';

const DAY_MS = 24 * 60 * 60 * 1000;

@Injectable()
export class TeamBoardService {
  constructor(private readonly citizens: CitizensService) {}

  /** The team's board now: every citizen on it, longest on first. */
  async board(ctx: RequestContext, teamId: string): Promise<TeamBoardEntryModel[]> {
    assertCitizensOfTeam(requireViewer(ctx.viewer), teamId);
    const entries = await boardEntries(ctx.db, 'e.team_id = $1 AND e.removed_on IS NULL', [teamId]);
    audit(ctx, ...entries.map((e) => ({ operation: 'board.read' as const, citizenId: e.citizenId, criterion: `board:team:${teamId}` })));
    return entries;
  }

  private async entry(ctx: RequestContext, entryId: string): Promise<TeamBoardEntry> {
    const entry = await ctx.db.findOne(TeamBoardEntry, { where: { id: entryId } });
    if (!entry) throw new TeamBoardException(TeamBoardErrorCode.EntryNotFound, 'Borgeren står ikke på tavlen. Hent tavlen igen.', 'entryId');
    assertCitizensOfTeam(requireViewer(ctx.viewer), entry.teamId);
    if (entry.removedOn) {
      throw new TeamBoardException(TeamBoardErrorCode.AlreadyOff, 'Borgeren er allerede taget af tavlen. Sæt borgeren på igen, hvis der er brug for det.', 'entryId');
    }
    return entry;
  }

  private async model(ctx: RequestContext, entryId: string): Promise<TeamBoardEntryModel> {
    const [model] = await boardEntries(ctx.db, 'e.id = $1', [entryId]);
    return model;
  }

  async putOn(ctx: RequestContext, input: PutOnTeamBoardInput): Promise<TeamBoardEntryModel> {
    const viewer = requireViewer(ctx.viewer);
    const today = toCopenhagenIsoDate(new Date());
    const earliest = toCopenhagenIsoDate(new Date(Date.now() - 90 * DAY_MS));
    if (!isIsoDate(input.placedOn) || input.placedOn > today || input.placedOn < earliest) {
      throw new TeamBoardException(TeamBoardErrorCode.InvalidDate, 'Datoen skal være i dag eller højst 90 dage tilbage.', 'placedOn');
    }
    const citizen = await this.citizens.get(ctx, input.citizenId);
    const entry = ctx.db.create(TeamBoardEntry, {
      tenantId: viewer.tenantId,
      teamId: citizen.teamId,
      citizenId: citizen.id,
      reason: input.reason.trim(),
      placedOn: input.placedOn,
      placedBy: viewer.userId,
    });
    try {
      await ctx.db.save(entry);
    } catch (error) {
      if (isUniqueViolation(error, 'uq_team_board_entry_open')) {
        throw new TeamBoardException(TeamBoardErrorCode.AlreadyOnBoard, 'Borgeren står allerede på tavlen.', 'citizenId');
      }
      throw error;
    }
    ctx.loaders.boardEntryByCitizen.clear(citizen.id);
    audit(ctx, { operation: 'board.write', citizenId: citizen.id, criterion: 'board:on' });
    return this.model(ctx, entry.id);
  }

  async addContact(ctx: RequestContext, input: AddTeamBoardContactInput): Promise<TeamBoardEntryModel> {
    const viewer = requireViewer(ctx.viewer);
    const entry = await this.entry(ctx, input.entryId);
    const member = await ctx.db.findOne(TeamMember, { where: { id: input.memberId, teamId: entry.teamId, ...currentMember() } });
    if (!member) throw new TeamBoardException(TeamBoardErrorCode.MemberNotOnTeam, 'Vælg en person fra teamet.', 'memberId');
    await ctx.db.insert(TeamBoardContact, { tenantId: viewer.tenantId, entryId: entry.id, memberId: member.id, agreement: input.agreement.trim() });
    audit(ctx, { operation: 'board.write', citizenId: entry.citizenId, criterion: 'board:contact' });
    return this.model(ctx, entry.id);
  }

  async addNote(ctx: RequestContext, input: AddTeamBoardNoteInput): Promise<TeamBoardEntryModel> {
    const viewer = requireViewer(ctx.viewer);
    const entry = await this.entry(ctx, input.entryId);
    await ctx.db.insert(TeamBoardNote, { tenantId: viewer.tenantId, entryId: entry.id, text: input.text.trim(), writtenBy: viewer.userId });
    audit(ctx, { operation: 'board.write', citizenId: entry.citizenId, criterion: 'board:note' });
    return this.model(ctx, entry.id);
  }

  async takeOff(ctx: RequestContext, input: TakeOffTeamBoardInput): Promise<TeamBoardEntryModel> {
    const viewer = requireViewer(ctx.viewer);
    const entry = await this.entry(ctx, input.entryId);
    await ctx.db.query(
      `UPDATE team_board_entry SET removed_on = greatest(placed_on, (now() AT TIME ZONE 'Europe/Copenhagen')::date),
         removed_reason = $2, removed_by = $3 WHERE id = $1 AND removed_on IS NULL`,
      [entry.id, input.reason.trim(), viewer.userId],
    );
    ctx.loaders.boardEntryByCitizen.clear(entry.citizenId);
    audit(ctx, { operation: 'board.write', citizenId: entry.citizenId, criterion: 'board:off' });
    return this.model(ctx, entry.id);
  }
}
