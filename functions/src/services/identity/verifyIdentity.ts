// POST /v1/me/identity: real-name verification of the account (实名认证), done once. The attempt
// is counted first (a failed check counts too: the limit stops guessing), then the provider
// confirms, then the identity is written once (condition: absent) — immutable afterwards.
import { maskIdNumber, type IdentityBody } from '@yidi/shared';
import type { FaceVerificationClient } from '../../adapters/faceVerification';
import { AppError } from '../../errors';
import type { Caller } from '../../middleware/types';
import type { IdNumberProtection } from '../../security/idNumberProtection';
import {
  StoreConflictError,
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
  if (await deps.identities.get(caller.userId)) throw new AppError('IDENTITY_ALREADY_VERIFIED');
  try {
    await deps.identities.count(dailyLimitOf(caller.userId, 'IDENTITY_ATTEMPT', now));
  } catch (error) {
    if (error instanceof StoreConflictError && error.reason === 'LIMIT_REACHED') {
      throw limitReached('IDENTITY_ATTEMPT', now);
    }
    throw error;
  }
  if (body.provider === 'wechat-face') await confirmWithWechat(deps, caller, body);

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
    await deps.identities.record(identity);
  } catch (error) {
    if (error instanceof StoreConflictError && error.reason === 'ALREADY_EXISTS') {
      throw new AppError('IDENTITY_ALREADY_VERIFIED');
    }
    throw error;
  }
  return { identity: identityView(identity) };
}

async function confirmWithWechat(
  deps: VerifyIdentityDeps,
  caller: Caller,
  body: Extract<IdentityBody, { provider: 'wechat-face' }>,
): Promise<void> {
  const user = await deps.users.get(caller.userId);
  // Face verification is bound to the WeChat account that did it (its openid).
  if (user?.provider !== 'wechat') {
    throw new AppError('IDENTITY_VERIFICATION_FAILED', {
      message: '刷脸认证需要用微信登录后进行。',
    });
  }
  const outcome = await deps.face.confirm({
    verifyResult: body.verifyResult,
    openid: user.subject,
    name: body.name,
    idNumber: body.idNumber,
  });
  if (outcome !== 'VERIFIED') throw new AppError('IDENTITY_VERIFICATION_FAILED');
}
