/**
 * The team board and network meetings through GraphQL: on with a reason and a date, days on the
 * board, agreed contacts and who makes them, latest notes, off with a reason; network meetings
 * with the invitation in words, participants the citizen chose, the citizen's own agenda points,
 * the preparation sheet and the summary. Team only; every read and write is logged.
 */
import { type TestTenant } from '@act/db/testing';
import { toCopenhagenIsoDate } from '@act/domain';
import { type ApiHarness } from '../testing/api-harness';
import { useApiSuite } from '../testing/api-suite';
import { accessLogRows, type Cookies, errorCodes, tenantChecksum } from '../testing/db-state';

const DAY_MS = 24 * 60 * 60 * 1000;
const ENTRY = `id citizenId citizenName reason placedOn daysOnBoard removedOn removedReason
  contacts { memberId memberName agreement } latestNotes { text writtenByName }`;
const ON = `mutation($input: PutOnTeamBoardInput!) { putCitizenOnTeamBoard(input: $input) { ${ENTRY} } }`;
const CONTACT = `mutation($input: AddTeamBoardContactInput!) { addTeamBoardContact(input: $input) { ${ENTRY} } }`;
const NOTE = `mutation($input: AddTeamBoardNoteInput!) { addTeamBoardNote(input: $input) { ${ENTRY} } }`;
const OFF = `mutation($input: TakeOffTeamBoardInput!) { takeCitizenOffTeamBoard(input: $input) { ${ENTRY} } }`;
const BOARD = `query($teamId: ID!) { teamBoard(teamId: $teamId) { ${ENTRY} } }`;
const CITIZEN = `query($id: ID!) { citizen(id: $id) { id teamBoardEntry { id daysOnBoard } networkMeetings { id whenText hasSummary } } }`;

const NM = `id citizenName whenText place purpose invitedByName
  participants { id name role why chosenByCitizen } agendaPoints { text fromCitizen }
  preparation { job network leisure housing coping } summary`;
const CREATE_NM = `mutation($input: CreateNetworkMeetingInput!) { createNetworkMeeting(input: $input) { ${NM} } }`;
const ADD_P = `mutation($input: AddNetworkParticipantInput!) { addNetworkMeetingParticipant(input: $input) { ${NM} } }`;
const REMOVE_P = `mutation($id: ID!) { removeNetworkMeetingParticipant(participantId: $id) { ${NM} } }`;
const ADD_POINT = `mutation($input: AddNetworkAgendaPointInput!) { addNetworkMeetingAgendaPoint(input: $input) { ${NM} } }`;
const PREP = `mutation($input: SaveNetworkPreparationInput!) { saveNetworkMeetingPreparation(input: $input) { ${NM} } }`;
const SUMMARY = `mutation($input: SaveNetworkSummaryInput!) { saveNetworkMeetingSummary(input: $input) { ${NM} } }`;
const GET_NM = `query($id: ID!) { networkMeeting(id: $id) { ${NM} } }`;

