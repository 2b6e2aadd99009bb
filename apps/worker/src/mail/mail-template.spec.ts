import { NOTIFICATION_KINDS, type NotificationKindName } from '@act/domain';
import { renderMail, type MailTemplateInput } from './mail-template';

const URL = 'https://act.kommune.dk';
const ID = '3f2b8c1e-2a4d-4e7f-9b1a-5c6d7e8f9a0b';
const TUESDAY_13_WINTER = new Date('2026-11-10T12:00:00Z');

// Compile-time proof (npm run typecheck checks the specs): the input has exactly these five
// fields, of these types. A name, CPR, title, place or note cannot be handed to the template.
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const fields: Exactly<keyof MailTemplateInput, 'kind' | 'occursAt' | 'itemCount' | 'recipient' | 'notificationId'> = true;
const shapes: Exactly<
  MailTemplateInput,
  {
    readonly kind: NotificationKindName;
    readonly occursAt: Date | null;
    readonly itemCount: number | null;
    readonly recipient: 'user' | 'external';
    readonly notificationId: string | null;
  }
> = true;
void [fields, shapes];

const base: MailTemplateInput = { kind: 'supervision_upcoming', occursAt: TUESDAY_13_WINTER, itemCount: null, recipient: 'user', notificationId: ID };

describe('renderMail', () => {
  it('says what and when in Danish, in Copenhagen time, and links to the notification', () => {
    const mail = renderMail(base, URL);
    expect(mail.subject).toBe('Supervision tirsdag den 10. november 2026 kl. 13.00');
    expect(mail.text).toContain('Du har supervision tirsdag den 10. november 2026 kl. 13.00.');
    expect(mail.text).toContain(`Se mere i ACT-platformen: ${URL}/notifications?id=${ID}`);
    expect(mail.html).toContain(`<a href="${URL}/notifications?id=${ID}">`);
    expect(mail.text).toContain(`Vælg, hvilke beskeder du får på mail: ${URL}/notifications/settings`);
    expect(mail.html).toContain(`<a href="${URL}/notifications/settings">`);
    // Summer time: 11:00 UTC is 13:00 in Copenhagen.
    expect(renderMail({ ...base, kind: 'sparring_upcoming', occursAt: new Date('2026-06-09T11:00:00Z') }, URL).subject).toBe(
      'Sparringsmøde tirsdag den 9. juni 2026 kl. 13.00',
    );
  });

  it('has wording for every kind; deadlines by date, digests by count', () => {
    for (const kind of NOTIFICATION_KINDS) {
      const mail = renderMail({ ...base, kind, itemCount: kind === 'citizens_not_seen' ? 3 : null }, URL);
      expect(mail.subject.length).toBeGreaterThan(10);
    }
    expect(renderMail({ ...base, kind: 'care_plan_follow_up_due' }, URL).subject).toBe(
      'Opfølgning på indsatsplan tirsdag den 10. november 2026',
    );
    expect(renderMail({ ...base, kind: 'citizens_not_seen', occursAt: null, itemCount: 1 }, URL).subject).toBe('Borgere der ikke er set: 1');
    expect(renderMail({ ...base, kind: 'citizens_not_seen', occursAt: null, itemCount: 4 }, URL).text).toContain(
      '4 af dine borgere er ikke set',
    );
  });

  it('gives the external supervisor no link (no login) but says why the mail came', () => {
    const mail = renderMail({ ...base, recipient: 'external', notificationId: null }, URL);
    expect(mail.text).not.toContain(URL);
    expect(mail.text).toContain('angivet som supervisor');
    // A user who takes this kind by mail only gets the notification list.
    expect(renderMail({ ...base, notificationId: null }, URL).text).toContain(`Se mere i ACT-platformen: ${URL}/notifications\n`);
  });

  it('cannot carry personal data or free text even when handed extra fields at run time', () => {
    const smuggled = {
      ...base,
      citizenName: 'Jens Hansen',
      cpr: '010190-1234',
      title: 'Sparring om Jens',
      place: 'Hjemme hos Jens, Testvej 1',
      note: 'Hemmeligt',
    } as unknown as MailTemplateInput;
    const mail = renderMail(smuggled, URL);
    for (const part of [mail.subject, mail.text, mail.html]) {
      expect(part).not.toMatch(/Jens|010190|1234|Testvej|Hemmeligt/);
    }
    expect(mail).toEqual(renderMail(base, URL));
  });

  it('refuses values of the wrong shape instead of printing them', () => {
    expect(() => renderMail({ ...base, kind: 'Jens Hansen' as NotificationKindName }, URL)).toThrow(/kind/);
    expect(() => renderMail({ ...base, notificationId: 'Jens Hansen' }, URL)).toThrow(/uuid/);
    expect(() => renderMail({ ...base, occursAt: null }, URL)).toThrow(/occursAt/);
    expect(() => renderMail({ ...base, kind: 'citizens_not_seen', itemCount: 0 }, URL)).toThrow(/itemCount/);
    expect(() => renderMail({ ...base, recipient: 'Jens Hansen' as 'user' }, URL)).toThrow(/recipient/);
  });

  it('@ts-expect-error rejects a title at compile time', () => {
    // @ts-expect-error — a template input has no title (or any other free text)
    const withTitle: MailTemplateInput = { ...base, title: 'Sparring om Jens' };
    expect(withTitle).toBeDefined();
  });
});
