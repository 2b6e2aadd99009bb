import { csvFileName, toCsv } from './csv';

describe('toCsv', () => {
  it('writes semicolon-separated rows with a BOM, a decimal comma and empty cells for missing values', () => {
    expect(toCsv(['Team', 'Borgere pr. årsværk', 'Skjult'], [['Team Nord', 9.456, null], ['Team Syd', 10, undefined]])).toBe(
      '\uFEFFTeam;Borgere pr. årsværk;Skjult\r\nTeam Nord;9,46;\r\nTeam Syd;10;\r\n',
    );
  });

  it('quotes cells holding a separator, a quote or a line break', () => {
    expect(toCsv(['a'], [['Nord; Syd'], ['sagde "hej"'], ['to\nlinjer']])).toBe('\uFEFFa\r\n"Nord; Syd"\r\n"sagde ""hej"""\r\n"to\nlinjer"\r\n');
  });

  it('never lets a cell start a spreadsheet formula', () => {
    expect(toCsv(['a'], [['=HYPERLINK("x")'], ['+1'], ['-2'], ['@SUM(A1)']])).toBe(
      '\uFEFFa\r\n"\'=HYPERLINK(""x"")"\r\n\'+1\r\n\'-2\r\n\'@SUM(A1)\r\n',
    );
  });

  it('writes negative numbers as numbers, not as text', () => {
    expect(toCsv(['a'], [[-1.5]])).toBe('\uFEFFa\r\n-1,5\r\n');
  });

  it('leaves infinite and NaN values empty', () => {
    expect(toCsv(['a', 'b'], [[Number.NaN, Number.POSITIVE_INFINITY]])).toBe('\uFEFFa;b\r\n;\r\n');
  });
});

describe('csvFileName', () => {
  it('makes a portable name from Danish parts', () => {
    expect(csvFileName('Møder afholdt', '2026-01-01', '2026-03-31')).toBe('moeder-afholdt-2026-01-01-2026-03-31.csv');
    expect(csvFileName('!!!')).toBe('udtraek.csv');
  });
});
