export * from './permissions.js';
export * from './limits.js';
export * from './events.js';
export * from './errors.js';
