import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { ApiConfig } from '../config';

/**
 * The API answers JSON (and calendar files), never pages: nothing it sends may run script, be
 * framed or be sniffed into another type. HSTS only in production (it would pin a developer's
 * localhost to https). The GraphQL landing page is off (playground false, GET /graphql refused),
 * so `default-src 'none'` breaks nothing.
 */
export function securityHeaders(config: Pick<ApiConfig, 'production'>): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    strictTransportSecurity: config.production ? { maxAge: 63072000, includeSubDomains: true } : false,
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
}
