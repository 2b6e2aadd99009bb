import 'reflect-metadata';
import type { LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import { AppModule } from './app.module';
import { API_CONFIG, type ApiConfig } from './config';

export async function createApp(options: { logger?: LogLevel[] } = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    logger: options.logger ?? ['error', 'warn', 'log'],
    abortOnError: false,
  });
  app.use(cookieParser());
  // Queries go by POST only, so nothing asked for (a CPR number in accessLogExtract) ends up in a URL.
  app.use('/graphql', (req: Request, res: Response, next: NextFunction) => {
    if (req.method === 'GET') {
      res.status(405).set('allow', 'POST').json({ errors: [{ message: 'Brug POST.', extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    next();
  });
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  app.enableShutdownHooks();
  return app;
}

async function main(): Promise<void> {
  const app = await createApp();
  const config = app.get<ApiConfig>(API_CONFIG);
  await app.listen(config.port, config.host);
  console.log(`[api] GraphQL on http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}/graphql`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error('[api] failed to start:', error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
