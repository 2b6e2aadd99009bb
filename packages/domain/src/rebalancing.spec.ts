import { primaryCapacity } from './caseload';
import { Prng } from './prng';
import {
  applyMoves,
  isWithinCapacity,
  proposeRebalancing,
  type RebalanceCitizen,
  type RebalanceInput,
  type RebalanceMember,
  type RebalanceProposal,
} from './rebalancing';

function member(id: string, fte = 1, extra: Partial<RebalanceMember> = {}): RebalanceMember {
  return { id, discipline: 'social', fte, carriesCaseload: true, exceptionExtra: 0, ...extra };
}

function citizen(id: string, primaryMemberId: string | null, extra: Partial<RebalanceCitizen> = {}): RebalanceCitizen {
  return { id, primaryMemberId, secondaryMemberIds: [], ...extra };
}

/** `count` citizens with ids `${prefix}01`… assigned to `primary`. */
function assigned(prefix: string, primary: string, count: number): RebalanceCitizen[] {
  return Array.from({ length: count }, (_, i) => citizen(`${prefix}${String(i + 1).padStart(2, '0')}`, primary));
}

describe('proposeRebalancing — scenarios', () => {
  it('moves exactly the excess of a member over by 2, preferring citizens with a secondary relation', () => {
    const input: RebalanceInput = {
      members: [member('anna', 1), member('bo', 1), member('carl', 0.5)],
      citizens: [
        ...assigned('a', 'anna', 10),
        citizen('a11', 'anna', { secondaryMemberIds: ['bo'] }),
        citizen('a12', 'anna'),
        ...assigned('b', 'bo', 8),
        ...assigned('c', 'carl', 1),
      ],
    };
    const proposal = proposeRebalancing(input);
    expect(proposal.moves).toEqual([
      { citizenId: 'a11', fromMemberId: 'anna', toMemberId: 'bo', reason: 'over_capacity', basis: 'existing_relation' },
      // carl (1/5 = 0.2) is less utilised than bo (9/10 after the first move)
      { citizenId: 'a01', fromMemberId: 'anna', toMemberId: 'carl', reason: 'over_capacity', basis: 'lowest_utilisation' },
    ]);
    expect(proposal.stillOver).toEqual([]);
    expect(proposal.stillWaiting).toEqual([]);
    expect(applyMoves(input, proposal.moves)).toEqual({ anna: 10, bo: 9, carl: 2 });
  });

  it('does not use a relation whose member is full, and prefers discipline fit over utilisation', () => {
    const input: RebalanceInput = {
      members: [member('anna', 0.5), member('full', 0.5), member('nurse', 1, { discipline: 'nursing' }), member('idle', 1)],
      citizens: [
        citizen('x1', 'anna', { secondaryMemberIds: ['full'] }),
        citizen('x2', 'anna', { preferredDisciplines: ['nursing'] }),
        ...assigned('a', 'anna', 5),
        ...assigned('f', 'full', 5),
        ...assigned('n', 'nurse', 6),
      ],
    };
    const { moves } = proposeRebalancing(input);
    expect(moves).toEqual([
      { citizenId: 'x2', fromMemberId: 'anna', toMemberId: 'nurse', reason: 'over_capacity', basis: 'discipline_fit' },
      { citizenId: 'a01', fromMemberId: 'anna', toMemberId: 'idle', reason: 'over_capacity', basis: 'lowest_utilisation' },
    ]);
  });

  it('sheds the most-over member first and never moves a citizen twice', () => {
    const input: RebalanceInput = {
      members: [member('a', 0.3), member('b', 0.3), member('spare', 0.2)],
      citizens: [...assigned('a', 'a', 4), ...assigned('b', 'b', 5)],
    };
    const proposal = proposeRebalancing(input);
    expect(proposal.moves.map((m) => [m.fromMemberId, m.toMemberId])).toEqual([
      ['b', 'spare'],
      ['b', 'spare'],
    ]);
    expect(proposal.stillOver).toEqual([{ memberId: 'a', excess: 1, withinException: false }]);
  });

  it('places waiting citizens longest waiting first, by relation, then lowest utilisation', () => {
    const input: RebalanceInput = {
      members: [member('anna', 1), member('bo', 0.5), member('carl', 1)],
      citizens: [
        ...assigned('a', 'anna', 9),
        ...assigned('b', 'bo', 1),
        ...assigned('c', 'carl', 5),
        citizen('w-new', null, { daysWaiting: 2 }),
        citizen('w-old', null, { daysWaiting: 30, secondaryMemberIds: ['anna'] }),
        citizen('w-mid', null, { daysWaiting: 10 }),
        citizen('w-mid2', null, { daysWaiting: 10 }),
      ],
    };
    const proposal = proposeRebalancing(input);
    expect(proposal.moves).toEqual([
      { citizenId: 'w-old', fromMemberId: null, toMemberId: 'anna', reason: 'waiting', basis: 'existing_relation' },
      { citizenId: 'w-mid', fromMemberId: null, toMemberId: 'bo', reason: 'waiting', basis: 'lowest_utilisation' }, // 1/5
      { citizenId: 'w-mid2', fromMemberId: null, toMemberId: 'bo', reason: 'waiting', basis: 'lowest_utilisation' }, // 2/5 < 5/10
      { citizenId: 'w-new', fromMemberId: null, toMemberId: 'carl', reason: 'waiting', basis: 'lowest_utilisation' }, // 5/10 < 3/5
    ]);
    expect(proposal.stillWaiting).toEqual([]);
  });

  it('breaks utilisation ties by member id', () => {
    const input: RebalanceInput = {
      members: [member('zed', 1), member('amy', 0.5)],
      citizens: [...assigned('z', 'zed', 4), ...assigned('a', 'amy', 2), citizen('w', null)],
    };
    expect(proposeRebalancing(input).moves[0].toMemberId).toBe('amy'); // both 0.4
  });

  it('reports stillWaiting and stillOver when there is no capacity anywhere, and proposes no move', () => {
    const input: RebalanceInput = {
      members: [member('anna', 0.5), member('bo', 0.3)],
      citizens: [
        ...assigned('a', 'anna', 7),
        ...assigned('b', 'bo', 3),
        citizen('w1', null, { daysWaiting: 1 }),
        citizen('w2', null, { daysWaiting: 5 }),
      ],
    };
    const proposal = proposeRebalancing(input);
    expect(proposal).toEqual<RebalanceProposal>({
      moves: [],
      stillWaiting: ['w2', 'w1'],
      stillOver: [{ memberId: 'anna', excess: 2, withinException: false }],
    });
  });

  it('uses the little capacity there is without pushing anyone over', () => {
    const input: RebalanceInput = {
      members: [member('anna', 0.5), member('bo', 0.3)],
      citizens: [...assigned('a', 'anna', 8), ...assigned('b', 'bo', 2), citizen('w1', null)],
    };
    const proposal = proposeRebalancing(input);
    expect(proposal.moves).toHaveLength(1);
    expect(proposal.moves[0]).toMatchObject({ fromMemberId: 'anna', toMemberId: 'bo', reason: 'over_capacity' });
    expect(proposal.stillOver).toEqual([{ memberId: 'anna', excess: 2, withinException: false }]);
    expect(proposal.stillWaiting).toEqual(['w1']);
    expect(applyMoves(input, proposal.moves)).toEqual({ anna: 7, bo: 3 });
  });

  it('never lets a member without a caseload (the psychiatrist) receive, even as a relation or by discipline', () => {
    const psychiatrist = member('psych', 0.5, { discipline: 'psychiatry', carriesCaseload: false });
    const input: RebalanceInput = {
      members: [psychiatrist, member('anna', 0.5)],
      citizens: [
        citizen('w1', null, { secondaryMemberIds: ['psych'], preferredDisciplines: ['psychiatry'] }),
        citizen('a1', 'anna', { secondaryMemberIds: ['psych'] }),
      ],
    };
    const proposal = proposeRebalancing(input);
    expect(proposal.moves).toEqual([
      { citizenId: 'w1', fromMemberId: null, toMemberId: 'anna', reason: 'waiting', basis: 'lowest_utilisation' },
    ]);
  });

  it('moves citizens away from a psychiatrist who is somebody’s primary contact', () => {
    const input: RebalanceInput = {
      members: [member('psych', 0.5, { discipline: 'psychiatry', carriesCaseload: false }), member('anna', 1)],
      citizens: [citizen('p1', 'psych'), citizen('p2', 'psych', { secondaryMemberIds: ['anna'] })],
    };
    const proposal = proposeRebalancing(input);
    expect(proposal.moves.map((m) => [m.citizenId, m.basis])).toEqual([
      ['p2', 'existing_relation'],
      ['p1', 'lowest_utilisation'],
    ]);
    expect(proposal.stillOver).toEqual([]);
  });

  describe('exceptions', () => {
    const exceptionMember = member('ex', 0.5, { exceptionExtra: 2 }); // capacity 5, tolerated up to 7

    it('tolerates a member within capacity + exception when nobody has spare base capacity', () => {
      const input: RebalanceInput = {
        members: [exceptionMember, member('full', 0.3)],
        citizens: [...assigned('e', 'ex', 7), ...assigned('f', 'full', 3)],
      };
      const proposal = proposeRebalancing(input);
      expect(proposal.moves).toEqual([]);
      expect(proposal.stillOver).toEqual([{ memberId: 'ex', excess: 2, withinException: true }]);
      expect(isWithinCapacity(input.members, applyMoves(input, []))).toBe(false);
      expect(isWithinCapacity(input.members, applyMoves(input, []), { allowExceptions: true })).toBe(true);
    });

    it('resolves the exception with spare base capacity, but only after placing waiting citizens', () => {
      const input: RebalanceInput = {
        members: [exceptionMember, member('bo', 0.3)],
        citizens: [...assigned('e', 'ex', 7), ...assigned('b', 'bo', 1), citizen('w1', null)],
      };
      const proposal = proposeRebalancing(input);
      expect(proposal.moves.map((m) => [m.reason, m.fromMemberId, m.toMemberId])).toEqual([
        ['waiting', null, 'bo'],
        ['over_capacity', 'ex', 'bo'],
      ]);
      expect(proposal.stillOver).toEqual([{ memberId: 'ex', excess: 1, withinException: true }]);
    });

    it('sheds the part beyond the exception before waiting citizens, the rest after', () => {
      const input: RebalanceInput = {
        members: [exceptionMember, member('bo', 0.5)],
        citizens: [...assigned('e', 'ex', 9), citizen('w1', null)],
      };
      const proposal = proposeRebalancing(input);
      expect(proposal.moves.map((m) => m.reason)).toEqual(['over_capacity', 'over_capacity', 'waiting', 'over_capacity', 'over_capacity']);
      expect(proposal.stillOver).toEqual([]);
      expect(applyMoves(input, proposal.moves)).toEqual({ bo: 5, ex: 5 });
    });

    it('never lets an exception give room to receive', () => {
      const input: RebalanceInput = {
        members: [member('ex', 0.3, { exceptionExtra: 3 }), member('anna', 0.3)],
        citizens: [...assigned('e', 'ex', 3), ...assigned('a', 'anna', 4), citizen('w1', null, { secondaryMemberIds: ['ex'] })],
      };
      const proposal = proposeRebalancing(input);
      expect(proposal.moves).toEqual([]);
      expect(proposal.stillWaiting).toEqual(['w1']);
      expect(proposal.stillOver).toEqual([{ memberId: 'anna', excess: 1, withinException: false }]);
    });
  });

  it('gives the same proposal for shuffled input', () => {
    const input: RebalanceInput = {
      members: [member('m1', 0.5), member('m2', 1, { discipline: 'nursing' }), member('m3', 0.8), member('m4', 0.2)],
      citizens: [
        ...assigned('a', 'm1', 7),
        ...assigned('b', 'm3', 9),
        citizen('c1', 'm3', { secondaryMemberIds: ['m4', 'm2'], preferredDisciplines: ['nursing', 'social'] }),
        citizen('w1', null, { daysWaiting: 3, secondaryMemberIds: ['m1', 'm4'] }),
        citizen('w2', null, { daysWaiting: 3 }),
      ],
    };
    const expected = proposeRebalancing(input);
    const reversed: RebalanceInput = {
      members: [...input.members].reverse(),
      citizens: [...input.citizens].reverse().map((c) => ({ ...c, secondaryMemberIds: [...c.secondaryMemberIds].reverse() })),
    };
    expect(proposeRebalancing(reversed)).toEqual(expected);
  });

  it('does not mutate its input', () => {
    const input: RebalanceInput = {
      members: [member('a', 0.2), member('b', 1)],
      citizens: [...assigned('a', 'a', 4), citizen('w', null)],
    };
    const copy = structuredClone(input);
    proposeRebalancing(input);
    expect(input).toEqual(copy);
  });
});

