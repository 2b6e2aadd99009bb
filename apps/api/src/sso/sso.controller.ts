import { Controller, Get, Inject, Logger, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { RequestContextFactory } from '../common/request/request-context.factory';
import type { RequestContext } from '../common/request/request-context';
import { finishRequest } from '../common/request/request-lifecycle';
import { API_CONFIG, type ApiConfig } from '../config';
import { publicBaseUrl } from './public-url';
import { SsoLoginService } from './sso-login.service';
import { SsoErrorCode, SsoException } from './sso.exception';

const ATTEMPT_SECONDS = 10 * 60;

/**
 * The browser's side of single sign-on: plain redirects, outside GraphQL because the IdP sends the
 * browser back with a GET. Each request runs in its own transaction, committed before the
 * redirect is sent. A failure sends the browser to the login page with `?sso=<code>`.
 */
@Controller('auth/sso')
export class SsoController {
  private readonly logger = new Logger('SSO');

  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly contexts: RequestContextFactory,
    private readonly login: SsoLoginService,
  ) {}

  /** GET /auth/sso/start?tenant=<id> — off to the tenant's IdP. */
  @Get('start')
  async start(@Query('tenant') tenant: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    const base = this.baseUrl(req);
    await this.run(req, res, base, async (ctx) => {
      const { url, state } = await this.login.start(ctx, typeof tenant === 'string' ? tenant : '', base);
      // Lax: the IdP sends the browser back with a cross-site top-level GET, which Strict would strip.
      res.cookie(this.cookieName, state, { ...this.cookieOptions, maxAge: ATTEMPT_SECONDS * 1000 });
      return url;
    });
  }

  /** GET /auth/sso/callback?code=…&state=… — the IdP's answer. */
  @Get('callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    const base = this.baseUrl(req);
    const browserState: unknown = req.cookies?.[this.cookieName];
    res.clearCookie(this.cookieName, this.cookieOptions);
    await this.run(req, res, base, async (ctx) => {
      const current = new URL(req.originalUrl, `${base}/`);
      await this.login.callback(ctx, current, typeof browserState === 'string' ? browserState : undefined);
      return `${base}/`;
    });
  }

  /** POST /auth/sso/logout — ends the session here, then (for an SSO session) at the IdP. */
  @Post('logout')
  async logout(@Req() req: Request, @Res() res: Response): Promise<void> {
    const base = this.baseUrl(req);
    await this.run(req, res, base, (ctx) => this.login.logout(ctx, base));
  }

  private async run(req: Request, res: Response, base: string, step: (ctx: RequestContext) => Promise<string>): Promise<void> {
    res.set({ 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' });
    const ctx = await this.contexts.create(req, res);
    let location: string;
    try {
      location = await step(ctx);
      await finishRequest(ctx, true);
    } catch (error) {
      const known = error instanceof SsoException;
      // A refused callback still uses up its attempt (taken in this transaction): commit that much.
      await finishRequest(ctx, known).catch(() => undefined);
      const code = known ? error.code : SsoErrorCode.Failed;
      const cause = known && error.cause instanceof Error ? `: ${error.cause.message}` : '';
      if (!known) this.logger.error(`SSO request ${ctx.requestId} failed: ${(error as Error).message}`);
      else this.logger.warn(`SSO request ${ctx.requestId} refused (${code})${cause}`);
      location = `${base}/login?sso=${encodeURIComponent(code)}`;
    }
    res.redirect(303, location);
  }

  private baseUrl(req: Request): string {
    return publicBaseUrl(this.config, req);
  }

  private get cookieName(): string {
    return this.config.session.secureCookie ? '__Host-act_sso' : 'act_sso';
  }

  private get cookieOptions() {
    return { httpOnly: true, secure: this.config.session.secureCookie, sameSite: 'lax' as const, path: '/' };
  }
}
