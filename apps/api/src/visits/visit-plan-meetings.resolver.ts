import { addDays } from '@act/domain';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { requireViewer } from '../auth/access-policy';
import { Permission } from '../auth/permissions';
import { Requires } from '../auth/requires.decorator';
import type { RequestContext } from '../common/request/request-context';
import { occurrencesOfTeam, occurrencesOfUser, toOccurrenceModel } from '../scheduling/occurrence.queries';
import { MeetingOccurrenceModel } from '../scheduling/scheduling.model';
import { VisitPlanModel } from './visit.model';
import { dayStart } from './visits.service';

/** Meetings beside the visits: the viewer's own in my day / my week, the team's in the team week. */
@Resolver(() => VisitPlanModel)
export class VisitPlanMeetingsResolver {
  @Requires(Permission.ReadVisits)
  @ResolveField(() => [MeetingOccurrenceModel], {
    description: "Meetings in the same days (team meetings, supervision, sparring, evaluation days): the viewer's own, or the team's in a team week. Show kindLabel, time and place.",
  })
  async meetings(@Context() ctx: RequestContext, @Parent() plan: VisitPlanModel): Promise<MeetingOccurrenceModel[]> {
    const viewer = requireViewer(ctx.viewer);
    const from = dayStart(plan.from);
    const to = dayStart(addDays(plan.to, 1));
    const rows = plan.teamId ? await occurrencesOfTeam(ctx.db, plan.teamId, from, to) : await occurrencesOfUser(ctx.db, viewer.userId, from, to);
    return rows.map(toOccurrenceModel);
  }
}
