export * from './cpr';
export * from './caseload';
export * from './password';
export * from './common-passwords';
export * from './danish-format';
export * from './email';
export * from './phone';
export * from './rebalancing';
