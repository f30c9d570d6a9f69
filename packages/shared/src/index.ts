export * from './permissions.js';
export * from './limits.js';
export * from './events.js';
export * from './errors.js';
export * from './trust.js';
