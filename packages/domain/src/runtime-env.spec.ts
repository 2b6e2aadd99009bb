import { ConfigError, envBool, envHost, envInt, envLogLevel, envMetricsPort, envPort, envPublicUrl, envUrl } from './runtime-env';

describe('runtime environment readers', () => {
  it('reads ports, naming the variable and the value when it is wrong', () => {
    expect(envPort({}, 'PORT', 3000)).toBe(3000);
    expect(envPort({ PORT: ' 8080 ' }, 'PORT', 3000)).toBe(8080);
    expect(() => envPort({ PORT: 'abc' }, 'PORT', 3000)).toThrow(new ConfigError('PORT must be a port number 1–65535, got "abc"'));
    expect(() => envPort({ PORT: '0' }, 'PORT', 3000)).toThrow(/PORT must be a port number 1–65535/);
    expect(envPort({ PORT: '0' }, 'PORT', 3000, true)).toBe(0);
    expect(() => envPort({ PORT: '65536' }, 'PORT', 3000)).toThrow(ConfigError);
  });

  it('reads whole numbers, flags, levels and hosts', () => {
    expect(envInt({ N: '5' }, 'N', 1, 0, 10)).toBe(5);
    expect(() => envInt({ N: '11' }, 'N', 1, 0, 10)).toThrow('N must be a whole number from 0 to 10, got "11"');
    expect(() => envInt({ N: '1.5' }, 'N', 1)).toThrow(/N must be a whole number/);
    expect(envBool({ F: 'FALSE' }, 'F', true)).toBe(false);
    expect(envBool({ F: '1' }, 'F', false)).toBe(true);
    expect(() => envBool({ F: 'maybe' }, 'F', false)).toThrow('F must be true or false, got "maybe"');
    expect(envLogLevel({})).toBe('info');
    expect(envLogLevel({ LOG_LEVEL: 'DEBUG' })).toBe('debug');
    expect(() => envLogLevel({ LOG_LEVEL: 'loud' })).toThrow(/^LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "loud"$/);
    expect(envHost({ HOST: '0.0.0.0' }, 'HOST', '127.0.0.1')).toBe('0.0.0.0');
    expect(envHost({ HOST: '::' }, 'HOST', '127.0.0.1')).toBe('::');
    expect(() => envHost({ HOST: 'a b' }, 'HOST', '127.0.0.1')).toThrow(/^HOST must be an address to listen on/);
  });

  it('checks URLs without ever echoing them (they may hold a password)', () => {
    expect(envUrl({ R: 'redis://h:1/2' }, 'R', ['redis:'], 'redis://x')).toBe('redis://h:1/2');
    for (const bad of ['http://user:secret@h', 'secret nonsense']) {
      try {
        envUrl({ R: bad }, 'R', ['redis:'], 'redis://x');
        throw new Error('accepted');
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        expect((error as Error).message).toMatch(/^R must/);
        expect((error as Error).message).not.toContain('secret');
      }
    }
  });

  it('public URL: trailing slash dropped, https in production', () => {
    expect(envPublicUrl({ P: 'https://act.kommune.dk/' }, 'P', true)).toBe('https://act.kommune.dk');
    expect(() => envPublicUrl({ P: 'http://act.kommune.dk' }, 'P', true)).toThrow('P must start with https:// when NODE_ENV=production');
    expect(envPublicUrl({ P: 'http://localhost:5173' }, 'P', false)).toBe('http://localhost:5173');
    expect(() => envPublicUrl({ P: 'https://a/?x' }, 'P', false)).toThrow(/query or fragment/);
  });

  it('metrics: off outside production unless set, 9464 in production, `off` disables', () => {
    expect(envMetricsPort({}, false)).toBeNull();
    expect(envMetricsPort({}, true)).toBe(9464);
    expect(envMetricsPort({ METRICS_PORT: 'off' }, true)).toBeNull();
    expect(envMetricsPort({ METRICS_PORT: '0' }, false)).toBe(0);
    expect(() => envMetricsPort({ METRICS_PORT: 'x' }, false)).toThrow(/^METRICS_PORT must be a port number 0–65535/);
  });
});
