import da from './da.json';
import en from './en.json';

function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('translations', () => {
  it('Danish and English hold exactly the same keys', () => {
    expect(keys(en).sort()).toEqual(keys(da).sort());
  });

  it('has no empty Danish text', () => {
    const leaves = (value: unknown): unknown[] =>
      value !== null && typeof value === 'object' ? Object.values(value).flatMap(leaves) : [value];
    expect(leaves(da).filter((v) => typeof v !== 'string' || v.trim() === '')).toEqual([]);
  });
});