describe('proposeRebalancing — input validation', () => {
  const ok = { members: [member('a')], citizens: [citizen('c', 'a')] };
  it.each<[string, RebalanceInput, RegExp]>([
    ['duplicate member ids', { members: [member('a'), member('a')], citizens: [] }, /Duplicate member id "a"/],
    ['duplicate citizen ids', { ...ok, citizens: [citizen('c', 'a'), citizen('c', null)] }, /Duplicate citizen id "c"/],
    ['unknown primary', { ...ok, citizens: [citizen('c', 'zz')] }, /unknown primary member id "zz"/],
    ['unknown secondary', { ...ok, citizens: [citizen('c', 'a', { secondaryMemberIds: ['zz'] })] }, /unknown secondary member id "zz"/],
    ['FTE 0', { ...ok, members: [member('a', 0)] }, /Member "a" has an invalid FTE/],
    ['FTE above 1', { ...ok, members: [member('a', 1.5)] }, /invalid FTE/],
    ['FTE with three decimals', { ...ok, members: [member('a', 0.555)] }, /invalid FTE/],
    ['negative exception', { ...ok, members: [member('a', 1, { exceptionExtra: -1 })] }, /invalid exceptionExtra/],
    ['fractional exception', { ...ok, members: [member('a', 1, { exceptionExtra: 0.5 })] }, /invalid exceptionExtra/],
    ['negative days waiting', { ...ok, citizens: [citizen('c', null, { daysWaiting: -1 })] }, /invalid daysWaiting/],
    ['empty member id', { members: [member('')], citizens: [] }, /non-empty string id/],
  ])('throws RangeError for %s', (_name, input, message) => {
    expect(() => proposeRebalancing(input)).toThrow(RangeError);
    expect(() => proposeRebalancing(input)).toThrow(message);
  });

  it('throws RangeError when arrays are missing', () => {
    expect(() => proposeRebalancing({} as RebalanceInput)).toThrow(RangeError);
  });
});

