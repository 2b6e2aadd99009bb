import { loadMailConfig } from './mail-config';
import { loadWorkerConfig, WorkerConfigError } from './worker-config';

describe('loadMailConfig', () => {
  it('defaults to this machine only (the demo mail catcher, the local web app)', () => {
    expect(loadMailConfig({})).toEqual({
      smtpUrl: 'smtp://127.0.0.1:1025',
      from: 'ACT-platformen <no-reply@act.invalid>',
      publicUrl: 'http://localhost:5173',
    });
    expect(loadWorkerConfig({}).mail.smtpUrl).toBe('smtp://127.0.0.1:1025');
  });

  it('reads the environment and trims the trailing slash of PUBLIC_URL', () => {
    expect(
      loadMailConfig({ SMTP_URL: 'smtps://u:p@mail.kommune.dk:465', MAIL_FROM: 'no-reply@kommune.dk', PUBLIC_URL: 'https://act.kommune.dk/' }),
    ).toEqual({ smtpUrl: 'smtps://u:p@mail.kommune.dk:465', from: 'no-reply@kommune.dk', publicUrl: 'https://act.kommune.dk' });
  });

  it('in production refuses to start without each variable, naming it', () => {
    const full = { NODE_ENV: 'production', SMTP_URL: 'smtp://mail:25', MAIL_FROM: 'a@kommune.dk', PUBLIC_URL: 'https://act.kommune.dk' };
    expect(loadMailConfig(full).smtpUrl).toBe('smtp://mail:25');
    for (const name of ['SMTP_URL', 'MAIL_FROM', 'PUBLIC_URL'] as const) {
      expect(() => loadMailConfig({ ...full, [name]: '' })).toThrow(new WorkerConfigError(`${name} must be set when NODE_ENV=production`));
    }
  });

  it('refuses bad values, naming the variable but not echoing the value', () => {
    expect(() => loadMailConfig({ SMTP_URL: 'http://mail:25' })).toThrow(/^SMTP_URL must start with smtp:\/\/ or smtps:\/\/$/);
    expect(() => loadMailConfig({ SMTP_URL: 'smtp://user:secret@' })).toThrow(/SMTP_URL/);
    expect(() => loadMailConfig({ SMTP_URL: 'nonsense secret' })).toThrow(/SMTP_URL is not a valid URL/);
    expect(() => loadMailConfig({ MAIL_FROM: 'ACT <not an address>' })).toThrow(/MAIL_FROM/);
    expect(() => loadMailConfig({ PUBLIC_URL: 'ftp://act' })).toThrow(/PUBLIC_URL/);
    expect(() => loadMailConfig({ PUBLIC_URL: 'https://act/?x=1' })).toThrow(/PUBLIC_URL/);
    try {
      loadMailConfig({ SMTP_URL: 'nonsense secret' });
    } catch (error) {
      expect((error as Error).message).not.toContain('secret');
    }
  });
});
