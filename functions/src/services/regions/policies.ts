// GET /v1/regions and /v1/regions/{code}/policy: straight from the policy engine (public data).
import { listPolicyRegions, policyForRegion, publicPolicyView } from '@yidi/shared';
import { AppError } from '../../errors';

export function listRegions() {
  return listPolicyRegions();
}

export function regionPolicy(code: string) {
  const policy = /^\d{6}$/.test(code) ? policyForRegion(code) : undefined;
  if (!policy) throw new AppError('NOT_FOUND', { message: '这个地区暂未接入异地就医备案。' });
  return publicPolicyView(policy);
}
