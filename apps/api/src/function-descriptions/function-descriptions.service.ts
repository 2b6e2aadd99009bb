import { FunctionDescription, FunctionRole, TeamMember, type Discipline } from '@act/db';
import { teamComposition } from '@act/domain';
import { Injectable } from '@nestjs/common';
import { AuthErrorCode, AuthException } from '../auth/auth.exception';
import { assertCitizensOfTeam, leadsTeam, requireViewer } from '../auth/access-policy';
import { isUniqueViolation } from '../common/errors/pg-errors';
import type { RequestContext, Viewer } from '../common/request/request-context';
import type { CreateFunctionRoleInput, LinkMemberFunctionInput, SaveFunctionDescriptionInput } from './dto/function-descriptions.inputs';
import { FunctionDescriptionErrorCode, FunctionDescriptionException } from './function-descriptions.exception';
import type { FunctionDescriptionModel, FunctionRoleModel, TeamCompositionModel } from './function-descriptions.model';
import { currentMember } from '../teams/current-member';

const ROLE_NOT_FOUND = 'Rollen findes ikke. Gå tilbage til teamets funktionsbeskrivelser.';

function assertLeadsFunctionsOf(viewer: Viewer, teamId: string): void {
  if (!leadsTeam(viewer, teamId)) {
    throw new AuthException(AuthErrorCode.Forbidden, 'Kun teamlederen for dette team kan skrive funktionsbeskrivelser. Kontakt din teamleder.');
  }
}

/** A function_description row with its author's name, as the list query returns it. */
interface DescriptionRow {
  id: string;
  role_id: string;
  version: number;
  purpose: string;
  tasks_outreach: string;
  tasks_plan: string;
  tasks_support: string;
  tasks_transition: string;
  professional_competences: string;
  personal_competences: string;
  written_by_name: string;
  created_at: Date;
}

@Injectable()
export class FunctionDescriptionsService {
  /** The team's roles with every version and the members linked — three statements. */
  async roles(ctx: RequestContext, teamId: string, roleId?: string): Promise<FunctionRoleModel[]> {
    assertCitizensOfTeam(requireViewer(ctx.viewer), teamId);
    const team = await ctx.loaders.teamById.load(teamId);
    const roles = await ctx.db.find(FunctionRole, { where: roleId ? { teamId, id: roleId } : { teamId }, order: { title: 'ASC', id: 'ASC' } });
    if (!roles.length) return [];
    const ids = roles.map((r) => r.id);
    const versions = await ctx.db.query<DescriptionRow[]>(
      `SELECT d.*, u.name AS written_by_name FROM function_description d JOIN app_user u ON u.id = d.written_by
       WHERE d.role_id = ANY($1) ORDER BY d.version DESC`,
      [ids],
    );
    const members = (await ctx.db.query<Array<{ role_id: string; member_id: string; name: string; fte: string }>>(
      `SELECT l.role_id, tm.id AS member_id, u.name, tm.fte FROM member_function_role l
       JOIN team_member tm ON tm.id = l.member_id JOIN app_user u ON u.id = tm.user_id
       WHERE l.role_id = ANY($1) ORDER BY u.name, tm.id`,
      [ids],
    ));
    return roles.map((r) => {
      const own: FunctionDescriptionModel[] = versions
        .filter((v) => v.role_id === r.id)
        .map((v) => ({
          id: v.id,
          roleId: v.role_id,
          version: v.version,
          purpose: v.purpose,
          tasksOutreach: v.tasks_outreach,
          tasksPlan: v.tasks_plan,
          tasksSupport: v.tasks_support,
          tasksTransition: v.tasks_transition,
          professionalCompetences: v.professional_competences,
          personalCompetences: v.personal_competences,
          writtenByName: v.written_by_name,
          createdAt: v.created_at,
        }));
      return {
        id: r.id,
        teamId: r.teamId,
        teamName: team?.name ?? '',
        title: r.title,
        discipline: r.discipline,
        current: own[0] ?? null,
        versions: own,
        members: members.filter((m) => m.role_id === r.id).map((m) => ({ memberId: m.member_id, name: m.name, fte: Number(m.fte) })),
      };
    });
  }

  async role(ctx: RequestContext, roleId: string): Promise<FunctionRoleModel> {
    const role = await ctx.db.findOne(FunctionRole, { where: { id: roleId } });
    if (!role) throw new FunctionDescriptionException(FunctionDescriptionErrorCode.RoleNotFound, ROLE_NOT_FOUND, 'roleId');
    const [model] = await this.roles(ctx, role.teamId, role.id);
    return model;
  }

