/** The demo data inserts cleanly under the real constraints and triggers (rolled back afterwards). */
import { closeOwnerDataSource, ownerDataSource, shortId } from '../testing/factories';
import { verifyPassword } from '../password-hash';
import { DEMO_LOGINS, generateDemoData, type DemoData } from './demo-data';
import { insertDemoData } from './seed';

afterAll(() => closeOwnerDataSource());

/** The demo with its own tenant name and e-mail domain, so it never clashes with a seeded demo. */
function isolatedDemo(): DemoData {
  const data = generateDemoData();
  const domain = `demo-${shortId()}.test`;
  const email = (e: string) => e.replace(/@demo\.dk$/, `@${domain}`);
  return {
    ...data,
    tenantName: `Demo Kommune ${shortId()}`,
    users: data.users.map((u) => ({ ...u, email: email(u.email) })),
    teams: data.teams.map((t) => ({ ...t, members: t.members.map((m) => ({ ...m, email: email(m.email) })) })),
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
      expect(summary).toMatchObject({ created: true, teams: 2, users: data.users.length, citizens: 60 });
      const [counts] = await manager.query(
        `SELECT (SELECT count(*) FROM citizen WHERE tenant_id = $1)::int AS citizens,
                (SELECT count(*) FROM team_member WHERE tenant_id = $1 AND is_team_leader)::int AS leaders,
                (SELECT count(DISTINCT cpr) FROM citizen WHERE tenant_id = $1)::int AS cprs`,
        [summary.tenantId],
      );
      expect(counts).toEqual({ citizens: 60, leaders: 2, cprs: 60 });
      const leaderEmail = DEMO_LOGINS.teamLeader.replace('@demo.dk', data.users[2]!.email.slice(data.users[2]!.email.indexOf('@')));
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
