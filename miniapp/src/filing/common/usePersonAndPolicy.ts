// A filing page's context: the person (GET /v1/me) and their region's policy
// (GET /v1/regions/{code}/policy).
import type { Person, PublicPolicyView } from '@yidi/shared';
import { useEffect, useState } from 'react';
import { getMe, getRegionPolicy } from '../../api/client';

export type PersonPolicyState =
  | { kind: 'loading' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'ready'; person: Person; policy: PublicPolicyView };

export function usePersonAndPolicy(personId: string | undefined): PersonPolicyState {
  const [state, setState] = useState<PersonPolicyState>({ kind: 'loading' });
  useEffect(() => {
    let active = true;
    (async () => {
      const me = await getMe();
      const person = me.persons.find((candidate) => candidate.id === personId);
      if (!person) throw new Error('person not found');
      const policy = await getRegionPolicy(person.insuredRegion);
      if (active) setState({ kind: 'ready', person, policy });
    })().catch((error: unknown) => {
      if (active) setState({ kind: 'failed', error });
    });
    return () => {
      active = false;
    };
  }, [personId]);
  return state;
}

export type CategoryView = PublicPolicyView['categories'][number];
