import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { InputException } from '../errors/input.exception';

function findNul(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
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

/** PostgreSQL cannot store NUL in text: refuse it in any argument as bad input, with its path. */
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
