import { translations } from '@zxcvbn-ts/language-en';
import {
  checkPasswordPolicy,
  describePasswordRefusal,
  estimatePasswordStrength,
  passwordUserInputs,
  type PasswordPolicyResult,
} from './password';
import { PASSWORD_PROBLEM_MESSAGES, PASSWORD_SUGGESTION_MESSAGES } from './password-feedback';

const HANS = { name: 'Hans Kristian Jensen', email: 'hans.kristian.jensen@kolding.dk', tenantName: 'Kolding Kommune' };

function weak(result: PasswordPolicyResult) {
  if (result.ok || result.reason !== 'weak') throw new Error(`expected a weak password, got ${JSON.stringify(result)}`);
  return result;
}

describe('checkPasswordPolicy', () => {
  it('accepts a long random passphrase and other hard passwords', () => {
    for (const pw of ['grøn cykel ved havnen', 'tæppe-lynlås-vandmand-kompas', 'Vi cykler til Fanø i oktober med tre ænder', 'correct horse battery staple']) {
      const result = checkPasswordPolicy(pw, HANS);
      expect(result).toEqual({ ok: true, score: expect.any(Number) });
      expect(result.ok && result.score).toBeGreaterThanOrEqual(3);
    }
  });

  it('refuses fewer than 12 characters, counting characters not UTF-16 units', () => {
    expect(checkPasswordPolicy('abcdefghijk')).toEqual({ ok: false, reason: 'too_short' });
    expect(checkPasswordPolicy('')).toEqual({ ok: false, reason: 'too_short' });
    expect(checkPasswordPolicy('😀😀😀😀😀😀abcde')).toEqual({ ok: false, reason: 'too_short' });
    expect(checkPasswordPolicy('😀😀😀😀😀😀abcdef')).not.toEqual({ ok: false, reason: 'too_short' });
  });

  it('refuses more than 256 characters', () => {
    const long = 'lynlås tæppe vandmand kompas '.repeat(9);
    expect(checkPasswordPolicy(long.slice(0, 256))).toMatchObject({ ok: true });
    expect(checkPasswordPolicy(long.slice(0, 257))).toEqual({ ok: false, reason: 'too_long' });
  });

  it('refuses the short classics by length, and the estimator finds them weak as well', () => {
    for (const pw of ['sommer2024', 'Kolding123', 'password1']) {
      expect(checkPasswordPolicy(pw, HANS)).toEqual({ ok: false, reason: 'too_short' });
      expect(estimatePasswordStrength(pw, HANS).score).toBeLessThan(3);
      expect(estimatePasswordStrength(pw, HANS).problems.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ['sommer2024!!', ['commonWords', 'decoratedWord']],
    ['Sommerferie2024', ['commonWords', 'recentYears']],
    ['Kolding12345', ['userInputs']],
    ['Koldingkommune1', ['userInputs']],
    ['password1234', ['common']],
    ['Passw0rd1234!', ['decoratedWord']],
    ['aaaaaaaaaaaa', ['simpleRepeat']],
    ['qwertyuiopåæ', ['similarToCommon']],
    ['123456789012', ['common']],
    ['abcdefghijklmn', ['sequences']],
    ['mnbvcxzlkjhgf', ['keyPattern']],
    ['hemmeligkode', ['commonWords']],
    ['Brøndby1964!!', ['decoratedWord']],
    ['Broendby1964!', ['decoratedWord']],
    ['actteam2026!!', ['commonWords', 'decoratedWord']],
  ])('refuses %p with the reasons %p', (pw, problems) => {
    const result = weak(checkPasswordPolicy(pw, HANS));
    expect(result.problems).toEqual(expect.arrayContaining(problems));
    expect(result.suggestions.length).toBeGreaterThan(0);
  });

  it("refuses the user's own name and e-mail address, decorated or not", () => {
    for (const pw of ['hans.kristian.jensen', 'hans.kristian.jensen@kolding.dk', 'HansKristianJensen', 'hanskristian1!', 'Hans-Kristian-Jensen']) {
      expect(weak(checkPasswordPolicy(pw, HANS)).problems).toContain('userInputs');
    }
  });

  it('a name is only a user input when the context names it', () => {
    const other = { name: 'Pia Holm', email: 'pia.holm@aarhus.dk', tenantName: 'Aarhus Kommune' };
    expect(estimatePasswordStrength('hans.kristian.jensen', other).problems).not.toContain('userInputs');
    expect(estimatePasswordStrength('pia.holm.1234', other).problems).toContain('userInputs');
  });

  it('judges a long password by its first 64 characters, in bounded time', () => {
    expect(weak(checkPasswordPolicy('x'.repeat(256))).problems).toContain('simpleRepeat');
    expect(checkPasswordPolicy('grøn cykel ved havnen, '.repeat(3) + 'a'.repeat(100))).toMatchObject({ ok: true });
    checkPasswordPolicy('warm up the estimator');
    for (const pw of ['a1!'.repeat(85), 'Aa1!@#'.repeat(40), 'p@$$w0rd!'.repeat(28)]) {
      const started = performance.now();
      checkPasswordPolicy(pw, HANS);
      expect(performance.now() - started).toBeLessThan(1500); // ~5 s each without the limits, ~0.1 s with
    }
  });

  it('refuses non-string input without throwing', () => {
    expect(checkPasswordPolicy(undefined as unknown as string)).toEqual({ ok: false, reason: 'too_short' });
  });
});

describe('passwordUserInputs', () => {
  it('takes the whole name and e-mail, their parts and the municipality', () => {
    expect(passwordUserInputs(HANS)).toEqual(
      expect.arrayContaining([
        'hans kristian jensen', 'hanskristianjensen', 'hans', 'kristian', 'jensen',
        'hans.kristian.jensen@kolding.dk', 'hans.kristian.jensen', 'kolding', 'kolding kommune',
      ]),
    );
    expect(passwordUserInputs({})).toEqual([]);
  });
});

describe('describePasswordRefusal', () => {
  it('says in Danish why, and what to do instead', () => {
    const refusal = describePasswordRefusal(checkPasswordPolicy('aaaaaaaaaaaa') as Exclude<PasswordPolicyResult, { ok: true }>);
    expect(refusal.reasons).toContain('Gentagelser som "aaa" er lette at gætte.');
    expect(refusal.message).toMatch(/^Adgangskoden er for let at gætte\. Gentagelser som "aaa" er lette at gætte\./);
    expect(refusal.suggestions.length).toBeGreaterThan(0);
    expect(describePasswordRefusal({ ok: false, reason: 'too_short' }).message).toBe(
      'Adgangskoden skal være mindst 12 tegn. Brug gerne en sætning på flere ord.',
    );
  });

  it('has a Danish message for every warning and suggestion the estimator can give', () => {
    expect(Object.keys(PASSWORD_PROBLEM_MESSAGES)).toEqual(expect.arrayContaining(Object.keys(translations.warnings)));
    expect(Object.keys(PASSWORD_SUGGESTION_MESSAGES)).toEqual(expect.arrayContaining(Object.keys(translations.suggestions)));
  });
});
