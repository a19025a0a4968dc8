// Per-account daily limits (China calendar days): how often an account may try real-name
// verification, and how many persons it may add. Counted by a conditional counter item in the
// store (ADD 1 only while below the limit); beyond it 429 TOO_MANY_REQUESTS with Retry-After
// until the next China midnight. The numbers are the contract's (docs/api.md "Persons": 20 a day).
import { addDays, chinaDateOf } from '@yidi/shared';
import { AppError } from '../../errors';
import type { DailyLimit } from '../../store';

export const DAILY_LIMITS = {
  /** Face verification is costly and a failed try should not be repeated endlessly. */
  IDENTITY_ATTEMPT: 5,
  PERSON_ADDED: 20,
} as const;

export type LimitedAction = keyof typeof DAILY_LIMITS;

const MESSAGES: Record<LimitedAction, string> = {
  IDENTITY_ATTEMPT: '今天的实名认证次数已用完，请明天再试。',
  PERSON_ADDED: '今天登记的参保人已达上限，请明天再试。',
};

function nextChinaMidnight(now: Date): Date {
  return new Date(`${addDays(chinaDateOf(now), 1)}T00:00:00+08:00`);
}

export function dailyLimitOf(userId: string, what: LimitedAction, now: Date): DailyLimit {
  return {
    userId,
    what,
    chinaDate: chinaDateOf(now),
    limit: DAILY_LIMITS[what],
    // Kept a day past its own, then removed by TTL.
    expiresAt: new Date(nextChinaMidnight(now).getTime() + 86_400_000),
  };
}

export function limitReached(what: LimitedAction, now: Date): AppError {
  const seconds = Math.max(1, Math.ceil((nextChinaMidnight(now).getTime() - now.getTime()) / 1000));
  return new AppError('TOO_MANY_REQUESTS', { message: MESSAGES[what], retryAfterSeconds: seconds });
}