describe('team board and network meetings through GraphQL', () => {
  let api: ApiHarness;
  let t: TestTenant;
  let c: Cookies;

  useApiSuite((s) => ({ api, t, c } = s));

  it('puts a citizen on the board, agrees contacts, writes notes and takes them off with a reason', async () => {
    const placedOn = toCopenhagenIsoDate(new Date(Date.now() - 5 * DAY_MS));
    const on = await api.gql(ON, { input: { citizenId: t.citizen.id, reason: 'Udskrevet fra psykiatrisk afdeling', placedOn } }, c.member);
    expect(on.errors).toBeUndefined();
    const entry = on.data!.putCitizenOnTeamBoard;
    expect(entry).toMatchObject({ citizenName: t.citizen.name, placedOn, daysOnBoard: 5, removedOn: null });
    expect(errorCodes(await api.gql(ON, { input: { citizenId: t.citizen.id, reason: 'Igen', placedOn } }, c.member))).toEqual(['CONFLICT']);

    const contact = await api.gql(CONTACT, { input: { entryId: entry.id, memberId: t.member.memberId, agreement: 'Besøg mandag og torsdag formiddag' } }, c.leader);
    expect(contact.data!.addTeamBoardContact.contacts).toEqual([
      { memberId: t.member.memberId, memberName: t.member.name, agreement: 'Besøg mandag og torsdag formiddag' },
    ]);
    for (const text of ['Første note', 'Anden note']) await api.gql(NOTE, { input: { entryId: entry.id, text } }, c.member);
    const board = await api.gql(BOARD, { teamId: t.team.id }, c.leader);
    expect(board.data!.teamBoard).toHaveLength(1);
    expect(board.data!.teamBoard[0].latestNotes.map((n: { text: string }) => n.text)).toEqual(['Anden note', 'Første note']);
    const rows = await accessLogRows(board.headers.get('x-request-id')!);
    expect(rows.filter((r) => r.operation === 'board.read').map((r) => r.citizen_id)).toEqual([t.citizen.id]);

    const overview = await api.gql(CITIZEN, { id: t.citizen.id }, c.member);
    expect(overview.data!.citizen.teamBoardEntry).toMatchObject({ id: entry.id, daysOnBoard: 5 });

    const off = await api.gql(OFF, { input: { entryId: entry.id, reason: 'Stabil igen, ses to gange om ugen' } }, c.member);
    expect(off.data!.takeCitizenOffTeamBoard).toMatchObject({ removedReason: 'Stabil igen, ses to gange om ugen', removedOn: toCopenhagenIsoDate(new Date()) });
    expect((await api.gql(BOARD, { teamId: t.team.id }, c.leader)).data!.teamBoard).toEqual([]);
    expect(errorCodes(await api.gql(NOTE, { input: { entryId: entry.id, text: 'Efter' } }, c.member))).toEqual(['CONFLICT']);
  });

  it('keeps the board to the team and refuses bad dates without writing', async () => {
    expect(errorCodes(await api.gql(BOARD, { teamId: t.team.id }, c.otherMember))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await api.gql(BOARD, { teamId: t.team.id }, c.steeringGroup))).toEqual(['FORBIDDEN']);
    const before = await tenantChecksum(t.tenantId);
    for (const placedOn of ['2020-01-01', toCopenhagenIsoDate(new Date(Date.now() + 3 * DAY_MS)), '2026-02-30', 'i går']) {
      const res = await api.gql(ON, { input: { citizenId: t.citizen.id, reason: 'X', placedOn } }, c.member);
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0].extensions!.field).toBe('placedOn');
    }
    expect(await tenantChecksum(t.tenantId)).toEqual(before);
    const stranger = await api.gql(ON, { input: { citizenId: t.otherCitizen.id, reason: 'X', placedOn: toCopenhagenIsoDate(new Date()) } }, c.member);
    expect(errorCodes(stranger)).toEqual(['FORBIDDEN']);
    // The refused read stays in the access log; the board is untouched.
    expect((await accessLogRows(stranger.headers.get('x-request-id')!)).map((r) => r.operation)).toEqual(['citizen.read.denied']);
    expect({ ...(await tenantChecksum(t.tenantId)), access_log: null }).toEqual({ ...before, access_log: null });
  });

  it('invites to a network meeting with weekday, date, start and end in words, led by the citizen', async () => {
    const startsAt = new Date('2030-11-12T12:00:00Z'); // a Tuesday, 13.00 in Copenhagen
    const created = await api.gql(
      CREATE_NM,
      { input: { citizenId: t.citizen.id, startsAt, endsAt: new Date('2030-11-12T13:30:00Z'), place: 'Hjemme hos borgeren', purpose: 'At tale om job og bolig', invitedByMemberId: t.member.memberId } },
      c.member,
    );
    expect(created.errors).toBeUndefined();
    const m = created.data!.createNetworkMeeting;
    expect(m).toMatchObject({ whenText: 'tirsdag den 12. november kl. 13.00–14.30', invitedByName: t.member.name, place: 'Hjemme hos borgeren' });

    const sister = await api.gql(ADD_P, { input: { meetingId: m.id, name: 'Mette', role: 'søster', why: 'Borgeren vil have hende med', chosenByCitizen: true } }, c.member);
    const job = await api.gql(ADD_P, { input: { meetingId: m.id, name: 'Ole', role: 'jobkonsulent', why: 'Afklaring af praktik', chosenByCitizen: false } }, c.member);
    expect(job.data!.addNetworkMeetingParticipant.participants).toHaveLength(2);
    const olesId = job.data!.addNetworkMeetingParticipant.participants.find((p: { name: string }) => p.name === 'Ole').id;
    const removed = await api.gql(REMOVE_P, { id: olesId }, c.member); // the citizen said no
    expect(removed.data!.removeNetworkMeetingParticipant.participants.map((p: { name: string }) => p.name)).toEqual(['Mette']);
    void sister;

    await api.gql(ADD_POINT, { input: { meetingId: m.id, text: 'Status på boligsøgning', fromCitizen: false } }, c.member);
    const own = await api.gql(ADD_POINT, { input: { meetingId: m.id, text: 'Jeg vil gerne have et job med dyr', fromCitizen: true } }, c.member);
    expect(own.data!.addNetworkMeetingAgendaPoint.agendaPoints).toEqual([
      { text: 'Jeg vil gerne have et job med dyr', fromCitizen: true },
      { text: 'Status på boligsøgning', fromCitizen: false },
    ]);
    const prep = await api.gql(PREP, { input: { meetingId: m.id, job: 'Vil gerne i praktik', network: 'Ser Mette hver uge', leisure: null, housing: 'Bor for dyrt', coping: 'Går ture' } }, c.member);
    expect(prep.data!.saveNetworkMeetingPreparation.preparation).toEqual({ job: 'Vil gerne i praktik', network: 'Ser Mette hver uge', leisure: null, housing: 'Bor for dyrt', coping: 'Går ture' });
    const sum = await api.gql(SUMMARY, { input: { meetingId: m.id, summary: 'Vi aftalte, at du prøver en praktik i en dyrehandel.' } }, c.member);
    expect(sum.data!.saveNetworkMeetingSummary.summary).toBe('Vi aftalte, at du prøver en praktik i en dyrehandel.');

    const read = await api.gql(GET_NM, { id: m.id }, c.leader);
    const rows = await accessLogRows(read.headers.get('x-request-id')!);
    expect(rows.map((r) => [r.operation, r.citizen_id])).toContainEqual(['network-meeting.read', t.citizen.id]);
    expect(errorCodes(await api.gql(GET_NM, { id: m.id }, c.otherMember))).toEqual(['FORBIDDEN']);
    const overview = await api.gql(CITIZEN, { id: t.citizen.id }, c.member);
    expect(overview.data!.citizen.networkMeetings).toEqual([{ id: m.id, whenText: 'tirsdag den 12. november kl. 13.00–14.30', hasSummary: true }]);
  });

  it('refuses a network meeting that ends before it starts, or an inviter from another team, writing nothing', async () => {
    const before = await tenantChecksum(t.tenantId);
    const base = { citizenId: t.citizen.id, startsAt: new Date('2030-11-12T12:00:00Z'), endsAt: new Date('2030-11-12T13:00:00Z'), place: 'X', purpose: 'Y', invitedByMemberId: t.member.memberId };
    const backwards = await api.gql(CREATE_NM, { input: { ...base, endsAt: new Date('2030-11-12T11:00:00Z') } }, c.member);
    expect(errorCodes(backwards)).toEqual(['BAD_USER_INPUT']);
    expect(backwards.errors![0].extensions!.field).toBe('endsAt');
    const stranger = await api.gql(CREATE_NM, { input: { ...base, invitedByMemberId: t.otherMember.memberId } }, c.member);
    expect(errorCodes(stranger)).toEqual(['BAD_USER_INPUT']);
    expect(stranger.errors![0].extensions!.field).toBe('invitedByMemberId');
    expect(await tenantChecksum(t.tenantId)).toEqual(before);
  });
});
