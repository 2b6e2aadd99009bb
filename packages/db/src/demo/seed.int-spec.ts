/** The demo data inserts cleanly under the real constraints and triggers (rolled back afterwards). */
import { closeOwnerDataSource, ownerDataSource, shortId } from '../testing/factories';
import { verifyPassword } from '../password-hash';
import { DEMO_LOGINS, generateDemoData, type DemoData } from './demo-data';
import { insertDemoData } from './seed';

afterAll(() => closeOwnerDataSource());

/** The demo with its own tenant name and e-mail domain, so it never clashes with a seeded demo. */
const domain = `demo-${shortId()}.test`;
const email = (e: string) => e.replace(/@demo\.dk$/, `@${domain}`);
const leaderEmail = email(DEMO_LOGINS.teamLeader);

function isolatedDemo(): DemoData {
  const data = generateDemoData();
  return {
    ...data,
    tenantName: `Demo Kommune ${shortId()}`,
    users: data.users.map((u) => ({ ...u, email: email(u.email) })),
    teams: data.teams.map((t) => ({
      ...t,
      members: t.members.map((m) => ({ ...m, email: email(m.email) })),
      citizens: t.citizens.map((c) => ({
        ...c,
        primaryContact: c.primaryContact && { ...c.primaryContact, email: email(c.primaryContact.email) },
        secondaryContacts: c.secondaryContacts.map(email),
      })),
    })),
  };
}

class Rollback extends Error {}

it('inserts the whole demo in one transaction', async () => {
  const ds = await ownerDataSource();
  const data = isolatedDemo();
  let checked = false;
  await ds
    .transaction(async (manager) => {
      const summary = await insertDemoData(manager, data);
      const expectedPrimaries = data.teams.flatMap((t) => t.citizens).filter((c) => c.primaryContact && c.primaryContact.endedDaysAgo === null).length;
      expect(summary).toMatchObject({ created: true, teams: 2, users: data.users.length, citizens: 60, primaryContacts: expectedPrimaries });
      const [counts] = await manager.query(
        `SELECT (SELECT count(*) FROM citizen WHERE tenant_id = $1)::int AS citizens,
                (SELECT count(*) FROM team_member WHERE tenant_id = $1 AND is_team_leader)::int AS leaders,
                (SELECT count(DISTINCT cpr) FROM citizen WHERE tenant_id = $1)::int AS cprs`,
        [summary.tenantId],
      );
      expect(counts).toEqual({ citizens: 60, leaders: 2, cprs: 60 });
      const [over] = await manager.query(
        `SELECT count(*)::int AS n FROM team_member m
          WHERE m.tenant_id = $1
            AND (SELECT count(*) FROM primary_assignment p WHERE p.member_id = m.id AND p.ended_at IS NULL)
                > member_primary_capacity(m.id, m.fte, m.carries_caseload)`,
        [summary.tenantId],
      );
      expect(over.n).toBe(0);
      const [leader] = await manager.query('SELECT password_hash FROM app_user WHERE email = $1', [leaderEmail]);
      expect(await verifyPassword(leader.password_hash, 'demo-demo-demo')).toBe(true);
      checked = true;
      throw new Rollback();
    })
    .catch((err: unknown) => {
      if (!(err instanceof Rollback)) throw err;
    });
  expect(checked).toBe(true);
});
