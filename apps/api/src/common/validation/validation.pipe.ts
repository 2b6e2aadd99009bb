import { ValidationPipe, type ValidationError } from '@nestjs/common';
import type { ValidatorOptions } from 'class-validator';
import { InputException, type FieldProblem } from '../errors/input.exception';

function problems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own.slice(0, 1), ...problems(error.children ?? [], field)];
  });
}

/**
 * A validator that throws on a value it did not expect (class-validator's own did on 1e-7) must
 * not turn bad input into an internal error: whatever the input, the answer is BAD_USER_INPUT.
 */
class InputValidationPipe extends ValidationPipe {
  protected override async validate(object: object, options?: ValidatorOptions): Promise<ValidationError[]> {
    try {
      return await super.validate(object, options);
    } catch {
      throw InputException.field('input', 'Et af felterne har en værdi, der ikke kan bruges. Ret den, og prøv igen.');
    }
  }
}

/** One global pipe: validated, transformed inputs or BAD_USER_INPUT with field paths. */
export function createValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new InputException(problems(errors)),
  });
}
