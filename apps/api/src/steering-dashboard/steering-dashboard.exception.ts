import { AppException } from '../common/errors/app.exception';
import { GraphqlErrorCode, assertUnreachable } from '../common/errors/graphql-error-code';

export enum SteeringDashboardErrorCode {
  InvalidPeriod = 'INVALID_PERIOD',
}

export class SteeringDashboardException extends AppException<SteeringDashboardErrorCode> {
  get graphqlCode(): GraphqlErrorCode {
    switch (this.code) {
      case SteeringDashboardErrorCode.InvalidPeriod:
        return GraphqlErrorCode.BadUserInput;
      default:
        return assertUnreachable(this.code);
    }
  }
}