describe('applyMoves and isWithinCapacity', () => {
  const input: RebalanceInput = {
    members: [member('a', 0.2), member('b', 0.3)],
    citizens: [citizen('c1', 'a'), citizen('c2', 'a'), citizen('c3', 'a'), citizen('w', null)],
  };

  it('returns the load of every member, 0 included', () => {
    expect(applyMoves(input, [])).toEqual({ a: 3, b: 0 });
    expect(
      applyMoves(input, [
        { citizenId: 'c1', fromMemberId: 'a', toMemberId: 'b', reason: 'over_capacity', basis: 'lowest_utilisation' },
        { citizenId: 'w', fromMemberId: null, toMemberId: 'b', reason: 'waiting', basis: 'lowest_utilisation' },
      ]),
    ).toEqual({ a: 2, b: 2 });
  });

  it('refuses a stale or unknown move', () => {
    const move = { citizenId: 'c1', fromMemberId: 'b', toMemberId: 'a', reason: 'over_capacity', basis: 'lowest_utilisation' } as const;
    expect(() => applyMoves(input, [move])).toThrow(/expects primary contact "b" but it is "a"/);
    expect(() => applyMoves(input, [{ ...move, citizenId: 'nobody' }])).toThrow(RangeError);
    expect(() => applyMoves(input, [{ ...move, fromMemberId: 'a', toMemberId: 'nobody' }])).toThrow(RangeError);
  });

  it('compares loads with base capacity, optionally plus the exception', () => {
    const members = [member('a', 0.2, { exceptionExtra: 1 }), member('b', 0.3)];
    expect(isWithinCapacity(members, { a: 2, b: 3 })).toBe(true);
    expect(isWithinCapacity(members, { a: 3 })).toBe(false);
    expect(isWithinCapacity(members, { a: 3 }, { allowExceptions: true })).toBe(true);
    expect(isWithinCapacity(members, { a: 4 }, { allowExceptions: true })).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// Property-style test over generated teams.

const DISCIPLINES = ['social', 'nursing', 'addiction', 'employment', 'peer', 'psychiatry'];

function generateTeam(prng: Prng, memberCount: number, citizenFactor: number, fixedCitizenCount?: number): RebalanceInput {
  const int = (n: number) => prng.int(0, n - 1);
  const pick = <T>(items: readonly T[]): T => prng.pick(items);
  const members: RebalanceMember[] = Array.from({ length: memberCount }, (_, i) => ({
    id: `m${String(i).padStart(2, '0')}-${int(1000)}`,
    discipline: pick(DISCIPLINES),
    fte: (1 + int(20)) / 20,
    carriesCaseload: prng.next() < 0.85,
    exceptionExtra: prng.next() < 0.2 ? 1 + int(3) : 0,
  }));
  const totalCapacity = members.reduce((sum, m) => sum + primaryCapacity(m.fte, m.carriesCaseload), 0);
  const citizenCount = fixedCitizenCount ?? Math.round(totalCapacity * citizenFactor * (0.6 + prng.next() * 0.7));
  // Skewed assignment so some members are over capacity and others have room.
  const weights = members.map(() => prng.next() ** 2);
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const weightedMember = (): string => {
    let r = prng.next() * totalWeight;
    for (let i = 0; i < members.length; i++) {
      r -= weights[i];
      if (r <= 0) return members[i].id;
    }
    return members[members.length - 1].id;
  };
  const citizens: RebalanceCitizen[] = Array.from({ length: citizenCount }, (_, i) => {
    const waiting = prng.next() < 0.12;
    const secondaryMemberIds = [...new Set(Array.from({ length: int(4) }, () => pick(members).id))];
    return {
      id: `c${String(i).padStart(3, '0')}-${int(1000)}`,
      primaryMemberId: waiting ? null : weightedMember(),
      ...(waiting ? { daysWaiting: int(60) } : {}),
      secondaryMemberIds,
      ...(prng.next() < 0.4 ? { preferredDisciplines: [pick(DISCIPLINES), pick(DISCIPLINES)] } : {}),
    };
  });
  return { members, citizens };
}

function shuffledInput(input: RebalanceInput, prng: Prng): RebalanceInput {
  return {
    members: prng.shuffle(input.members),
    citizens: prng.shuffle(input.citizens).map((c) => ({
      ...c,
      secondaryMemberIds: prng.shuffle(c.secondaryMemberIds),
      ...(c.preferredDisciplines ? { preferredDisciplines: prng.shuffle(c.preferredDisciplines) } : {}),
    })),
  };
}

describe('proposeRebalancing — properties over 500 generated teams', () => {
  const prng = new Prng(20261127);
  const teams = Array.from({ length: 500 }, (_, i) => generateTeam(prng, 1 + (i % 12), 0.7 + (i % 5) * 0.15));

  it.each(teams.map((team, i) => [i, team] as const))('team %i', (_i, input) => {
    const proposal = proposeRebalancing(input);
    const capacity = new Map(input.members.map((m) => [m.id, primaryCapacity(m.fte, m.carriesCaseload)]));
    const extra = new Map(input.members.map((m) => [m.id, m.exceptionExtra]));
    const before = applyMoves(input, []);

    // (1) every prefix keeps every receiver within base capacity; any subset is applicable too
    const loads = new Map(Object.entries(before));
    for (const move of proposal.moves) {
      if (move.fromMemberId !== null) loads.set(move.fromMemberId, loads.get(move.fromMemberId)! - 1);
      loads.set(move.toMemberId, loads.get(move.toMemberId)! + 1);
      expect(loads.get(move.toMemberId)!).toBeLessThanOrEqual(capacity.get(move.toMemberId)!);
    }
    const everyOther = proposal.moves.filter((_, i) => i % 2 === 0);
    const subsetLoads = applyMoves(input, everyOther);
    for (const move of everyOther) expect(subsetLoads[move.toMemberId]).toBeLessThanOrEqual(capacity.get(move.toMemberId)!);
    const after = applyMoves(input, proposal.moves);
    expect(after).toEqual(Object.fromEntries(loads));

    // (2) no citizen moves twice
    const movedIds = proposal.moves.map((m) => m.citizenId);
    expect(new Set(movedIds).size).toBe(movedIds.length);

    // (3) enough spare capacity → nobody over, nobody waiting
    let spare = 0;
    let hardExcess = 0;
    let toleratedExcess = 0;
    for (const m of input.members) {
      const load = before[m.id];
      const cap = capacity.get(m.id)!;
      spare += Math.max(0, cap - load);
      hardExcess += Math.max(0, load - cap - extra.get(m.id)!);
      toleratedExcess += Math.max(0, Math.min(load, cap + extra.get(m.id)!) - cap);
    }
    const waiting = input.citizens.filter((c) => c.primaryMemberId === null).length;
    if (spare >= hardExcess + toleratedExcess + waiting) {
      expect(proposal.stillOver).toEqual([]);
      expect(proposal.stillWaiting).toEqual([]);
      expect(isWithinCapacity(input.members, after)).toBe(true);
    }
    if (spare >= hardExcess + waiting) {
      expect(proposal.stillWaiting).toEqual([]);
      expect(isWithinCapacity(input.members, after, { allowExceptions: true })).toBe(true);
    }
    // the report matches the resulting loads
    for (const { memberId, excess, withinException } of proposal.stillOver) {
      expect(excess).toBe(after[memberId] - capacity.get(memberId)!);
      expect(withinException).toBe(after[memberId] <= capacity.get(memberId)! + extra.get(memberId)!);
    }
    expect(proposal.stillOver.length).toBe(input.members.filter((m) => after[m.id] > capacity.get(m.id)!).length);
    expect(proposal.stillWaiting.length + proposal.moves.filter((m) => m.reason === 'waiting').length).toBe(waiting);

    // (4) the same output for a shuffled copy of the input
    expect(proposeRebalancing(shuffledInput(input, prng))).toEqual(proposal);

    // (5) minimal: over-capacity moves = the excess that could be absorbed, in the documented
    // order (hard excess, then waiting, then excess covered by exceptions); no member sheds below
    // base capacity and only members over base capacity shed
    const hardMoves = Math.min(hardExcess, spare);
    const waitingMoves = Math.min(waiting, spare - hardMoves);
    const toleratedMoves = Math.min(toleratedExcess, spare - hardMoves - waitingMoves);
    expect(proposal.moves.filter((m) => m.reason === 'over_capacity')).toHaveLength(hardMoves + toleratedMoves);
    expect(proposal.moves.filter((m) => m.reason === 'waiting')).toHaveLength(waitingMoves);
    const shedBy = new Map<string, number>();
    for (const move of proposal.moves) {
      if (move.fromMemberId !== null) shedBy.set(move.fromMemberId, (shedBy.get(move.fromMemberId) ?? 0) + 1);
    }
    for (const [memberId, count] of shedBy) {
      expect(count).toBeLessThanOrEqual(before[memberId] - capacity.get(memberId)!);
    }
    // givers never receive (which is what makes any subset of the moves valid)
    for (const move of proposal.moves) expect(shedBy.has(move.toMemberId)).toBe(false);
  });
});

describe('proposeRebalancing — performance', () => {
  it('handles 40 members × 400 citizens well under 50 ms', () => {
    const prng = new Prng(7);
    const inputs = [
      generateTeam(prng, 40, 1, 400),
      // pathological: one psychiatrist holds every citizen
      {
        members: [member('psych', 1, { carriesCaseload: false }), ...Array.from({ length: 39 }, (_, i) => member(`m${i}`, 1))],
        citizens: Array.from({ length: 400 }, (_, i) => citizen(`c${i}`, 'psych', { secondaryMemberIds: [`m${i % 39}`] })),
      },
    ];
    for (const input of inputs) {
      expect(input.citizens).toHaveLength(400);
      proposeRebalancing(input); // warm up
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const start = performance.now();
        proposeRebalancing(input);
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      expect(times[2]).toBeLessThan(50);
    }
  });
});
