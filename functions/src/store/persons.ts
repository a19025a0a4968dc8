import { StoreRepository } from './storeRepository';
import type { Entities } from './entities';
import { StoreConflictError } from './errors';
import { keys } from './keys';
import { failedParts, writeTransaction, type AlsoWrite, type NamedPart } from './transactions';
import type { AgentLinkRecord, PersonRecord, PersonSummary } from './records';

export interface PersonRepository {
  get(personId: string): Promise<PersonRecord | undefined>;
  /** The person already on file with this ID number (looked up by its HMAC). */
  findIdByIdNumberHash(idNumberHash: string): Promise<string | undefined>;
  /**
   * One transaction: the person, its ID-number index item and the caller's link, each only if
   * absent (plus the SELF guards for a SELF link). Throws StoreConflictError
   * ALREADY_EXISTS (the ID number is on file: use addLink) or SELF_ALREADY_CLAIMED.
   */
  createWithLink(
    person: PersonRecord,
    link: AgentLinkRecord,
    also?: readonly AlsoWrite[],
  ): Promise<void>;
  /** Links a user to an existing person. ALREADY_EXISTS if linked; SELF_ALREADY_CLAIMED. */
  addLink(link: AgentLinkRecord, also?: readonly AlsoWrite[]): Promise<void>;
  /** The account holding the person's SELF guard, if any (one consistent GetItem). */
  selfOwnerOf(personId: string): Promise<string | undefined>;
  /**
   * A verified person takes their own record (one transaction): the profile as they state it,
   * the person's SELF guard (taken over from `previousOwnerId`, whose SELF link is removed — it
   * was never proved), the account's SELF guard and the caller's SELF link (replacing any link
   * the caller had). Links of other agents are left as they are. SELF_ALREADY_CLAIMED when the
   * account already has another SELF person or the guard changed hands meanwhile.
   */
  claimSelf(
    input: { person: PersonRecord; link: AgentLinkRecord; previousOwnerId?: string },
    also?: readonly AlsoWrite[],
  ): Promise<void>;
}

export function personSummaryOf(person: PersonRecord): PersonSummary {
  return {
    id: person.id,
    name: person.name,
    idNumberMasked: person.idNumberMasked,
    gender: person.gender,
    birthDate: person.birthDate,
    insuranceType: person.insuranceType,
    insuredRegion: person.insuredRegion,
    phoneMasked: person.phoneMasked,
  };
}

