import { NOTIFICATION_CHANNELS, NOTIFICATION_KINDS, NOTIFICATION_KIND_LABELS, dailyDedupeKey, defaultNotificationPreference, isNotificationKind, notificationEnabled, reminderDedupeKey } from './notifications';
import { EVALUATION_DAY_GUIDE, EVALUATION_DAY_GUIDE_POINT_COUNT } from './meeting-guide';

describe('notification preferences', () => {
  it('shows every kind in the app by default', () => {
    for (const kind of NOTIFICATION_KINDS) expect(defaultNotificationPreference(kind, 'in_app')).toBe(true);
  });

  it('mails meetings and urgent matters by default, not the daily lists', () => {
    expect(defaultNotificationPreference('supervision_upcoming', 'email')).toBe(true);
    expect(defaultNotificationPreference('caseload_exception_expiring', 'email')).toBe(true);
    expect(defaultNotificationPreference('citizens_not_seen', 'email')).toBe(false);
    expect(defaultNotificationPreference('follow_up_task_due', 'email')).toBe(false);
  });

  it('lets a stored change win over the default, per kind and channel', () => {
    const stored = [{ kind: 'supervision_upcoming', channel: 'email', enabled: false }] as const;
    expect(notificationEnabled(stored, 'supervision_upcoming', 'email')).toBe(false);
    expect(notificationEnabled(stored, 'supervision_upcoming', 'in_app')).toBe(true);
    expect(notificationEnabled(stored, 'sparring_upcoming', 'email')).toBe(true);
  });

  it('has a Danish label for every kind and knows its kinds', () => {
    expect(Object.keys(NOTIFICATION_KIND_LABELS).sort()).toEqual([...NOTIFICATION_KINDS].sort());
    expect(NOTIFICATION_CHANNELS).toEqual(['in_app', 'email']);
    expect(isNotificationKind('citizens_not_seen')).toBe(true);
    expect(isNotificationKind('citizen_name')).toBe(false);
  });
});

describe('the evaluation day guide', () => {
  it('has what to bring, what to reflect on and what to decide, with unique point keys', () => {
    expect(EVALUATION_DAY_GUIDE.map((s) => s.key)).toEqual(['bring', 'reflect', 'decide']);
    const keys = EVALUATION_DAY_GUIDE.flatMap((s) => s.points.map((p) => p.key));
    expect(new Set(keys).size).toBe(keys.length);
    expect(EVALUATION_DAY_GUIDE_POINT_COUNT).toBe(keys.length);
    expect(keys).toEqual(expect.arrayContaining(['caseload', 'contacts', 'fidelity']));
  });
});

describe('dedupe keys', () => {
  it('announce a moved meeting again, and a daily notification once per subject and day', () => {
    const id = '5f0c1c2e-8a1b-4c51-9d8e-0a1b2c3d4e5f';
    expect(reminderDedupeKey(id, new Date('2026-12-08T12:00:00Z'))).not.toBe(reminderDedupeKey(id, new Date('2026-12-09T12:00:00Z')));
    expect(dailyDedupeKey('citizens_not_seen', null, '2026-12-03')).toBe('citizens_not_seen:-:2026-12-03');
    expect(dailyDedupeKey('supervision_overdue', id, '2026-12-03')).toBe(`supervision_overdue:${id}:2026-12-03`);
  });
});
