// dynamodb-toolbox Entities over the one table. Keys are written explicitly (see keys.ts);
// nested values are kept as typed maps. Timestamps are domain attributes, not toolbox ones.
// Subpath imports keep the Lambda bundles small (see storeRepository.ts).
import { Entity } from 'dynamodb-toolbox/entity';
import { any } from 'dynamodb-toolbox/schema/any';
import { item } from 'dynamodb-toolbox/schema/item';
import { list } from 'dynamodb-toolbox/schema/list';
import { number } from 'dynamodb-toolbox/schema/number';
import { string } from 'dynamodb-toolbox/schema/string';
import type { AppTable } from './table';
import type {
  AgentLinkRecord,
  FilingAudit,
  FilingRecord,
  PersonSummary,
  SensitiveConsentRecord,
} from './records';
import type { MaterialVerification } from '../security/uploadVerification';

const key = () => string().key();
const optionalIndexKey = () => string().optional();

export function defineEntities(table: AppTable) {
  const User = new Entity({
    name: 'User',
    table,
    timestamps: false,
    schema: item({
      pk: key(),
      sk: key(),
      userId: string(),
      provider: string(),
      subject: string(),
      roles: list(string()),
      regions: list(string()),
      createdAt: string(),
      lastLoginAt: string(),
    }),
  });

  const Person = new Entity({
    name: 'Person',
    table,
    timestamps: false,
    schema: item({
      pk: key(),
      sk: key(),
      personId: string(),
      name: string(),
      idNumberHash: string(),
      idNumberEncrypted: string(),
      idNumberMasked: string(),
      gender: string(),
      birthDate: string(),
      phoneEncrypted: string(),
      phoneMasked: string(),
      insuranceType: string(),
      insuredRegion: string(),
      createdBy: string(),
      createdAt: string(),
    }),
  });

  /** IDNUMBER#<hmac> → personId: finds the person again without the number in clear. */
  const IdNumberIndex = new Entity({
    name: 'IdNumberIndex',
    table,
    timestamps: false,
    schema: item({ pk: key(), sk: key(), personId: string() }),
  });

  /** Uniqueness guards, written with attribute_not_exists in the same transaction. */
  const Guard = new Entity({
    name: 'Guard',
    table,
    timestamps: false,
    schema: item({ pk: key(), sk: key(), ownerId: string(), createdAt: string() }),
  });

  const AgentLink = new Entity({
    name: 'AgentLink',
    table,
    timestamps: false,
    schema: item({
      pk: key(),
      sk: key(),
      gsi1pk: string(),
      gsi1sk: string(),
      userId: string(),
      personId: string(),
      relationship: string(),
      authorization: string(),
      authorizedBy: string().optional(),
      authorizationMaterialId: string().optional(),
      requestedAt: string(),
      activatedAt: string().optional(),
      /** When the account that asked had verified its own identity (acting needs it). */
      identityVerifiedAt: string().optional(),
      /** The PIPL consent given when the person was added (records/SensitiveConsentRecord). */
      consent: any().castAs<SensitiveConsentRecord>().optional(),
      person: any().castAs<PersonSummary>(),
    }),
  });

  /**
   * pk=USER#<userId> sk=IDENTITY: the account's verified real-name identity, written once
   * (condition: absent) — immutable. The ID number as HMAC + AES-GCM + masked, like a person's.
   */
  const Identity = new Entity({
    name: 'Identity',
    table,
    timestamps: false,
    schema: item({
      pk: key(),
      sk: key(),
      userId: string(),
      name: string(),
      idNumberHash: string(),
      idNumberEncrypted: string(),
      idNumberMasked: string(),
      provider: string(),
      verifiedAt: string(),
    }),
  });

  /** pk=USER#<userId> sk=LIMIT#<what>#<china date>: a per-account daily counter (TTL). */
  const Counter = new Entity({
    name: 'Counter',
    table,
    timestamps: false,
    schema: item({
      pk: key(),
      sk: key(),
      count: number(),
      expiresAtEpoch: number(),
    }),
  });

  /**
   * pk=PERSON#<personId> sk=ACCESS#<at>#<userId>: who was given or lost the right to act for the
   * person, by whom (audit; never expires, like the filing history).
   */
  const AccessEvent = new Entity({
    name: 'AccessEvent',
    table,
    timestamps: false,
    schema: item({
      pk: key(),
      sk: key(),
      personId: string(),
      userId: string(),
      event: string(),
      relationship: string(),
      byUserId: string(),
      at: string(),
    }),
  });

  const Material = new Entity({
    name: 'Material',
    table,
    timestamps: false,
    schema: item({
      pk: key(),
      sk: key(),
      gsi1pk: string(),
      gsi1sk: string(),
      materialId: string(),
      personId: string(),
      insuredRegion: string(),
      docType: string(),
      contentType: string(),
      size: number(),
      sha256: string(),
      objectKey: string(),
      createdBy: string(),
      createdAt: string(),
      verification: any().castAs<MaterialVerification>().optional(),
    }),
  });

  const Filing = new Entity({
    name: 'Filing',
    table,
    timestamps: false,
    schema: item({
      pk: key(),
      sk: key(),
      gsi1pk: string(),
      gsi1sk: string(),
      gsi2pk: optionalIndexKey(),
      gsi2sk: optionalIndexKey(),
      gsi3pk: optionalIndexKey(),
      gsi3sk: optionalIndexKey(),
      gsi4pk: optionalIndexKey(),
      gsi4sk: optionalIndexKey(),
      gsi5pk: optionalIndexKey(),
      gsi5sk: optionalIndexKey(),
      filingId: string(),
      personId: string(),
      status: string(),
      version: number(),
      /** The whole domain record; the top-level copies above serve keys and conditions. */
      record: any().castAs<FilingRecord>(),
    }),
  });

  const FilingHistory = new Entity({
    name: 'FilingHistory',
    table,
    timestamps: false,
    schema: item({
      pk: key(),
      sk: key(),
      filingId: string(),
      version: number(),
      event: string(),
      actorUserId: string(),
      recordedAt: string(),
      note: string().optional(),
      snapshot: any().castAs<FilingRecord>(),
      audit: any().castAs<FilingAudit>().optional(),
    }),
  });

  const Idempotency = new Entity({
    name: 'Idempotency',
    table,
    timestamps: false,
    schema: item({
      pk: key(),
      sk: key(),
      requestHash: string(),
      recordedAtEpoch: number(),
      expiresAtEpoch: number(),
      /**
       * What the change produced — a reference, not a copy (no personal data): its status code
       * and the resource's kind, id and version. Optional only because records written before
       * (with the sealed response, `responseJson`) may live until their TTL.
       */
      statusCode: number().optional(),
      resourceKind: string().optional(),
      resourceId: string().optional(),
      resourceVersion: number().optional(),
    }),
  });

  return {
    User,
    Person,
    IdNumberIndex,
    Guard,
    AgentLink,
    Identity,
    Counter,
    AccessEvent,
    Material,
    Filing,
    FilingHistory,
    Idempotency,
  };
}

export type Entities = ReturnType<typeof defineEntities>;
export type { AgentLinkRecord };
