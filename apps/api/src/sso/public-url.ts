import type { Request } from 'express';
import type { ApiConfig } from '../config';

/**
 * Where browsers reach the platform: SSO_PUBLIC_URL in production (the redirect URI registered
 * at the IdP is built from it); unset, the request's own address (development and tests).
 */
export function publicBaseUrl(config: ApiConfig, req: Request): string {
  return config.sso.publicUrl ?? `${req.protocol}://${req.get('host')}`;
}
