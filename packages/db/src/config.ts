/**
 * Database URLs. Operators give one superuser-capable `DATABASE_URL` (used only by `setup` to
 * create roles and the database); the owner URL (migrations) and the application URL (api,
 * worker) are derived from it unless given explicitly. The application role is neither
 * superuser nor BYPASSRLS and owns nothing, so row-level security always applies to it.
 */
export const OWNER_ROLE = 'act_owner';
export const APP_ROLE = 'act_app';

export interface DatabaseUrls {
  admin: string;
  owner: string;
  app: string;
  database: string;
}

function withCredentials(base: string, user: string, password: string, database: string): string {
  const url = new URL(base);
  url.username = encodeURIComponent(user);
  url.password = encodeURIComponent(password);
  url.pathname = `/${database}`;
  return url.toString();
}

export function databaseUrls(env: NodeJS.ProcessEnv = process.env): DatabaseUrls {
  const admin = env.DATABASE_URL || 'postgres://postgres:postgres@127.0.0.1:54329/postgres';
  const database = env.ACT_DATABASE || 'act';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(database)) throw new Error(`Invalid ACT_DATABASE name: ${database}`);
  return {
    admin,
    database,
    owner:
      env.DATABASE_OWNER_URL ||
      withCredentials(admin, OWNER_ROLE, env.ACT_OWNER_PASSWORD || 'act_owner_local', database),
    app: env.DATABASE_APP_URL || withCredentials(admin, APP_ROLE, env.ACT_APP_PASSWORD || 'act_app_local', database),
  };
}
