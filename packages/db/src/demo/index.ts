export * from './demo-data';
export * from './seed';
export * from './activity';
