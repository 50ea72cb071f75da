import type { NextFunction, Request, Response } from 'express';
import { bearerToken } from '../auth/request-context.js';
import { tokenFingerprint } from '../auth/token-secret.js';

interface Bucket {
  tokens: number;
  updated: number;
}

/**
 * Token buckets per client IP and per bearer token: each holds a minute's allowance (so bursts
 * up to the per-minute limit pass) and refills continuously. An empty bucket answers 429 with
 * Retry-After.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;
  private lastSweep = Date.now();

  constructor(private readonly perMinute: number, private readonly now: () => number = Date.now) {
    this.perMs = perMinute / 60_000;
  }

  /** Takes one request from each key's bucket; returns seconds to wait when any is empty. */
  take(keys: string[]): number {
    const now = this.now();
    this.sweep(now);
    let wait = 0;
    const buckets = keys.map((key) => {
      let bucket = this.buckets.get(key);
      if (!bucket) {
        bucket = { tokens: this.perMinute, updated: now };
        this.buckets.set(key, bucket);
      }
      bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.updated) * this.perMs);
      bucket.updated = now;
      if (bucket.tokens < 1) wait = Math.max(wait, Math.ceil((1 - bucket.tokens) / this.perMs / 1000));
      return bucket;
    });
    if (wait > 0) return wait;
    for (const bucket of buckets) bucket.tokens -= 1;
    return 0;
  }

  /** Full buckets carry no information: drop them now and then so memory stays bounded. */
  private sweep(now: number): void {
    if (now - this.lastSweep < 60_000 && this.buckets.size < 100_000) return;
    this.lastSweep = now;
    for (const [key, b] of this.buckets) if (b.tokens + (now - b.updated) * this.perMs >= this.perMinute) this.buckets.delete(key);
  }
}

export function rateLimitMiddleware(perMinute: number) {
  const limiter = new RateLimiter(perMinute);
  return (req: Request, res: Response, next: NextFunction) => {
    const token = bearerToken(req);
    const keys = [`ip:${req.ip ?? req.socket.remoteAddress ?? 'unknown'}`];
    if (token) keys.push(`token:${tokenFingerprint(token)}`);
    const wait = limiter.take(keys);
    if (wait === 0) return next();
    res.setHeader('Retry-After', String(wait));
    res.status(429).json({
      errors: [{ message: `Too many requests; retry in ${wait} s`, extensions: { code: 'RATE_LIMITED', retryable: true, retryAfter: wait } }],
    });
  };
}
