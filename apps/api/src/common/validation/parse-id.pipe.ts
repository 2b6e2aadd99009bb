import { isUuid } from '@act/domain';
import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { InputException } from '../errors/input.exception';

/** An ID argument must be a UUID; anything else is bad input, never a database error. */
@Injectable()
export class ParseIdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    if (isUuid(value)) return value;
    throw InputException.field(metadata.data ?? 'id', 'Ukendt id. Gå tilbage, og vælg igen.');
  }
}
