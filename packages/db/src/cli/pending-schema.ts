/** Prints the SQL TypeORM would run to make the database match the entities (empty = in sync). */
import { databaseUrls } from '../config';
import { createDataSource } from '../data-source';

export async function pendingSchemaSql(database?: string): Promise<string[]> {
  const urls = databaseUrls({ ...process.env, ...(database ? { ACT_DATABASE: database } : {}) });
  const ds = createDataSource({ url: urls.owner, poolSize: 1, applicationName: 'act-check' });
  await ds.initialize();
  try {
    const sql = await ds.driver.createSchemaBuilder().log();
    return sql.upQueries.map((q) => q.query);
  } finally {
    await ds.destroy();
  }
}

if (require.main === module) {
  pendingSchemaSql(process.argv[2])
    .then((q) => console.log(q.join(';\n') + (q.length ? ';' : '')))
    .catch((err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    });
}
