import { COMMON_PASSWORDS } from './common-passwords';
import { checkPasswordPolicy, isCommonPassword } from './password';

describe('checkPasswordPolicy', () => {
  it('accepts a long, uncommon password', () => {
    expect(checkPasswordPolicy('grøn cykel ved havnen')).toEqual({ ok: true });
    expect(checkPasswordPolicy('Tr0ldmand-Kaffe')).toEqual({ ok: true });
  });

  it('refuses fewer than 12 characters, counting characters not UTF-16 units', () => {
    expect(checkPasswordPolicy('abcdefghijk')).toEqual({ ok: false, reason: 'too_short' });
    expect(checkPasswordPolicy('')).toEqual({ ok: false, reason: 'too_short' });
    expect(checkPasswordPolicy('😀😀😀😀😀😀abcde')).toEqual({ ok: false, reason: 'too_short' });
    expect(checkPasswordPolicy('😀😀😀😀😀😀abcdef')).toEqual({ ok: true });
  });

  it('refuses more than 256 characters', () => {
    expect(checkPasswordPolicy('ab'.repeat(128))).toEqual({ ok: true });
    expect(checkPasswordPolicy('ab'.repeat(128) + 'c')).toEqual({ ok: false, reason: 'too_long' });
  });

  it.each(['sommerfugl123', 'kodeord12345', 'password1234', 'qwertyuiop12', '123456789012', 'SommerFugl123', 'JegElskerDig'])(
    'refuses the common password %p',
    (pw) => {
      expect(checkPasswordPolicy(pw)).toEqual({ ok: false, reason: 'common' });
    },
  );

  it('refuses one repeated character', () => {
    expect(checkPasswordPolicy('aaaaaaaaaaaa')).toEqual({ ok: false, reason: 'common' });
    expect(checkPasswordPolicy('ææææææææææææææ')).toEqual({ ok: false, reason: 'common' });
    expect(checkPasswordPolicy('            ')).toEqual({ ok: false, reason: 'common' });
  });

  it('refuses "password"/"kodeord" padded with digits only', () => {
    for (const pw of ['Password9876', '9876password', '12password34', 'KODEORD98765', '00000kodeord']) {
      expect(checkPasswordPolicy(pw)).toEqual({ ok: false, reason: 'common' });
    }
    expect(checkPasswordPolicy('password-hest-9876')).toEqual({ ok: true });
  });

  it('refuses non-string input without throwing', () => {
    expect(checkPasswordPolicy(undefined as unknown as string)).toEqual({ ok: false, reason: 'too_short' });
  });
});

describe('COMMON_PASSWORDS', () => {
  it('has about 200 lowercase entries that the policy refuses', () => {
    expect(COMMON_PASSWORDS.length).toBeGreaterThanOrEqual(200);
    expect(new Set(COMMON_PASSWORDS).size).toBe(COMMON_PASSWORDS.length);
    for (const pw of COMMON_PASSWORDS) {
      expect(pw).toBe(pw.toLowerCase());
      expect(isCommonPassword(pw.toUpperCase())).toBe(true);
    }
  });
});
