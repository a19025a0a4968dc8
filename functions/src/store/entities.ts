// dynamodb-toolbox Entities over the one table. Keys are written explicitly (see keys.ts);
// nested values are kept as typed maps. Timestamps are domain attributes, not toolbox ones.
// Subpath imports keep the Lambda bundles small (see storeRepository.ts).
import { Entity } from 'dynamodb-toolbox/entity';
import { any } from 'dynamodb-toolbox/schema/any';
import { boolean } from 'dynamodb-toolbox/schema/boolean';
import { item } from 'dynamodb-toolbox/schema/item';
import { list } from 'dynamodb-toolbox/schema/list';
import { map } from 'dynamodb-toolbox/schema/map';
import { number } from 'dynamodb-toolbox/schema/number';
import { string } from 'dynamodb-toolbox/schema/string';
import type { AppTable } from './table';
import type { AgentLinkRecord, PersonSummary, SensitiveConsentRecord } from './records';
import type { MaterialVerification } from '../security/uploadVerification';

const key = () => string().key();
const personSummary = () =>
  map({
    id: string(),
    name: string(),
    idNumberMasked: string(),
    gender: string(),
    birthDate: string(),
    insuranceType: string(),
    insuredRegion: string(),
    phoneMasked: string().optional(),
  });
const destination = () => map({ code: string(), name: string(), level: string() });
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

  /**
   * pk=FILING#<id> sk=FILING: the filing's current state, one top-level attribute per part of
   * FilingRecord (store/filingItems.ts maps both ways). Nullable parts are absent when null;
   * the contact is sealed (security/contactProtection). `itemVersion` names the layout
   * (scripts/migrate upgrades older items; see FILING_ITEM_VERSION).
   */
  const Filing = new Entity({
    name: 'Filing',
    table,
    timestamps: false,
    schema: item({
      pk: key(),
      sk: key(),
      gsi3pk: optionalIndexKey(),
      gsi3sk: optionalIndexKey(),
      gsi4pk: optionalIndexKey(),
      gsi4sk: optionalIndexKey(),
      gsi7pk: optionalIndexKey(),
      gsi7sk: optionalIndexKey(),
      /** The review queue (GSI6, INCLUDE: the summary), only while PENDING_REVIEW. */
      gsi6pk: optionalIndexKey(),
      gsi6sk: optionalIndexKey(),
      itemVersion: number(),
      filingId: string(),
      number: string(),
      person: personSummary(),
      insuredRegion: string(),
      category: string(),
      class: string(),
      destination: destination(),
      status: string(),
      filedOn: string(),
      validFrom: string(),
      validUntil: string().optional(),
      lockAnchor: string(),
      commitment: map({
        status: string(),
        signedAt: string(),
        signedOn: string(),
        dueDate: string(),
        dueDateProvisional: boolean().optional(),
        missing: list(string()),
        clawback: boolean(),
      }).optional(),
      review: map({
        dueBy: string(),
        dueByProvisional: boolean().optional(),
        submittedOn: string().optional(),
        notices: list(map({ docType: string().optional(), problem: string() })),
      }).optional(),
      proof: map({
        kind: string(),
        materialIds: list(string()),
        missing: list(string()).optional(),
        signatureMaterialId: string().optional(),
      }),
      /** { address, phone, phone2? } as JSON, AES-256-GCM (ContactSealer.sealText). */
      contactSealed: string(),
      proofEndDate: string().optional(),
      referral: map({
        hospitalName: string(),
        certificateMaterialId: string(),
        condition: string().optional(),
      }).optional(),
      emergency: map({
        admissionDate: string(),
        hospitalName: string(),
        discharged: boolean(),
      }).optional(),
      extensionsUsed: number(),
      admissions: list(
        map({
          hospitalName: string(),
          admissionDate: string(),
          dischargeDate: string().optional(),
          recordedAt: string(),
          recordedBy: string(),
        }),
      ).optional(),
      extensionRequest: map({
        reason: string(),
        requestedOn: string(),
        requestedAt: string(),
        requestedBy: string(),
      }).optional(),
      /** What the services keep beside the typed parts (review decision, rounds, rule ids …). */
      details: any().castAs<Record<string, unknown>>().optional(),
      version: number(),
      createdBy: string(),
      createdAt: string(),
      updatedAt: string(),
    }),
  });

  /**
   * pk=FILING#<id> sk=VERSION#<n>: one version in brief and its audit (records.FilingTimelineEntry),
   * written in the change's transaction, never changed. No snapshot: the filing item holds the
   * current state, and these hold what each version changed.
   */
  const FilingHistory = new Entity({
    name: 'FilingHistory',
    table,
    timestamps: false,
    schema: item({
      pk: key(),
      sk: key(),
      itemVersion: number(),
      version: number(),
      event: string(),
      status: string(),
      category: string(),
      destination: destination(),
      validFrom: string(),
      validUntil: string().optional(),
      recordedAt: string(),
      actorUserId: string(),
      note: string().optional(),
      audit: map({
        actorKind: string().optional(),
        actingForPersonId: string(),
        fromVersion: number(),
        fromStatus: string().optional(),
        toStatus: string(),
        rule: string().optional(),
        detail: any().castAs<Record<string, unknown>>().optional(),
      }),
      /** The keyed request that wrote this version (store/idempotency: its record). */
      request: map({ key: string(), hash: string(), statusCode: number() }).optional(),
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
