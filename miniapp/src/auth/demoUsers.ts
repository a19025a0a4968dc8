// Demo accounts for the dev login (local and test stages only; the server refuses it elsewhere).
// Keep in step with the demo data that infra seeds.
import type { Role } from '@yidi/shared';

export interface DemoUser {
  devUser: 'alice' | 'bob' | 'carol';
  roles: Role[];
  regions: string[];
}

export const DEMO_USERS: readonly DemoUser[] = [
  { devUser: 'alice', roles: ['INSURED'], regions: [] },
  { devUser: 'bob', roles: ['INSURED'], regions: [] },
  // 340300 蚌埠市: the pooling region of the demo insured.
  { devUser: 'carol', roles: ['REVIEWER'], regions: ['340300'] },
];
