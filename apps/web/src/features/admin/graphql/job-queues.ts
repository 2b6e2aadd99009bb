import { graphql } from '../../../gql';

export const JobQueueHealthDocument = graphql(`
  query JobQueueHealth {
    jobQueueHealth {
      checkedAt
      queues {
        name
        waiting
        active
        delayed
        failed
        completed
      }
      schedulers {
        id
        queue
        count
        everySeconds
        pattern
        timeZone
        nextRunAt
        lastRunAt
        lastOutcome
        failedCount
      }
    }
  }
`);
