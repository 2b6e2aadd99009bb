import type { EntityManager } from 'typeorm';
import type { TeamBoardEntryModel } from './team-board.model';

const NOTES_PER_ENTRY = 5;

interface EntryRow {
  id: string;
  team_id: string;
  citizen_id: string;
  citizen_name: string;
  reason: string;
  placed_on: string;
  removed_on: string | null;
  removed_reason: string | null;
  days: number;
}
interface ContactRow {
  id: string;
  entry_id: string;
  member_id: string;
  member_name: string;
  agreement: string;
}
interface NoteRow {
  id: string;
  entry_id: string;
  text: string;
  written_by_name: string;
  created_at: Date;
}

/**
 * Board entries with everything shown on the board, in three statements whatever their number:
 * entries (with citizen name and days), contacts, latest notes.
 */
export async function boardEntries(db: EntityManager, where: string, params: unknown[]): Promise<TeamBoardEntryModel[]> {
  const entries = (await db.query<EntryRow[]>(
    `SELECT e.id, e.team_id, e.citizen_id, c.name AS citizen_name, e.reason,
            to_char(e.placed_on, 'YYYY-MM-DD') AS placed_on, to_char(e.removed_on, 'YYYY-MM-DD') AS removed_on, e.removed_reason,
            (coalesce(e.removed_on, (now() AT TIME ZONE 'Europe/Copenhagen')::date) - e.placed_on)::int AS days
     FROM team_board_entry e JOIN citizen c ON c.id = e.citizen_id
     WHERE ${where}
     ORDER BY e.placed_on, c.name, e.id`,
    params,
  ));
  if (!entries.length) return [];
  const ids = entries.map((e) => e.id);
  const contacts = (await db.query<ContactRow[]>(
    `SELECT k.id, k.entry_id, k.member_id, u.name AS member_name, k.agreement
     FROM team_board_contact k JOIN team_member tm ON tm.id = k.member_id JOIN app_user u ON u.id = tm.user_id
     WHERE k.entry_id = ANY($1) ORDER BY k.created_at, k.id`,
    [ids],
  ));
  const notes = (await db.query<NoteRow[]>(
    `SELECT * FROM (
       SELECT n.id, n.entry_id, n.text, u.name AS written_by_name, n.created_at,
              row_number() OVER (PARTITION BY n.entry_id ORDER BY n.created_at DESC, n.id) AS k
       FROM team_board_note n JOIN app_user u ON u.id = n.written_by WHERE n.entry_id = ANY($1)
     ) x WHERE k <= $2 ORDER BY created_at DESC, id`,
    [ids, NOTES_PER_ENTRY],
  ));
  return entries.map((e) => ({
    id: e.id,
    teamId: e.team_id,
    citizenId: e.citizen_id,
    citizenName: e.citizen_name,
    reason: e.reason,
    placedOn: e.placed_on,
    daysOnBoard: Math.max(0, e.days),
    removedOn: e.removed_on,
    removedReason: e.removed_reason,
    contacts: contacts
      .filter((k) => k.entry_id === e.id)
      .map((k) => ({ id: k.id, memberId: k.member_id, memberName: k.member_name, agreement: k.agreement })),
    latestNotes: notes
      .filter((n) => n.entry_id === e.id)
      .map((n) => ({ id: n.id, text: n.text, writtenByName: n.written_by_name, createdAt: n.created_at })),
  }));
}
