// Demo data for the local stack, written through the same services the API uses:
// Every demo account has verified its identity (dev stand-in) before adding anyone.
//   alice  INSURED, herself (李娜, 蚌埠 340300) and her father 李建国 — PENDING (no consent yet)
//   bob    INSURED, himself (李强, 淮安 320800) and his father 李建国 — ACTIVE (李建国 consented)
//   lijianguo  李建国's own account (SELF, 合肥 340100), who gave bob the consent
//   carol  REVIEWER for 340300 and 340100
// Filings are added by seedDemoFilings (./filings.ts), the hook the filing services fill in.
import { generateIdNumber, PRIVACY_POLICY_VERSION, type Role } from '@yidi/shared';
import type { Caller } from '../../../functions/src/middleware/types';
import type { Runtime } from '../../../functions/src/runtime';
import { userIdOf } from '../../../functions/src/services/identity/login';
import { verifyIdentity } from '../../../functions/src/services/identity/verifyIdentity';
import { createPerson } from '../../../functions/src/services/persons/createPerson';
import { giveConsent } from '../../../functions/src/services/persons/agents';
import { newId } from '../../../functions/src/http/ids';
import { seedDemoFilings } from './filings';

export type DemoUserName = 'alice' | 'bob' | 'carol' | 'lijianguo';

export interface DemoContext {
  runtime: Runtime;
  now: Date;
  users: Record<DemoUserName, Caller>;
  /** Person ids: alice's own, bob's own, and their father's. */
  persons: { alice: string; bob: string; father: string };
}

export type DemoHook = (context: DemoContext) => Promise<void>;

const DEMO_USERS: Record<DemoUserName, { roles: Role[]; regions: string[] }> = {
  alice: { roles: ['INSURED'], regions: [] },
  bob: { roles: ['INSURED'], regions: [] },
  lijianguo: { roles: ['INSURED'], regions: [] },
  carol: { roles: ['REVIEWER'], regions: ['340300', '340100'] },
};

export const DEMO_PEOPLE = {
  alice: {
    name: '李娜',
    idNumber: generateIdNumber({
      regionCode: '340302',
      birthDate: '1988-04-12',
      sequence: 21,
      gender: 'FEMALE',
    }),
    phone: '13800000001',
    insuranceType: 'EMPLOYEE' as const,
    insuredRegion: '340300',
  },
  bob: {
    name: '李强',
    idNumber: generateIdNumber({
      regionCode: '320803',
      birthDate: '1985-09-30',
      sequence: 7,
      gender: 'MALE',
    }),
    phone: '13800000002',
    insuranceType: 'EMPLOYEE' as const,
    insuredRegion: '320800',
  },
  father: {
    name: '李建国',
    idNumber: generateIdNumber({
      regionCode: '340104',
      birthDate: '1958-02-03',
      sequence: 15,
      gender: 'MALE',
    }),
    phone: '13800000003',
    insuranceType: 'EMPLOYEE' as const,
    insuredRegion: '340100',
  },
};

export async function seedDemo(
  runtime: Runtime,
  options: { now?: Date; hooks?: DemoHook[] } = {},
): Promise<DemoContext> {
  const now = options.now ?? new Date();
  const at = now.toISOString();
  const { store, protection } = runtime;
  const idOf = userIdOf(protection.hash);

  const users = {} as Record<DemoUserName, Caller>;
  for (const [name, { roles, regions }] of Object.entries(DEMO_USERS) as [
    DemoUserName,
    (typeof DEMO_USERS)[DemoUserName],
  ][]) {
    const user = await store.users.recordLogin({
      userId: idOf('dev', name),
      provider: 'dev',
      subject: name,
      at,
      roles,
      regions,
    });
    users[name] = { userId: user.id, roles: user.roles, regions: user.regions };
  }

  // Every account verifies its identity first (the dev stand-in: local and test only), as the
  // app requires before adding oneself or acting for anyone.
  const verify = (caller: Caller, person: (typeof DEMO_PEOPLE)['alice']) =>
    verifyIdentity(
      {
        identities: store.identities,
        users: store.users,
        face: runtime.faceVerification,
        protection,
        allowDevProvider: runtime.config.allowDevLogin,
      },
      caller,
      { provider: 'dev', name: person.name, idNumber: person.idNumber },
      now,
    );
  await verify(users.alice, DEMO_PEOPLE.alice);
  await verify(users.bob, DEMO_PEOPLE.bob);
  await verify(users.lijianguo, DEMO_PEOPLE.father);

  const deps = {
    persons: store.persons,
    agentLinks: store.agentLinks,
    identities: store.identities,
    materials: store.materials,
    protection,
    newId,
  };
  const add = async (
    caller: Caller,
    person: (typeof DEMO_PEOPLE)['alice'],
    relationship: 'SELF' | 'PARENT',
  ) =>
    (
      await createPerson(
        deps,
        caller,
        {
          ...person,
          relationship,
          consent: { policyVersion: PRIVACY_POLICY_VERSION, sensitive: true },
        },
        now,
      )
    ).person.id;

  const alice = await add(users.alice, DEMO_PEOPLE.alice, 'SELF');
  const bob = await add(users.bob, DEMO_PEOPLE.bob, 'SELF');
  const father = await add(users.lijianguo, DEMO_PEOPLE.father, 'SELF');
  await add(users.bob, DEMO_PEOPLE.father, 'PARENT');
  await add(users.alice, DEMO_PEOPLE.father, 'PARENT');
  await giveConsent(store.agentLinks, users.lijianguo, {
    personId: father,
    agentUserId: users.bob.userId,
    now,
  });

  const context: DemoContext = { runtime, now, users, persons: { alice, bob, father } };
  for (const hook of options.hooks ?? [seedDemoFilings]) await hook(context);
  return context;
}
