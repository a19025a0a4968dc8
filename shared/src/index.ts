export * from './errors';
export * from './schemas';
export * from './calendar';
export * from './policy';
export * from './regions';
export * from './contract';
