import { danishPhoneDigits, formatDanishPhone, isValidDanishPhone, normaliseDanishPhone } from './phone';

describe('Danish phone numbers', () => {
  it.each(['22334455', '22 33 44 55', '+45 22 33 44 55', '+4522334455', '0045 2233 4455', '(+45) 22-33-44-55', ' 22.33.44.55 '])(
    'normalises %p',
    (input) => {
      expect(normaliseDanishPhone(input)).toBe('+4522334455');
      expect(isValidDanishPhone(input)).toBe(true);
      expect(formatDanishPhone(input)).toBe('22 33 44 55');
      expect(danishPhoneDigits(input)).toBe('22334455');
    },
  );

  it.each(['', '2233445', '223344556', '+46 22334455', '02233445', '12345678', '4522334455', '+45 2233 445x', '112'])(
    'refuses %p',
    (input) => {
      expect(normaliseDanishPhone(input)).toBeNull();
      expect(isValidDanishPhone(input)).toBe(false);
      expect(formatDanishPhone(input)).toBeNull();
    },
  );

  it('refuses non-strings', () => {
    expect(isValidDanishPhone(12345678 as unknown as string)).toBe(false);
  });
});