  async createRole(ctx: RequestContext, input: CreateFunctionRoleInput): Promise<FunctionRoleModel> {
    const viewer = requireViewer(ctx.viewer);
    assertLeadsFunctionsOf(viewer, input.teamId);
    const role = ctx.db.create(FunctionRole, {
      tenantId: viewer.tenantId,
      teamId: input.teamId,
      title: input.title.trim(),
      discipline: (input.discipline as Discipline | null | undefined) ?? null,
    });
    try {
      await ctx.db.save(role);
    } catch (error) {
      if (isUniqueViolation(error, 'uq_function_role_team_title')) {
        throw new FunctionDescriptionException(FunctionDescriptionErrorCode.TitleTaken, 'Teamet har allerede en rolle med det navn.', 'title');
      }
      throw error;
    }
    return this.role(ctx, role.id);
  }

  /** A new version; never changes an old one. Starting from an outdated version is refused. */
  async saveDescription(ctx: RequestContext, input: SaveFunctionDescriptionInput): Promise<FunctionRoleModel> {
    const viewer = requireViewer(ctx.viewer);
    const role = await ctx.db.findOne(FunctionRole, { where: { id: input.roleId } });
    if (!role) throw new FunctionDescriptionException(FunctionDescriptionErrorCode.RoleNotFound, ROLE_NOT_FOUND, 'roleId');
    assertLeadsFunctionsOf(viewer, role.teamId);
    const [{ latest }] = (await ctx.db.query<Array<{ latest: number }>>(`SELECT coalesce(max(version), 0)::int AS latest FROM function_description WHERE role_id = $1`, [role.id]));
    const stale = () =>
      new FunctionDescriptionException(
        FunctionDescriptionErrorCode.StaleVersion,
        'Der er kommet en nyere version, mens du skrev. Hent siden igen, og skriv dine ændringer ind i den nye version.',
        'basedOnVersion',
      );
    if (input.basedOnVersion !== latest) throw stale();
    try {
      await ctx.db.insert(FunctionDescription, {
        tenantId: viewer.tenantId,
        roleId: role.id,
        version: latest + 1,
        purpose: input.purpose.trim(),
        tasksOutreach: input.tasksOutreach.trim(),
        tasksPlan: input.tasksPlan.trim(),
        tasksSupport: input.tasksSupport.trim(),
        tasksTransition: input.tasksTransition.trim(),
        professionalCompetences: input.professionalCompetences.trim(),
        personalCompetences: input.personalCompetences.trim(),
        writtenBy: viewer.userId,
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_function_description_version')) throw stale();
      throw error;
    }
    return this.role(ctx, role.id);
  }

  async linkMember(ctx: RequestContext, input: LinkMemberFunctionInput): Promise<FunctionRoleModel[]> {
    const viewer = requireViewer(ctx.viewer);
    const member = await ctx.db.findOne(TeamMember, { where: { id: input.memberId } });
    if (!member) throw new FunctionDescriptionException(FunctionDescriptionErrorCode.MemberNotFound, 'Teammedlemmet findes ikke.', 'memberId');
    assertLeadsFunctionsOf(viewer, member.teamId);
    if (input.roleId) {
      const role = await ctx.db.findOne(FunctionRole, { where: { id: input.roleId, teamId: member.teamId } });
      if (!role) throw new FunctionDescriptionException(FunctionDescriptionErrorCode.RoleNotFound, ROLE_NOT_FOUND, 'roleId');
      await ctx.db.query(
        `INSERT INTO member_function_role (tenant_id, member_id, role_id, linked_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (member_id) DO UPDATE SET role_id = EXCLUDED.role_id, linked_by = EXCLUDED.linked_by, linked_at = now()`,
        [viewer.tenantId, member.id, role.id, viewer.userId],
      );
    } else {
      await ctx.db.query(`DELETE FROM member_function_role WHERE member_id = $1`, [member.id]);
    }
    return this.roles(ctx, member.teamId);
  }

  async composition(ctx: RequestContext, teamId: string): Promise<TeamCompositionModel> {
    assertCitizensOfTeam(requireViewer(ctx.viewer), teamId);
    const members = await ctx.db.find(TeamMember, { where: { teamId, ...currentMember() } });
    const citizens = await ctx.loaders.activeCitizenCountByTeam.load(teamId);
    const c = teamComposition(
      members.map((m) => ({ discipline: m.discipline, fte: m.fte })),
      citizens,
    );
    return { teamId, activeCitizens: citizens, totalFte: c.totalFte, lines: c.lines, missing: c.missing, below: c.below };
  }
}
