import { closeOwnerDataSource, createTestTenant, ownerDataSource, shortId, type TestTenant } from '@act/db/testing';
import { type ApiHarness, startApi } from '../testing/api-harness';
import { looksDanish } from '../testing/db-state';

const CREATE = `mutation($input: CreateUserInput!) { createUser(input: $input) { id name } }`;

describe('password strength when a password is set (createUser)', () => {
  let api: ApiHarness;
  let t: TestTenant;
  let admin: string;

  beforeAll(async () => {
    api = await startApi();
    t = await createTestTenant({ name: `Hvalpsund Kommune ${shortId()}` });
    admin = await api.login(t.admin.email, t.password);
  });
  afterAll(async () => {
    await api.close();
    await closeOwnerDataSource();
  });

  const create = (email: string, password: string, name = 'Mette Kirstine Holm') =>
    api.gql(CREATE, { input: { name, email, role: 'TEAM_MEMBER', password } }, admin);

  async function usersWithEmail(email: string): Promise<number> {
    const rows = await (await ownerDataSource()).query(`SELECT count(*)::int AS n FROM app_user WHERE email = $1`, [email]);
    return rows[0].n;
  }

  it.each([
    ['sommer2024!!', 'Adgangskoden ligner et almindeligt ord, et navn eller et stednavn.'],
    ['Kolding12345', 'Adgangskoden ligner et almindeligt ord, et navn eller et stednavn.'],
    ['aaaaaaaaaaaa', 'Gentagelser som "aaa" er lette at gætte.'],
    ['password1234', 'Adgangskoden er almindelig og står på lister over kendte adgangskoder.'],
    ['mette.kirstine.holm', 'Undgå navn, e-mailadresse og kommunens navn i adgangskoden.'],
    ['Hvalpsund2026!!', 'Undgå navn, e-mailadresse og kommunens navn i adgangskoden.'],
  ])('refuses %p with Danish reasons under the field, and stores nothing', async (password, reason) => {
    const email = `mette.kirstine.holm@${shortId()}.hvalpsund.dk`;
    const res = await create(email, password);
    expect(res.data ?? null).toBeNull();
    const [error] = res.errors!;
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'password',
      passwordRefusal: 'weak',
      fields: [{ field: 'password', message: error.message }],
    });
    expect(error.message).toMatch(/^Adgangskoden er for let at gætte\. /);
    expect(error.message).toContain(reason);
    expect(error.extensions!.passwordReasons).toContain(reason);
    expect(error.extensions!.passwordSuggestions.length).toBeGreaterThan(0);
    for (const text of [error.message, ...error.extensions!.passwordReasons, ...error.extensions!.passwordSuggestions]) {
      expect(looksDanish(text)).toBe(true);
    }
    // The password itself is never echoed back.
    expect(JSON.stringify(res)).not.toContain(password);
    expect(await usersWithEmail(email)).toBe(0);
  });

  it('keeps the length rule and its message', async () => {
    const email = `kort-${shortId()}@hvalpsund.dk`;
    const res = await create(email, 'Kort-1');
    expect(res.errors![0].message).toBe('Adgangskoden skal være mindst 12 tegn. Brug gerne en sætning på flere ord.');
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password', passwordRefusal: 'too_short' });
    expect(await usersWithEmail(email)).toBe(0);
  });

  it('accepts a long passphrase and stores only its argon2id hash', async () => {
    const email = `mette.kirstine.holm-${shortId()}@hvalpsund.dk`;
    const res = await create(email, 'grøn cykel ved havnen i regnvejr');
    expect(res.errors).toBeUndefined();
    const rows = await (await ownerDataSource()).query(`SELECT password_hash FROM app_user WHERE id = $1`, [res.data!.createUser.id]);
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);
    // The new user can log in with it.
    await api.login(email, 'grøn cykel ved havnen i regnvejr');
  });
});
