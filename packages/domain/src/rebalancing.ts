/**
 * Caseload rebalancing proposal under the max-10 rule.
 *
 * Given a team's members and citizens, propose a deterministic list of moves (new primary
 * contacts) that brings every member within capacity and places citizens waiting in the intake
 * queue, preferring continuity (few moves, existing relations) and fit (discipline, utilisation).
 *
 * The leader accepts or rejects each move on its own, so the moves are built such that any
 * subset of them, applied in the given order, is valid: a member who gives citizens away never
 * receives, and a member only receives while below their *base* capacity. Receivers' loads only
 * grow, so leaving out a move can only leave more room for the later ones.
 *
 * Policy for exceptions (a time-limited "+N" granted by the team leader), in three phases:
 *  1. Hard excess — load above base capacity + exceptionExtra — is shed first (most over first).
 *  2. Waiting citizens are placed next (longest waiting first): a citizen without any primary
 *     contact needs a place more than a member covered by an exception needs relief.
 *  3. Excess covered by an exception is tolerated; it is shed only with base capacity that is
 *     still spare after phases 1 and 2 (most over first). What cannot be shed is reported in
 *     `stillOver` with `withinException: true`.
 * A move never makes the receiver exceed their base capacity — an exception never gives room to
 * receive.
 *
 * Pure: no I/O, no clock, no randomness; the result does not depend on the input order.
 */
import { isValidFte, primaryCapacity } from './caseload';

export interface RebalanceMember {
  id: string;
  name?: string;
  discipline: string;
  fte: number;
  carriesCaseload: boolean;
  /** extra places from an exception in force (0 if none) */
  exceptionExtra: number;
}

export interface RebalanceCitizen {
  id: string;
  primaryMemberId: string | null;
  /** days waiting in the intake queue (only for primaryMemberId === null; missing counts as 0) */
  daysWaiting?: number;
  /** the citizen's secondary contacts on the team: their existing relations */
  secondaryMemberIds: string[];
  /** disciplines that fit this citizen best, e.g. ['nursing'] — optional */
  preferredDisciplines?: string[];
}

export interface RebalanceInput {
  members: readonly RebalanceMember[];
  citizens: readonly RebalanceCitizen[];
}

export type MoveReason = 'over_capacity' | 'waiting';

/** Why this receiver: the first that applies, in order of preference. */
export type MoveBasis = 'existing_relation' | 'discipline_fit' | 'lowest_utilisation';

export interface RebalanceMove {
  citizenId: string;
  /** null for a citizen placed from the intake queue */
  fromMemberId: string | null;
  toMemberId: string;
  reason: MoveReason;
  basis: MoveBasis;
}

export interface StillOverMember {
  memberId: string;
  /** load above base capacity after all proposed moves */
  excess: number;
  /** true when the remaining load is covered by the member's exception (load ≤ capacity + exceptionExtra) */
  withinException: boolean;
}

export interface RebalanceProposal {
  moves: RebalanceMove[];
  /** citizens still waiting after the proposal (no capacity left), longest waiting first */
  stillWaiting: string[];
  /** members still over their base capacity (nobody could take more), most over first */
  stillOver: StillOverMember[];
}

interface MemberState {
  readonly id: string;
  readonly discipline: string;
  readonly capacity: number;
  readonly exceptionExtra: number;
  load: number;
}

interface CitizenInfo {
  readonly id: string;
  readonly primaryMemberId: string | null;
  readonly daysWaiting: number;
  readonly secondaryMemberIds: ReadonlySet<string>;
  readonly preferredDisciplines: ReadonlySet<string>;
}

interface Candidate {
  readonly citizen: CitizenInfo;
  readonly receiver: MemberState;
  readonly relation: boolean;
  readonly fit: boolean;
}

