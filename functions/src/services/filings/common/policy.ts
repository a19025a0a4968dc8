import { policyForRegion, type RegionPolicy } from '@yidi/shared';
import { AppError } from '../../../errors';

/** The effective policy of the person's pooling region; none on file means we cannot file there. */
export function policyOf(insuredRegion: string): RegionPolicy {
  const policy = policyForRegion(insuredRegion);
  if (!policy) {
    throw new AppError('NOT_ELIGIBLE', {
      message: '您的参保地暂未接入本服务，请到参保地医保经办机构办理异地就医备案。',
    });
  }
  return policy;
}