export function dynamoPersonRepository(entities: Entities): PersonRepository {
  const persons = entities.Person.build(StoreRepository);
  const idIndex = entities.IdNumberIndex.build(StoreRepository);
  const links = entities.AgentLink.build(StoreRepository);
  const guards = entities.Guard.build(StoreRepository);

  const linkPut = (link: AgentLinkRecord): NamedPart<LinkPart> => ({
    name: 'link',
    part: links.transactPut(agentLinkItem(link), { condition: { attr: 'pk', exists: false } }),
  });
  const selfGuards = (link: AgentLinkRecord): NamedPart<LinkPart>[] =>
    link.relationship === 'SELF'
      ? [
          {
            name: 'selfAccountGuard',
            part: guards.transactPut(
              {
                ...keys.selfAccountGuard(link.personId),
                ownerId: link.userId,
                createdAt: link.requestedAt,
              },
              { condition: { attr: 'pk', exists: false } },
            ),
          },
          {
            name: 'selfPersonGuard',
            part: guards.transactPut(
              {
                ...keys.selfPersonGuard(link.userId),
                ownerId: link.personId,
                createdAt: link.requestedAt,
              },
              { condition: { attr: 'pk', exists: false } },
            ),
          },
        ]
      : [];

  return {
    async get(personId) {
      const { Item } = await persons.get(keys.person(personId));
      if (!Item) return undefined;
      const { pk: _pk, sk: _sk, personId: id, ...rest } = Item;
      return { id, ...rest } as PersonRecord;
    },
    async findIdByIdNumberHash(idNumberHash) {
      const { Item } = await idIndex.get(keys.idNumber(idNumberHash));
      return Item?.personId;
    },
    async createWithLink(person, link, also = []) {
      const { id, ...rest } = person;
      const own: NamedPart<LinkPart>[] = [
        {
          name: 'idNumberIndex',
          part: idIndex.transactPut(
            { ...keys.idNumber(person.idNumberHash), personId: id },
            { condition: { attr: 'pk', exists: false } },
          ),
        },
        {
          name: 'person',
          part: persons.transactPut(
            { ...keys.person(id), personId: id, ...rest },
            { condition: { attr: 'pk', exists: false } },
          ),
        },
        linkPut(link),
        ...selfGuards(link),
      ];
      try {
        await writeTransaction(own, also);
      } catch (error) {
        throw linkConflictOf(error, failedParts(error, own));
      }
    },
    async selfOwnerOf(personId) {
      const { Item } = await guards.get(keys.selfAccountGuard(personId), { consistent: true });
      return Item?.ownerId;
    },
    async claimSelf({ person, link, previousOwnerId }, also = []) {
      const { id, ...rest } = person;
      const takingOver = previousOwnerId !== undefined && previousOwnerId !== link.userId;
      const own: NamedPart[] = [
        {
          name: 'person',
          part: persons.transactPut(
            { ...keys.person(id), personId: id, ...rest },
            { condition: { attr: 'pk', exists: true } },
          ),
        },
        {
          name: 'selfAccountGuard',
          part: guards.transactPut(
            { ...keys.selfAccountGuard(id), ownerId: link.userId, createdAt: link.requestedAt },
            {
              condition:
                previousOwnerId === undefined
                  ? { attr: 'pk', exists: false }
                  : { attr: 'ownerId', eq: previousOwnerId },
            },
          ),
        },
        {
          name: 'selfPersonGuard',
          part: guards.transactPut(
            { ...keys.selfPersonGuard(link.userId), ownerId: id, createdAt: link.requestedAt },
            {
              condition: {
                or: [
                  { attr: 'pk', exists: false },
                  { attr: 'ownerId', eq: id },
                ],
              },
            },
          ),
        },
        { name: 'link', part: links.transactPut(agentLinkItem(link)) },
        ...(takingOver
          ? [
              {
                name: 'previousSelfLink',
                part: links.transactDelete(keys.agentLink(previousOwnerId, id)),
              },
            ]
          : []),
      ];
      try {
        await writeTransaction(own, also);
      } catch (error) {
        // Every condition here says the same: the person or a guard changed hands meanwhile.
        if (failedParts(error, own).size > 0) {
          throw new StoreConflictError('SELF_ALREADY_CLAIMED');
        }
        throw error;
      }
    },
    async addLink(link, also = []) {
      const own: NamedPart<LinkPart>[] = [
        {
          name: 'person',
          part: persons.transactCheck(keys.person(link.personId), { attr: 'pk', exists: true }),
        },
        linkPut(link),
        ...selfGuards(link),
      ];
      try {
        await writeTransaction(own, also);
      } catch (error) {
        throw linkConflictOf(error, failedParts(error, own));
      }
    },
  };
}

type LinkPart = 'idNumberIndex' | 'person' | 'link' | 'selfAccountGuard' | 'selfPersonGuard';

/** A SELF guard taken is SELF_ALREADY_CLAIMED; any other failed condition ALREADY_EXISTS. */
function linkConflictOf(error: unknown, failed: ReadonlySet<LinkPart>): unknown {
  if (failed.size === 0) return error;
  if (failed.has('selfAccountGuard') || failed.has('selfPersonGuard')) {
    return new StoreConflictError('SELF_ALREADY_CLAIMED');
  }
  return new StoreConflictError('ALREADY_EXISTS');
}

export function agentLinkItem(link: AgentLinkRecord) {
  return {
    ...keys.agentLink(link.userId, link.personId),
    gsi1pk: keys.ownerPartition(link.personId),
    gsi1sk: `LINK#${link.userId}`,
    ...link,
  };
}