/** Propose moves that bring every member within base capacity and place waiting citizens. */
export function proposeRebalancing(input: RebalanceInput): RebalanceProposal {
  const { members, citizens } = validate(input);
  const memberById = new Map(members.map((m) => [m.id, m]));
  const citizensByMember = new Map<string, CitizenInfo[]>(members.map((m) => [m.id, []]));
  const waiting: CitizenInfo[] = [];
  for (const citizen of citizens) {
    if (citizen.primaryMemberId === null) waiting.push(citizen);
    else citizensByMember.get(citizen.primaryMemberId)!.push(citizen);
  }
  const moves: RebalanceMove[] = [];
  const moved = new Set<string>();

  const shed = (member: MemberState, count: number): void => {
    const own = citizensByMember.get(member.id)!;
    for (let i = 0; i < count; i++) {
      const receivers = receiverIndex(members);
      let best: Candidate | null = null;
      for (const citizen of own) {
        if (moved.has(citizen.id)) continue;
        const candidate = bestReceiverFor(citizen, receivers, memberById);
        if (candidate && (best === null || compareCandidates(candidate, best) < 0)) best = candidate;
      }
      if (best === null) return; // nobody has spare capacity (or no citizen left to move)
      record(best, member.id, 'over_capacity');
    }
  };

  const record = (candidate: Candidate, fromMemberId: string | null, reason: MoveReason): void => {
    moved.add(candidate.citizen.id);
    candidate.receiver.load += 1;
    if (fromMemberId !== null) memberById.get(fromMemberId)!.load -= 1;
    const { citizen, receiver } = candidate;
    moves.push({ citizenId: citizen.id, fromMemberId, toMemberId: receiver.id, reason, basis: basisOf(candidate) });
  };

  // Phase 1: excess not covered by an exception.
  const hardExcess = (m: MemberState) => m.load - (m.capacity + m.exceptionExtra);
  for (const member of byExcessDescending(members, hardExcess)) shed(member, hardExcess(member));

  // Phase 2: the intake queue, longest waiting first.
  waiting.sort((a, b) => b.daysWaiting - a.daysWaiting || compareIds(a.id, b.id));
  const stillWaiting: string[] = [];
  for (const citizen of waiting) {
    const candidate = bestReceiverFor(citizen, receiverIndex(members), memberById);
    if (candidate) record(candidate, null, 'waiting');
    else stillWaiting.push(citizen.id);
  }

  // Phase 3: excess covered by an exception, only with base capacity still spare.
  const baseExcess = (m: MemberState) => m.load - m.capacity;
  for (const member of byExcessDescending(members, baseExcess)) shed(member, baseExcess(member));

  const stillOver = byExcessDescending(members, baseExcess).map((m) => ({
    memberId: m.id,
    excess: baseExcess(m),
    withinException: m.load <= m.capacity + m.exceptionExtra,
  }));
  return { moves, stillWaiting, stillOver };
}

/**
 * The resulting primary-contact load per member id (every member, 0 when none) after applying
 * `moves` in order to the input. Throws RangeError when a move does not fit the state it is
 * applied to (unknown citizen or member, or the citizen's primary contact is not `fromMemberId`),
 * e.g. a stale proposal. Capacity is not checked here; use `isWithinCapacity` on the result.
 */
export function applyMoves(input: RebalanceInput, moves: readonly RebalanceMove[]): Record<string, number> {
  const { members, citizens } = validate(input);
  const loads = new Map(members.map((m) => [m.id, 0]));
  const primaryOf = new Map<string, string | null>();
  for (const citizen of citizens) {
    primaryOf.set(citizen.id, citizen.primaryMemberId);
    if (citizen.primaryMemberId !== null) loads.set(citizen.primaryMemberId, loads.get(citizen.primaryMemberId)! + 1);
  }
  for (const move of moves) {
    if (!primaryOf.has(move.citizenId)) throw new RangeError(`Move refers to unknown citizen id "${move.citizenId}"`);
    if (!loads.has(move.toMemberId)) throw new RangeError(`Move refers to unknown member id "${move.toMemberId}"`);
    const current = primaryOf.get(move.citizenId)!;
    if (current !== move.fromMemberId) {
      throw new RangeError(
        `Move of citizen "${move.citizenId}" expects primary contact ${describe(move.fromMemberId)} but it is ${describe(current)}`,
      );
    }
    if (current !== null) loads.set(current, loads.get(current)! - 1);
    loads.set(move.toMemberId, loads.get(move.toMemberId)! + 1);
    primaryOf.set(move.citizenId, move.toMemberId);
  }
  return Object.fromEntries([...loads].sort(([a], [b]) => compareIds(a, b)));
}

