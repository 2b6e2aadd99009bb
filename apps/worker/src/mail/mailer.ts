import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport } from 'nodemailer';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { withTimeout } from '../database/database.service';

/** One message as the outbox hands it over: already rendered, with its stable Message-ID. */
export interface OutgoingMail {
  to: string;
  /** "<hash@act.invalid>": the same for every attempt at the same reminder. */
  messageId: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * The longest one send may take, all SMTP phases together. It stays well below the outbox lease
 * (mail-outbox: 30 s), so a slow server can never make two workers send the same mail at once.
 */
export const SEND_TIMEOUT_MS = 20_000;

/**
 * Sends mail over SMTP with nodemailer (a small pool of connections, reused between messages).
 * `send` resolves only when the server has accepted the message (250 after DATA), and throws on
 * anything else, so the caller can record `sent` right after it returns.
 */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly transport;

  constructor(@Inject(WORKER_CONFIG) config: WorkerConfig) {
    this.transport = createTransport(
      {
        url: config.mail.smtpUrl,
        pool: true,
        maxConnections: 3,
        connectionTimeout: 5_000,
        greetingTimeout: 5_000,
        socketTimeout: 10_000,
        // Messages are plain text built here; never let a field make nodemailer read files or URLs.
        disableFileAccess: true,
        disableUrlAccess: true,
      },
      { from: config.mail.from },
    );
  }

  async send(mail: OutgoingMail): Promise<void> {
    await withTimeout(
      this.transport.sendMail({
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
        // RFC 3834: automatic mail; auto-responders should not answer it.
        headers: { 'Auto-Submitted': 'auto-generated' },
      }),
      SEND_TIMEOUT_MS,
    );
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
