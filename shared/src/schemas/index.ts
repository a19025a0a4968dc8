// The API's request and response types as zod schemas, with Chinese messages for users.
export * from './enums';
export * from './common';
export * from './dates';
export * from './region';
export * from './idNumber';
export * from './phone';
export * from './person';
export * from './material';
export * from './action';
export * from './filingRequests';
export * from './filing';
export * from './review';
export * from './auth';
export * from './errors';
export * from './views';