/**
 * True when every member's load (by member id; missing counts as 0) is within base capacity,
 * or within capacity + exceptionExtra when `allowExceptions` is set.
 */
export function isWithinCapacity(
  members: readonly RebalanceMember[],
  loads: Readonly<Record<string, number>>,
  options: { allowExceptions?: boolean } = {},
): boolean {
  return members.every((m) => {
    const limit = primaryCapacity(m.fte, m.carriesCaseload) + (options.allowExceptions ? m.exceptionExtra : 0);
    return (Object.hasOwn(loads, m.id) ? loads[m.id] : 0) <= limit;
  });
}

/** Members with spare base capacity, the best overall and the best per discipline. */
interface ReceiverIndex {
  readonly best: MemberState | null;
  readonly bestByDiscipline: ReadonlyMap<string, MemberState>;
}

function receiverIndex(members: readonly MemberState[]): ReceiverIndex {
  let best: MemberState | null = null;
  const bestByDiscipline = new Map<string, MemberState>();
  for (const m of members) {
    if (!hasSpare(m)) continue;
    if (best === null || compareReceivers(m, best) < 0) best = m;
    const current = bestByDiscipline.get(m.discipline);
    if (current === undefined || compareReceivers(m, current) < 0) bestByDiscipline.set(m.discipline, m);
  }
  return { best, bestByDiscipline };
}

/** The best receiver for one citizen: an existing relation, then discipline fit, then utilisation. */
function bestReceiverFor(
  citizen: CitizenInfo,
  receivers: ReceiverIndex,
  memberById: ReadonlyMap<string, MemberState>,
): Candidate | null {
  let best: Candidate | null = null;
  for (const id of citizen.secondaryMemberIds) {
    const m = memberById.get(id)!;
    if (id === citizen.primaryMemberId || !hasSpare(m)) continue;
    const candidate: Candidate = { citizen, receiver: m, relation: true, fit: citizen.preferredDisciplines.has(m.discipline) };
    if (best === null || compareCandidates(candidate, best) < 0) best = candidate;
  }
  if (best) return best;
  for (const discipline of citizen.preferredDisciplines) {
    const m = receivers.bestByDiscipline.get(discipline);
    if (m && (best === null || compareReceivers(m, best.receiver) < 0)) best = { citizen, receiver: m, relation: false, fit: true };
  }
  if (best) return best;
  return receivers.best ? { citizen, receiver: receivers.best, relation: false, fit: false } : null;
}

function basisOf(candidate: Candidate): MoveBasis {
  if (candidate.relation) return 'existing_relation';
  return candidate.fit ? 'discipline_fit' : 'lowest_utilisation';
}

function hasSpare(m: MemberState): boolean {
  return m.load < m.capacity;
}

/** Relation first, then fit, then the receiver (utilisation, id), then the citizen's id. */
function compareCandidates(a: Candidate, b: Candidate): number {
  if (a.relation !== b.relation) return a.relation ? -1 : 1;
  if (a.fit !== b.fit) return a.fit ? -1 : 1;
  return compareReceivers(a.receiver, b.receiver) || compareIds(a.citizen.id, b.citizen.id);
}

/** Lowest utilisation (load / capacity, compared exactly as integers) first, ties by id. */
function compareReceivers(a: MemberState, b: MemberState): number {
  return a.load * b.capacity - b.load * a.capacity || compareIds(a.id, b.id);
}

function byExcessDescending(members: readonly MemberState[], excess: (m: MemberState) => number): MemberState[] {
  return members.filter((m) => excess(m) > 0).sort((a, b) => excess(b) - excess(a) || compareIds(a.id, b.id));
}

