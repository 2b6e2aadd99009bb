import { isIsoDate } from '@act/domain';
import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { InputException } from '../errors/input.exception';
import { DATE_MESSAGE } from './validators';

/** An optional YYYY-MM-DD argument: a real date, or absent. */
@Injectable()
export class ParseOptionalDatePipe implements PipeTransform<unknown, string | null> {
  transform(value: unknown, metadata: ArgumentMetadata): string | null {
    if (value === undefined || value === null) return null;
    if (typeof value === 'string' && isIsoDate(value)) return value;
    throw InputException.field(metadata.data ?? 'date', DATE_MESSAGE);
  }
}
