export * from './factories';
export * from './pg';
export * from './redis-server';
