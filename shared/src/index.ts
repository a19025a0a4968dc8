export * from './errors';
export * from './schemas';
export * from './calendar';
export * from './policy';
export * from './regions';
export { PRIVACY_POLICY_VERSION } from './privacy';
export * from './contract';
