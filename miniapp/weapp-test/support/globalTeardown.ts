import { stopStackChild } from '../../../infra/src/app/stackChild';

export default function globalTeardown(): Promise<void> {
  return stopStackChild('weapp');
}
