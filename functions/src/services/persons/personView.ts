import type { AgentLinkRecord } from '../../store';

/** docs/api.md's Person, from the caller's link (which carries the person's summary). */
export function personView(link: AgentLinkRecord) {
  const { person } = link;
  return {
    id: person.id,
    name: person.name,
    idNumberMasked: person.idNumberMasked,
    gender: person.gender,
    birthDate: person.birthDate,
    insuranceType: person.insuranceType,
    insuredRegion: person.insuredRegion,
    relationship: link.relationship,
    authorization: link.authorization,
    ...(person.phoneMasked ? { phoneMasked: person.phoneMasked } : {}),
  };
}

export type PersonView = ReturnType<typeof personView>;
