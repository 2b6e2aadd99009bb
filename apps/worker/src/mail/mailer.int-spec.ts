/** The mailer against a real SMTP server started by the test (nothing leaves 127.0.0.1). */
import { loadWorkerConfig } from '../config/worker-config';
import { startSmtpTestServer, type SmtpTestServer } from '../testing/smtp-test-server';
import { renderMail } from './mail-template';
import { Mailer } from './mailer';

let smtp: SmtpTestServer;
let mailer: Mailer;

beforeAll(async () => {
  smtp = await startSmtpTestServer();
  mailer = new Mailer(loadWorkerConfig({ SMTP_URL: smtp.url, MAIL_FROM: 'ACT test <no-reply@act.invalid>', PUBLIC_URL: 'http://localhost:5101' }));
});

afterAll(async () => {
  mailer.onApplicationShutdown();
  await smtp.close();
});

const rendered = renderMail(
  { kind: 'supervision_upcoming', occursAt: new Date('2026-11-10T12:00:00Z'), itemCount: null, recipient: 'user', notificationId: '3f2b8c1e-2a4d-4e7f-9b1a-5c6d7e8f9a0b' },
  'http://localhost:5101',
);

describe('Mailer (real SMTP server)', () => {
  it('delivers with the given Message-ID, sender, Danish text and the auto-submitted header', async () => {
    const before = smtp.messages.length;
    await mailer.send({ to: 'leder@test.dk', messageId: '<abc123@act.invalid>', ...rendered });
    const mail = smtp.messages[before];
    expect(mail).toMatchObject({
      messageId: '<abc123@act.invalid>',
      to: ['leder@test.dk'],
      from: 'no-reply@act.invalid',
      subject: 'Supervision tirsdag den 10. november 2026 kl. 13.00',
    });
    expect(mail.text).toContain('http://localhost:5101/notifications?id=3f2b8c1e-2a4d-4e7f-9b1a-5c6d7e8f9a0b');
    expect(mail.html).toContain('<a href=');
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
  });

  it('throws on a temporary failure (nothing recorded), and the same message goes through on the next try', async () => {
    const before = smtp.messages.length;
    smtp.rejectNext(1);
    await expect(mailer.send({ to: 'leder@test.dk', messageId: '<retry@act.invalid>', ...rendered })).rejects.toThrow(/451/);
    expect(smtp.messages.length).toBe(before);
    await mailer.send({ to: 'leder@test.dk', messageId: '<retry@act.invalid>', ...rendered });
    expect(smtp.messages.slice(before).map((m) => m.messageId)).toEqual(['<retry@act.invalid>']);
  });

  it('throws when nothing listens on SMTP_URL', async () => {
    const nowhere = new Mailer(loadWorkerConfig({ SMTP_URL: 'smtp://127.0.0.1:1' }));
    try {
      await expect(nowhere.send({ to: 'a@test.dk', messageId: '<x@act.invalid>', ...rendered })).rejects.toThrow();
    } finally {
      nowhere.onApplicationShutdown();
    }
  });
});
