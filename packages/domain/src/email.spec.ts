import { isPlausibleEmail, normaliseEmail } from './email';

describe('normaliseEmail', () => {
  it('trims and lowercases', () => {
    expect(normaliseEmail('  Anne.Hansen@Kommune.DK ')).toBe('anne.hansen@kommune.dk');
  });
});

describe('isPlausibleEmail', () => {
  it.each(['anne@kommune.dk', 'anne.b.hansen+act@aarhus.kommune.dk', ' a@b.dk ', "o'brien@example.org", 'anne@kommune.dk\n', 'x_y-z@sub-domain.example.com'])(
    'accepts %p',
    (email) => expect(isPlausibleEmail(email)).toBe(true),
  );

  it.each([
    '',
    'anne',
    'anne@',
    '@kommune.dk',
    'anne@kommune',
    'anne@@kommune.dk',
    'an ne@kommune.dk',
    'anne@kommune..dk',
    '.anne@kommune.dk',
    'anne.@kommune.dk',
    'anne@-kommune.dk',
    'anne@kommune.d',
    'anne@kommune.123',
    `${'a'.repeat(65)}@kommune.dk`,
    `a@${'b'.repeat(250)}.dk`,
    '<script>@x.dk',
    "anne@kommune.dk' OR 1=1 --",
  ])('refuses %p', (email) => expect(isPlausibleEmail(email)).toBe(false));

  it('refuses non-strings', () => {
    expect(isPlausibleEmail(null as unknown as string)).toBe(false);
  });
});
