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

/** An optional ID argument: absent (null/undefined) stays null; anything present must be a UUID. */
@Injectable()
export class ParseOptionalIdPipe implements PipeTransform<unknown, string | null> {
  private readonly required = new ParseIdPipe();

  transform(value: unknown, metadata: ArgumentMetadata): string | null {
    return value === null || value === undefined ? null : this.required.transform(value, metadata);
  }
}
