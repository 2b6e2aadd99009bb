import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { InputException } from '../errors/input.exception';

/**
 * NUL and the other C0 control characters except tab, line feed and carriage return (multi-line
 * text keeps its lines), and DEL: invisible, they garble what staff read later, and PostgreSQL
 * cannot store NUL at all.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function findNul(value: unknown, path: string): string | null {
  if (typeof value === 'string') return CONTROL.test(value) ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findNul(value[i], `${path}.${i}`);
      if (hit) return hit;
    }
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, child] of Object.entries(value)) {
      const hit = findNul(child, path ? `${path}.${key}` : key);
      if (hit) return hit;
    }
  }
  return null;
}

/**
 * Refuses NUL and other control characters (CONTROL above) in any argument as bad input, with
 * its path — also in the free-text fields that have no text validator of their own (notes,
 * reasons, passwords). Runs before validation, so field validators never see them.
 */
@Injectable()
export class RejectNulPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    // GraphQL arguments arrive as 'body'; the context ('custom') must not be walked.
    if (metadata.type !== 'body') return value;
    const hit = findNul(value, typeof value === 'object' ? '' : (metadata.data ?? ''));
    if (hit !== null) throw InputException.field(hit || (metadata.data ?? 'input'), 'Teksten indeholder et ugyldigt tegn. Skriv den igen.');
    return value;
  }
}
