import type { AuditEntry } from './audit-entry';
import { groupByCitizen } from './audit.buffer';

const base = { tenantId: 't1', actorUserId: 'u1', purpose: 'planning' } as const;
const list = (citizenId: string | null, criterion = 'team:1'): AuditEntry => ({ ...base, operation: 'citizen.list', citizenId, criterion });

describe('groupByCitizen (ADR 0026): one row per request and operation', () => {
  it('entries that differ only by citizen become one row, each citizen once, in the order met', () => {
    expect(groupByCitizen([list('c2'), list('c1'), list('c2'), list('c3')])).toEqual([
      { ...base, operation: 'citizen.list', criterion: 'team:1', citizenIds: ['c2', 'c1', 'c3'] },
    ]);
  });

  it('keeps apart what differs in operation, criterion, purpose, actor or tenant', () => {
    const rows = groupByCitizen([
      list('c1'),
      list('c2', 'team:2'),
      { ...base, operation: 'citizen.read', citizenId: 'c1' },
      { ...base, operation: 'citizen.list', citizenId: 'c3', criterion: 'team:1', purpose: 'care' },
      { ...base, operation: 'citizen.list', citizenId: 'c4', criterion: 'team:1', actorUserId: 'u2' },
      { ...base, operation: 'citizen.list', citizenId: 'c5', criterion: 'team:1', tenantId: 't2' },
      list('c6'),
    ]);
    expect(rows.map((r) => [r.operation, r.criterion, r.citizenIds])).toEqual([
      ['citizen.list', 'team:1', ['c1', 'c6']],
      ['citizen.list', 'team:2', ['c2']],
      ['citizen.read', null, ['c1']],
      ['citizen.list', 'team:1', ['c3']],
      ['citizen.list', 'team:1', ['c4']],
      ['citizen.list', 'team:1', ['c5']],
    ]);
  });

  it('entries about no citizen stay one row each', () => {
    const search: AuditEntry = { ...base, operation: 'access-log.search', citizenId: null, criterion: 'x' };
    expect(groupByCitizen([search, search]).map((r) => r.citizenIds)).toEqual([[], []]);
  });
});
