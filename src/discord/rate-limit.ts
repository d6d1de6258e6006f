/**
 * How many questions one member may ask: a burst of `burst` at once, then `count` per `windowMs`
 * (a token bucket: each question takes a token, tokens come back at that steady rate, at most
 * `burst` are kept). Paging and switching language are not questions and are not limited.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly perMs: number;

  constructor(
    count: number,
    windowMs: number,
    private readonly burst = count,
  ) {
    this.perMs = count / windowMs;
  }

  /** Takes a token for a question; returns 0 if allowed, else the seconds to wait. */
  take(user: string, now = Date.now()): number {
    const bucket = this.buckets.get(user) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + (now - bucket.at) * this.perMs);
    bucket.at = now;
    this.buckets.set(user, bucket);
    if (this.buckets.size > 10_000) this.forgetFull(now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000));
  }

  /** Members whose bucket has filled up again need no entry. */
  private forgetFull(now: number): void {
    for (const [user, bucket] of this.buckets)
      if (bucket.tokens + (now - bucket.at) * this.perMs >= this.burst) this.buckets.delete(user);
  }
}
