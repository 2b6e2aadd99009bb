export * from './factories';
export * from './pg';
