import { accountDelaySeconds } from './login-throttle';

describe('the per-account slowdown', () => {
  it('is free for the first failures, then doubles, and never exceeds the longest wait', () => {
    const waits = Array.from({ length: 14 }, (_, i) => accountDelaySeconds(i + 1, 5, 60));
    expect(waits).toEqual([0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 60, 60, 60, 60]);
    expect(accountDelaySeconds(10_000, 5, 60)).toBe(60); // no 15-minute lock, however many guesses
  });
});
