export * from './demo-data';
export * from './seed';
export { Prng } from './prng';
export * from './activity';
