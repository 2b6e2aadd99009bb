import { Inject, Injectable } from '@nestjs/common';
import * as oidc from 'openid-client';
import { API_CONFIG, type ApiConfig } from '../config';
import { SsoErrorCode, SsoException } from './sso.exception';

export interface TenantSsoSettings {
  tenantId: string;
  enabled: boolean;
  issuer: string;
  clientId: string;
  clientSecretEnv: string | null;
  ssoRequired: boolean;
  breakGlassUserId: string | null;
}

/** An IdP's metadata is fetched once per issuer and client, then kept for 10 minutes. */
const CACHE_MS = 10 * 60 * 1000;

/**
 * The relying-party side of openid-client 6: discovery (which checks that the metadata names
 * exactly the configured issuer) and client authentication from the named secret.
 */
@Injectable()
export class OidcClients {
  private readonly cache = new Map<string, { at: number; config: Promise<oidc.Configuration> }>();

  constructor(@Inject(API_CONFIG) private readonly config: ApiConfig) {}

  get(settings: TenantSsoSettings): Promise<oidc.Configuration> {
    const key = JSON.stringify([settings.issuer, settings.clientId, settings.clientSecretEnv]);
    const hit = this.cache.get(key);
    if (hit && Date.now() - hit.at < CACHE_MS) return hit.config;
    const config = this.discover(settings);
    this.cache.set(key, { at: Date.now(), config });
    // A failed discovery is not kept: the next login tries again.
    config.catch(() => this.cache.delete(key));
    return config;
  }

  private async discover(settings: TenantSsoSettings): Promise<oidc.Configuration> {
    let secret: string | undefined;
    if (settings.clientSecretEnv) {
      secret = this.config.sso.secrets[settings.clientSecretEnv];
      if (!secret) throw new SsoException(SsoErrorCode.NotConfigured);
    }
    const issuer = new URL(settings.issuer);
    const insecure = issuer.protocol === 'http:';
    if (insecure && !this.config.sso.allowHttp) throw new SsoException(SsoErrorCode.NotConfigured);
    try {
      return await oidc.discovery(issuer, settings.clientId, secret, secret ? oidc.ClientSecretBasic(secret) : oidc.None(), {
        execute: insecure ? [oidc.allowInsecureRequests] : [],
        timeout: 10,
      });
    } catch (error) {
      throw ssoFailure(error);
    }
  }
}

/** openid-client's errors name what failed (issuer, state, nonce...); the user gets one plain message. */
export function ssoFailure(error: unknown): SsoException {
  if (error instanceof SsoException) return error;
  const failure = new SsoException(SsoErrorCode.Failed);
  failure.cause = error;
  return failure;
}
