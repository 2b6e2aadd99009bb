/**
 * Seeds the fictional "Demo Kommune" (two ACT teams, staff logins, ~60 citizens with primary
 * contacts, an intake queue and one caseload exception; ACT plans, visits around today, team
 * meetings, the team board and function descriptions). Idempotent:
 * when the tenant exists nothing is changed. Runs as the owner role. Usage:
 *   DATABASE_URL=postgres://… ACT_DATABASE=act node dist/cli/seed-demo.js
 * Prints counts and the demo logins only — never citizen names or CPR numbers.
 */
import { databaseUrls } from '../config';
import { createDataSource } from '../data-source';
import { DEMO_LOGINS, DEMO_PASSWORD, DEMO_TENANT_NAME, seedDemo } from '../demo';

async function main(): Promise<void> {
  const urls = databaseUrls();
  const ds = createDataSource({ url: urls.owner, poolSize: 1, applicationName: 'act-seed-demo' });
  await ds.initialize();
  try {
    // The demo's relative dates (referrals, assignments, the exception, plans, visits, meetings) count from now.
    const summary = await seedDemo(ds, { now: new Date() });
    const counts =
      `${summary.teams} teams, ${summary.users} users, ${summary.members} team members, ${summary.citizens} citizens, ` +
      `${summary.primaryContacts} with a primary contact, ${summary.waiting} waiting, ${summary.exceptions} caseload exception(s), ` +
      `${summary.carePlans} with an agreed ACT plan, ${summary.visits} visits, ${summary.meetings} team meetings, ` +
      `${summary.meetingSeries} meeting series with ${summary.meetingOccurrences} occurrences`;
    if (summary.created) {
      console.log(`"${DEMO_TENANT_NAME}" created in database ${urls.database}: ${counts}`);
    } else {
      console.log(`"${DEMO_TENANT_NAME}" already exists in database ${urls.database} (${counts}); nothing changed`);
    }
    console.log(`logins (password "${DEMO_PASSWORD}"): ${Object.values(DEMO_LOGINS).join(', ')}`);
  } finally {
    await ds.destroy();
  }
}

main().catch((err: unknown) => {
  console.error('demo seed failed:', err instanceof Error ? err.message : err);
  process.exit(1);
});
