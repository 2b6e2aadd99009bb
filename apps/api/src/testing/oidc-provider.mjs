// A real OpenID provider (oidc-provider 9) for the SSO tests, run as its own Node process
// (oidc-provider and koa are ESM-only; Node loads them natively, jest would have to transform them).
// Started by oidc-test-provider.ts. Clients come from OIDC_TEST_CLIENTS (JSON). Who signs in is
// set by the test: POST /__test/login {sub, email, email_verified, name} — the login and consent
// steps are then completed without a form, as a user who is already signed in at the IdP.
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const clients = JSON.parse(process.env.OIDC_TEST_CLIENTS ?? '[]');
/** The account the next interaction signs in as, and every account seen (findAccount reads them). */
let next = null;
const accounts = new Map();

const server = createServer();
await new Promise((resolve) => server.listen(Number(process.env.OIDC_TEST_PORT ?? 0), '127.0.0.1', resolve));
const { port } = server.address();
// A test may ask for a different issuer host than the one it connects to (the wrong-issuer test).
const issuer = process.env.OIDC_TEST_ISSUER ?? `http://127.0.0.1:${port}`;

const provider = new Provider(issuer, {
  clients,
  pkce: { required: () => true },
  scopes: ['openid', 'email', 'profile'],
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  features: {
    devInteractions: { enabled: false },
    rpInitiatedLogout: {
      enabled: true,
      // The IdP's "log out?" question answered at once (a real IdP asks its user).
      logoutSource: (ctx, form) => {
        ctx.body = `<!doctype html><html lang="en"><head><title>Logging out</title></head><body>${form}
          <script>document.forms[0].submit()</script></body></html>`;
      },
      postLogoutSuccessSource: (ctx) => {
        ctx.body = '<!doctype html><html lang="en"><head><title>Logged out</title></head><body><h1>Logged out at the IdP</h1></body></html>';
      },
    },
  },
  cookies: { keys: ['test-only-cookie-key'] },
  findAccount: (_ctx, sub) => {
    const account = accounts.get(sub);
    if (!account) return undefined;
    return { accountId: sub, claims: () => ({ ...account, sub }) };
  },
  interactions: { url: (_ctx, interaction) => `/__test/interaction/${interaction.uid}` },
  // Tokens short-lived like a real IdP; the code is single-use in any case.
  ttl: { AuthorizationCode: 60, IdToken: 300, AccessToken: 300, Session: 3600, Interaction: 600, Grant: 3600 },
});
provider.proxy = false;

const handler = provider.callback();
server.on('request', async (req, res) => {
  try {
    if (req.method === 'POST' && req.url === '/__test/login') {
      let body = '';
      for await (const chunk of req) body += chunk;
      next = JSON.parse(body);
      accounts.set(next.sub, next);
      res.writeHead(204).end();
      return;
    }
    const match = /^\/__test\/interaction\/([\w-]+)/.exec(req.url ?? '');
    if (match) {
      const details = await provider.interactionDetails(req, res);
      if (!next) {
        await provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'no test user' });
        return;
      }
      const grant = details.grantId
        ? await provider.Grant.find(details.grantId)
        : new provider.Grant({ accountId: next.sub, clientId: details.params.client_id });
      grant.addOIDCScope(String(details.params.scope ?? 'openid'));
      const grantId = await grant.save();
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: next.sub }, consent: { grantId } },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    handler(req, res);
  } catch (error) {
    res.writeHead(500).end(String(error));
  }
});

process.stdout.write(`ready ${JSON.stringify({ port, issuer })}\n`);
