import { AppException } from '../common/errors/app.exception';
import { GraphqlErrorCode } from '../common/errors/graphql-error-code';

/** Redis did not answer in time: the page says so instead of waiting. */
export class QueueHealthUnavailableException extends AppException<'QUEUES_UNAVAILABLE'> {
  constructor() {
    super(
      'QUEUES_UNAVAILABLE',
      'Jobkøerne kan ikke læses lige nu, fordi Redis ikke svarer. Planlagte opgaver indhentes, når Redis svarer igen. Prøv igen om lidt.',
    );
  }

  get graphqlCode(): GraphqlErrorCode {
    return GraphqlErrorCode.ServiceUnavailable;
  }
}
