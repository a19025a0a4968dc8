// POST /v1/me/identity: real-name verification of the account (实名认证), done once. The day's
// attempts are read first (over the limit: 429 before WeChat is asked), then the provider
// confirms; a failed check counts one attempt (one conditional write: the limit stops guessing),
// a confirmed one writes the identity (only if absent — immutable afterwards) and counts the
// attempt in one transaction.
import { maskIdNumber, type IdentityBody } from '@yidi/shared';
import type { FaceVerificationClient } from '../../adapters/faceVerification';
import { AppError } from '../../errors';
import type { Caller } from '../../middleware/types';
import type { IdNumberProtection } from '../../security/idNumberProtection';
import {
  StoreConflictError,
  type DailyLimit,
  type IdentityRecord,
  type IdentityRepository,
  type UserRepository,
} from '../../store';
import { dailyLimitOf, limitReached } from '../limits/dailyLimits';

export interface VerifyIdentityDeps {
  identities: IdentityRepository;
  users: Pick<UserRepository, 'get'>;
  face: FaceVerificationClient;
  protection: IdNumberProtection;
  /** The dev stand-in: local and test stages only (like dev login). */
  allowDevProvider: boolean;
}

export function identityView(identity: IdentityRecord) {
  return {
    name: identity.name,
    idNumberMasked: identity.idNumberMasked,
    provider: identity.provider,
    verifiedAt: identity.verifiedAt,
  };
}

export async function verifyIdentity(
  deps: VerifyIdentityDeps,
  caller: Caller,
  body: IdentityBody,
  now: Date,
) {
  if (body.provider === 'dev' && !deps.allowDevProvider) {
    throw new AppError('FORBIDDEN', {
      message: '此环境不支持开发用实名认证，请使用微信刷脸认证。',
    });
  }
  const attempt = dailyLimitOf(caller.userId, 'IDENTITY_ATTEMPT', now);
  const [existing, counted] = await Promise.all([
    deps.identities.get(caller.userId),
    deps.identities.countedToday(attempt),
  ]);
  if (existing) throw new AppError('IDENTITY_ALREADY_VERIFIED');
  if (counted >= attempt.limit) throw limitReached('IDENTITY_ATTEMPT', now);
  if (body.provider === 'wechat-face' && !(await confirmedByWechat(deps, caller, body))) {
    await countAttempt(deps, attempt, now);
    throw new AppError('IDENTITY_VERIFICATION_FAILED');
  }

  const identity: IdentityRecord = {
    userId: caller.userId,
    name: body.name,
    idNumberHash: deps.protection.hash(body.idNumber),
    idNumberEncrypted: deps.protection.encrypt(body.idNumber),
    idNumberMasked: maskIdNumber(body.idNumber),
    provider: body.provider,
    verifiedAt: now.toISOString(),
  };
  try {
    await deps.identities.record(identity, attempt);
  } catch (error) {
    if (error instanceof StoreConflictError && error.reason === 'ALREADY_EXISTS') {
      throw new AppError('IDENTITY_ALREADY_VERIFIED');
    }
    if (error instanceof StoreConflictError && error.reason === 'LIMIT_REACHED') {
      throw limitReached('IDENTITY_ATTEMPT', now);
    }
    throw error;
  }
  return { identity: identityView(identity) };
}

async function countAttempt(deps: VerifyIdentityDeps, attempt: DailyLimit, now: Date) {
  try {
    await deps.identities.count(attempt);
  } catch (error) {
    if (error instanceof StoreConflictError && error.reason === 'LIMIT_REACHED') {
      throw limitReached('IDENTITY_ATTEMPT', now);
    }
    throw error;
  }
}

async function confirmedByWechat(
  deps: VerifyIdentityDeps,
  caller: Caller,
  body: Extract<IdentityBody, { provider: 'wechat-face' }>,
): Promise<boolean> {
  const user = await deps.users.get(caller.userId);
  // Face verification is bound to the WeChat account that did it (its openid).
  if (user?.provider !== 'wechat') return false;
  const outcome = await deps.face.confirm({
    verifyResult: body.verifyResult,
    openid: user.subject,
    name: body.name,
    idNumber: body.idNumber,
  });
  return outcome === 'VERIFIED';
}
