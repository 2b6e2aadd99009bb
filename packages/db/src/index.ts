export * from './entities';
export * from './config';
export * from './data-source';
export * from './password-hash';
export * from './life-areas';
export * from './visit-series-materialiser';
export * from './meeting-series-materialiser';
export * from './readiness-defaults';
