/**
 * A real SMTP server inside the test process (smtp-server), on 127.0.0.1 and a free port, that
 * parses every message (mailparser) and records it before it answers 250 — so a message the
 * sender saw accepted is always in `messages`. Nothing leaves the machine: it relays nothing.
 */
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';

export interface ReceivedMail {
  /** As sent, with angle brackets: "<…@act.invalid>". */
  messageId: string;
  /** Envelope recipients. */
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  headers: Map<string, unknown>;
  receivedAt: Date;
}

export interface SmtpTestServer {
  /** smtp://127.0.0.1:<port>, for the worker's SMTP_URL. */
  readonly url: string;
  readonly port: number;
  /** Every accepted message, in order of acceptance. */
  readonly messages: ReceivedMail[];
  /** The next `count` messages are refused (451: try later; 5xx: for good) and not recorded. */
  rejectNext(count: number, responseCode?: number): void;
  /** Every message waits this long before the server answers (0 by default). */
  setDelay(ms: number): void;
  /** Resolves once at least `count` messages were accepted. */
  waitForMessages(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

export async function startSmtpTestServer(): Promise<SmtpTestServer> {
  const messages: ReceivedMail[] = [];
  let rejecting = 0;
  let rejectCode = 451;
  let delayMs = 0;

  const onData = (stream: SMTPServerDataStream, session: SMTPServerSession, callback: (error?: Error | null) => void): void => {
    simpleParser(stream)
      .then(async (parsed) => {
        if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
        if (rejecting > 0) {
          rejecting--;
          callback(Object.assign(new Error(rejectCode >= 500 ? 'Refused' : 'Try again later'), { responseCode: rejectCode }));
          return;
        }
        messages.push({
          messageId: parsed.messageId ? `<${parsed.messageId.replace(/^<|>$/g, '')}>` : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          subject: parsed.subject ?? '',
          text: parsed.text ?? '',
          html: typeof parsed.html === 'string' ? parsed.html : '',
          headers: parsed.headers,
          receivedAt: new Date(),
        });
        callback();
      })
      .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
  };

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData,
  });
  // A client killed mid-session (the crash test's SIGKILL) resets its connection: expected here,
  // and an 'error' event without a listener would crash the test process.
  server.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;

  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    rejectNext: (count, responseCode = 451) => {
      rejecting = count;
      rejectCode = responseCode;
    },
    setDelay: (ms) => {
      delayMs = ms;
    },
    waitForMessages: async (count, timeoutMs = 30_000) => {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < count) {
        if (Date.now() > deadline) throw new Error(`SMTP test server: ${messages.length} of ${count} messages after ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      return messages;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
