import { BoundedLabel } from './metrics-labels';

describe('BoundedLabel', () => {
  it('admits plain names up to the limit, then buckets the rest as other', () => {
    const label = new BoundedLabel(2);
    expect(label.value('CitizenList')).toBe('CitizenList');
    expect(label.value('Login')).toBe('Login');
    expect(label.value('Third')).toBe('other');
    expect(label.value('CitizenList')).toBe('CitizenList');
  });

  it('names a missing name anonymous and anything odd other', () => {
    const label = new BoundedLabel(10);
    expect(label.value(undefined)).toBe('anonymous');
    expect(label.value('')).toBe('anonymous');
    expect(label.value('010203-1234')).toBe('other');
    expect(label.value('a b')).toBe('other');
    expect(label.value('x'.repeat(100))).toBe('other');
  });
});
