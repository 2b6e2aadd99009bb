import { Foundation1764230000000 } from './1764230000000-foundation';

export const migrations = [Foundation1764230000000];
