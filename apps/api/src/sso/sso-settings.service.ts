import { Inject, Injectable } from '@nestjs/common';
import { requireViewer } from '../auth/access-policy';
import type { RequestContext } from '../common/request/request-context';
import { API_CONFIG, type ApiConfig } from '../config';
import { OidcClients } from './oidc-clients';
import { publicBaseUrl } from './public-url';
import { callbackUrl, loadSettings } from './sso-login.service';
import type { SaveSsoSettingsInput, SsoLoginOptionModel, SsoSettingsModel } from './sso.model';
import { SsoErrorCode, SsoException } from './sso.exception';

const invalid = (message: string, field: string) => new SsoException(SsoErrorCode.InvalidSettings, message, field);

/** The admin's SSO settings and the login page's list of municipalities offering SSO. */
@Injectable()
export class SsoSettingsService {
  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly clients: OidcClients,
  ) {}

  async loginOptions(ctx: RequestContext): Promise<SsoLoginOptionModel[]> {
    const rows = (await ctx.queryRunner.query(`SELECT tenant_id, tenant_name FROM sso_login_options()`)) as Array<{
      tenant_id: string;
      tenant_name: string;
    }>;
    return rows.map((r) => ({ tenantId: r.tenant_id, tenantName: r.tenant_name }));
  }

  async get(ctx: RequestContext): Promise<SsoSettingsModel | null> {
    const viewer = requireViewer(ctx.viewer);
    const settings = await loadSettings(ctx, viewer.tenantId);
    if (!settings) return null;
    const linked = (await ctx.queryRunner.query(`SELECT count(*)::int AS n FROM app_user WHERE sso_subject IS NOT NULL`)) as Array<{
      n: number;
    }>;
    const base = publicBaseUrl(this.config, ctx.req);
    return {
      enabled: settings.enabled,
      issuer: settings.issuer,
      clientId: settings.clientId,
      clientSecretEnv: settings.clientSecretEnv,
      clientSecretAvailable: !!settings.clientSecretEnv && !!this.config.sso.secrets[settings.clientSecretEnv],
      ssoRequired: settings.ssoRequired,
      breakGlassUserId: settings.breakGlassUserId,
      redirectUri: callbackUrl(base),
      postLogoutRedirectUri: `${base}/login`,
      linkedUsers: linked[0].n,
    };
  }

  async save(ctx: RequestContext, input: SaveSsoSettingsInput): Promise<SsoSettingsModel> {
    const viewer = requireViewer(ctx.viewer);
    const issuer = input.issuer.trim(); // kept exactly: some IdPs' issuer ends in a slash
    if (!issuer.startsWith('https://') && !this.config.sso.allowHttp) {
      throw invalid('Udbyderens adresse skal begynde med https://.', 'issuer');
    }
    if (input.ssoRequired && !input.enabled) {
      throw invalid('Fælles log-ind skal være slået til, før det kan kræves.', 'ssoRequired');
    }
    if (input.ssoRequired && !input.breakGlassUserId) {
      throw invalid('Vælg en administrator som nødadgang, før fælles log-ind kræves af alle.', 'breakGlassUserId');
    }
    if (input.breakGlassUserId) {
      const admins = (await ctx.queryRunner.query(
        `SELECT 1 FROM app_user WHERE id = $1 AND role = 'admin' AND disabled_at IS NULL`,
        [input.breakGlassUserId],
      )) as unknown[];
      if (!admins.length) throw invalid('Nødadgangen skal være en aktiv administrator i jeres kommune.', 'breakGlassUserId');
    }
    const secretEnv = input.clientSecretEnv || null;
    if (input.enabled) {
      if (secretEnv && !this.config.sso.secrets[secretEnv]) {
        throw invalid(`Hemmeligheden ${secretEnv} er ikke sat på serveren. Bed driften om at sætte den, og prøv igen.`, 'clientSecretEnv');
      }
      // Enabling checks that the IdP answers and names itself by this issuer.
      await this.clients
        .get({ tenantId: viewer.tenantId, enabled: true, issuer, clientId: input.clientId, clientSecretEnv: secretEnv, ssoRequired: false, breakGlassUserId: null })
        .catch(() => {
          throw invalid('Udbyderen svarede ikke som forventet på denne adresse. Tjek adressen (issuer) med jeres IdP-team.', 'issuer');
        });
    }
    await ctx.queryRunner.query(
      `INSERT INTO tenant_sso (tenant_id, enabled, issuer, client_id, client_secret_env, sso_required, break_glass_user_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (tenant_id) DO UPDATE SET enabled = EXCLUDED.enabled, issuer = EXCLUDED.issuer, client_id = EXCLUDED.client_id,
         client_secret_env = EXCLUDED.client_secret_env, sso_required = EXCLUDED.sso_required,
         break_glass_user_id = EXCLUDED.break_glass_user_id, updated_at = now()`,
      [viewer.tenantId, input.enabled, issuer, input.clientId.trim(), secretEnv, input.ssoRequired, input.breakGlassUserId ?? null],
    );
    return (await this.get(ctx))!;
  }
}
