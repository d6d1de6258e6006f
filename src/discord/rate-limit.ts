/** At most `count` actions per user in any `windowMs`; the rest are refused with a wait time. */
export class RateLimiter {
  private readonly recent = new Map<string, number[]>();

  constructor(private readonly count: number, private readonly windowMs: number) {}

  /** Records an action; returns 0 if allowed, else the seconds to wait. */
  take(user: string, now = Date.now()): number {
    const times = (this.recent.get(user) ?? []).filter((t) => now - t < this.windowMs);
    if (times.length >= this.count) {
      this.recent.set(user, times);
      return Math.max(1, Math.ceil((times[0]! + this.windowMs - now) / 1000));
    }
    times.push(now);
    this.recent.set(user, times);
    if (this.recent.size > 10_000) this.forgetIdle(now);
    return 0;
  }

  private forgetIdle(now: number): void {
    for (const [user, times] of this.recent) if (times.every((t) => now - t >= this.windowMs)) this.recent.delete(user);
  }
}
