import { AppException } from './app.exception';
import { GraphqlErrorCode } from './graphql-error-code';

export interface FieldProblem {
  field: string;
  message: string;
}

/** Bad input: the first problem is the message; all problems travel in `extensions.fields`. */
export class InputException extends AppException<'INVALID_INPUT'> {
  constructor(readonly problems: FieldProblem[]) {
    super('INVALID_INPUT', problems[0]?.message ?? 'Ugyldige oplysninger.', problems[0]?.field);
  }

  get graphqlCode(): GraphqlErrorCode {
    return GraphqlErrorCode.BadUserInput;
  }

  static field(field: string, message: string): InputException {
    return new InputException([{ field, message }]);
  }
}