/** Code-unit order: independent of locale. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function describe(memberId: string | null): string {
  return memberId === null ? 'none (waiting)' : `"${memberId}"`;
}

/** Array.isArray narrows a typed readonly array to any[]; this keeps the element type. */
function isList(value: unknown): value is readonly unknown[] {
  return Array.isArray(value);
}

function validate(input: RebalanceInput): { members: MemberState[]; citizens: CitizenInfo[] } {
  if (!input || !isList(input.members) || !isList(input.citizens)) {
    throw new RangeError('Input must have arrays "members" and "citizens"');
  }
  const members: MemberState[] = [];
  const memberIds = new Set<string>();
  for (const m of input.members) {
    if (!m || typeof m.id !== 'string' || m.id === '') throw new RangeError('Every member must have a non-empty string id');
    if (memberIds.has(m.id)) throw new RangeError(`Duplicate member id "${m.id}"`);
    memberIds.add(m.id);
    if (typeof m.discipline !== 'string') throw new RangeError(`Member "${m.id}" must have a discipline`);
    if (!isValidFte(m.fte)) {
      throw new RangeError(
        `Member "${m.id}" has an invalid FTE (${String(m.fte)}): it must be greater than 0 and at most 1, with at most two decimals`,
      );
    }
    if (typeof m.carriesCaseload !== 'boolean') throw new RangeError(`Member "${m.id}" must say whether they carry a caseload`);
    if (!Number.isInteger(m.exceptionExtra) || m.exceptionExtra < 0) {
      throw new RangeError(
        `Member "${m.id}" has an invalid exceptionExtra (${String(m.exceptionExtra)}): it must be a non-negative integer`,
      );
    }
    const capacity = primaryCapacity(m.fte, m.carriesCaseload);
    members.push({ id: m.id, discipline: m.discipline, capacity, exceptionExtra: m.exceptionExtra, load: 0 });
  }
  members.sort((a, b) => compareIds(a.id, b.id));
  const stateById = new Map(members.map((m) => [m.id, m]));

  const citizens: CitizenInfo[] = [];
  const citizenIds = new Set<string>();
  for (const c of input.citizens) {
    if (!c || typeof c.id !== 'string' || c.id === '') throw new RangeError('Every citizen must have a non-empty string id');
    if (citizenIds.has(c.id)) throw new RangeError(`Duplicate citizen id "${c.id}"`);
    citizenIds.add(c.id);
    if (c.primaryMemberId !== null && !memberIds.has(c.primaryMemberId)) {
      throw new RangeError(`Citizen "${c.id}" has an unknown primary member id "${String(c.primaryMemberId)}"`);
    }
    if (!isList(c.secondaryMemberIds)) throw new RangeError(`Citizen "${c.id}" must have an array secondaryMemberIds`);
    for (const id of c.secondaryMemberIds) {
      if (!memberIds.has(id)) throw new RangeError(`Citizen "${c.id}" has an unknown secondary member id "${String(id)}"`);
    }
    const days = c.daysWaiting ?? 0;
    if (typeof days !== 'number' || !Number.isFinite(days) || days < 0) {
      throw new RangeError(`Citizen "${c.id}" has an invalid daysWaiting (${String(c.daysWaiting)}): it must be a non-negative number`);
    }
    const preferred = c.preferredDisciplines ?? [];
    if (!isList(preferred) || preferred.some((d) => typeof d !== 'string')) {
      throw new RangeError(`Citizen "${c.id}" has invalid preferredDisciplines: it must be an array of strings`);
    }
    if (c.primaryMemberId !== null) stateById.get(c.primaryMemberId)!.load += 1;
    citizens.push({
      id: c.id,
      primaryMemberId: c.primaryMemberId,
      daysWaiting: days,
      secondaryMemberIds: new Set(c.secondaryMemberIds),
      preferredDisciplines: new Set(preferred),
    });
  }
  citizens.sort((a, b) => compareIds(a.id, b.id));
  return { members, citizens };
}
