import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { InputException, type FieldProblem } from '../errors/input.exception';

function problems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own.slice(0, 1), ...problems(error.children ?? [], field)];
  });
}

/** One global pipe: validated, transformed inputs or BAD_USER_INPUT with field paths. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new InputException(problems(errors)),
  });
}
