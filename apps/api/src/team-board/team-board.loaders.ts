import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import type { TeamBoardEntryModel } from './team-board.model';
import { boardEntries } from './team-board.queries';

/** The citizen's current place on the team board, if any — three statements for any number. */
export function boardEntryByCitizen(db: EntityManager) {
  return new DataLoader<string, TeamBoardEntryModel | null>(async (ids) => {
    const entries = await boardEntries(db, 'e.citizen_id = ANY($1) AND e.removed_on IS NULL', [[...ids]]);
    const map = new Map(entries.map((e) => [e.citizenId, e]));
    return ids.map((id) => map.get(id) ?? null);
  });
}
