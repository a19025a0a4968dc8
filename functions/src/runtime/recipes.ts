// What each function's runtime is made of: the store parts and adapters its handlers use, by
// group. A handler names its group's recipe (contractRoute's `runtime`); esbuild then leaves the
// other repositories and adapters — and the AWS SDK clients they load — out of its bundle. The
// typechecker holds each handler to its recipe: a part it uses and the recipe lacks is an error.
import { composeStore } from '../store';
import * as store from '../store/parts';
import * as adapters from './adapters';

/** Public reads that touch no table: the OpenAPI document, regions, policies. */
export const documentsRecipe = { adapters: {} };

/** Login and token refresh. */
export const authRecipe = {
  store: {
    compose: composeStore,
    parts: { users: store.users, refreshTokens: store.refreshTokens },
  },
  adapters: { wechat: adapters.wechat },
};

/** The account: who am I, real-name verification, subscribe-message grants. */
export const meRecipe = {
  store: {
    compose: composeStore,
    parts: {
      users: store.users,
      identities: store.identities,
      subscriptionGrants: store.subscriptionGrants,
    },
  },
  adapters: { faceVerification: adapters.faceVerification },
};

/** Persons, agents' consent and revocation, a person's messages. */
export const personsRecipe = {
  store: {
    compose: composeStore,
    parts: {
      persons: store.persons,
      agentLinks: store.agentLinks,
      users: store.users,
      identities: store.identities,
      materials: store.materials,
      messages: store.messages,
      idempotency: store.idempotency,
    },
  },
  adapters: {},
};

/** Uploaded materials. */
export const materialsRecipe = {
  store: {
    compose: composeStore,
    parts: {
      materials: store.materials,
      agentLinks: store.agentLinks,
      idempotency: store.idempotency,
    },
  },
  adapters: { storage: adapters.storage },
};

/** A filing's life as the insured (or their agent) lives it, and a reviewer's decisions on it. */
export const filingsRecipe = {
  store: {
    compose: composeStore,
    parts: {
      filings: store.filings,
      materials: store.materials,
      agentLinks: store.agentLinks,
      persons: store.persons,
      messages: store.messages,
      calendars: store.calendars,
      idempotency: store.idempotency,
    },
  },
  adapters: { storage: adapters.storage, calendars: adapters.calendars },
};

/** The review queues. */
export const reviewQueueRecipe = {
  store: {
    compose: composeStore,
    parts: { filings: store.filings, filingIndexes: store.filingIndexes },
  },
  adapters: {},
};

/** Registration exports: started, polled, written (in process locally, by its Lambda deployed). */
export const exportsRecipe = {
  store: {
    compose: composeStore,
    parts: { exportJobs: store.exportJobs, filingIndexes: store.filingIndexes },
  },
  adapters: {
    storage: adapters.storage,
    exportFiles: adapters.exportFiles,
    exportLauncher: adapters.exportLauncher,
  },
};

/** The export job's own Lambda: one export's CSV, page by page. */
export const exportJobRecipe = {
  store: {
    compose: composeStore,
    parts: { exportJobs: store.exportJobs, filingIndexes: store.filingIndexes },
  },
  adapters: { exportFiles: adapters.exportFiles },
};

/** 零星报销 claims, the insured's side and the reviewer's. */
export const claimsRecipe = {
  store: {
    compose: composeStore,
    parts: {
      claims: store.claims,
      materials: store.materials,
      agentLinks: store.agentLinks,
      persons: store.persons,
      filings: store.filings,
      messages: store.messages,
      calendars: store.calendars,
      idempotency: store.idempotency,
    },
  },
  adapters: { storage: adapters.storage, calendars: adapters.calendars },
};

/** The State Council's holiday schedule imported, and every open deadline recounted. */
export const calendarImportRecipe = {
  store: {
    compose: composeStore,
    parts: {
      calendars: store.calendars,
      filings: store.filings,
      filingIndexes: store.filingIndexes,
      messages: store.messages,
      sweepCheckpoints: store.sweepCheckpoints,
    },
  },
  adapters: { calendars: adapters.calendars },
};

/** An upload checked against its material (the bucket's event). */
export const uploadCheckRecipe = {
  store: { compose: composeStore, parts: { materials: store.materials } },
  adapters: { storage: adapters.storage },
};

/** Sending the outbox: messages, and whom and with which grant to send them. */
export const dispatchRecipe = {
  store: {
    compose: composeStore,
    parts: {
      messages: store.messages,
      agentLinks: store.agentLinks,
      users: store.users,
      subscriptionGrants: store.subscriptionGrants,
    },
  },
  adapters: {},
};

/**
 * The daily sweep: filings' and claims' deadlines, then the outbox (dispatchRecipe's parts,
 * written out: a spread would keep this recipe, and all it names, in every bundle).
 */
export const sweepRecipe = {
  store: {
    compose: composeStore,
    parts: {
      messages: store.messages,
      agentLinks: store.agentLinks,
      users: store.users,
      subscriptionGrants: store.subscriptionGrants,
      filings: store.filings,
      filingIndexes: store.filingIndexes,
      sweepCheckpoints: store.sweepCheckpoints,
      claims: store.claims,
      materials: store.materials,
      persons: store.persons,
      calendars: store.calendars,
    },
  },
  adapters: { calendars: adapters.calendars },
};
