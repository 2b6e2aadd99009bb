import { corePart, pagesPart, uncoveredKeys } from '../../vite-i18n-split';
import { CORE_KEY_PATHS } from './core-keys';
import da from './da.json';

const strings = {
  nav: { home: 'Forside', teams: 'Teams' },
  notifications: { title: 'Beskeder', bellLabel_one: '{{count}} ny', bellLabel_other: '{{count}} nye' },
  caseload: { title: 'Sagsstamme', deep: { a: 'A' } },
  role: { ADMIN: 'Administrator' },
};
const core = ['nav', 'notifications.bellLabel'];

describe('splitting the Danish strings (vite-i18n-split)', () => {
  it('puts the core paths, with their plural forms, in the core part', () => {
    expect(corePart(strings, core)).toEqual({
      nav: strings.nav,
      notifications: { bellLabel_one: '{{count}} ny', bellLabel_other: '{{count}} nye' },
    });
  });

  it('puts everything else, and nothing of the core, in the pages part', () => {
    expect(pagesPart(strings, core)).toEqual({
      notifications: { title: 'Beskeder' },
      caseload: strings.caseload,
      role: strings.role,
    });
  });

  it('refuses a core path that is not in the file', () => {
    expect(() => corePart(strings, ['nav.nothere'])).toThrow('"nav.nothere"');
  });

  it('finds keys outside the core in built code: quoted paths and template prefixes', () => {
    const code = `t("nav.home");t('caseload.title');t(\`role.\${r}\`);t("notifications.bellLabel",{count:n});x="Forside.";y="a.b"`;
    expect(uncoveredKeys(code, strings, core)).toEqual(['caseload.title', 'role.*']);
    expect(uncoveredKeys(code, strings, [...core, 'caseload.title', 'role'])).toEqual([]);
  });

  it('the two parts of da.json together are da.json', () => {
    const merge = (a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> => {
      const out: Record<string, unknown> = { ...a };
      for (const [k, v] of Object.entries(b)) {
        out[k] = typeof v === 'object' && typeof out[k] === 'object' ? merge(out[k] as Record<string, unknown>, v as Record<string, unknown>) : v;
      }
      return out;
    };
    const coreStrings = corePart(da, CORE_KEY_PATHS);
    expect(merge(coreStrings, pagesPart(da, CORE_KEY_PATHS))).toEqual(da);
    // The core stays small: the shell's words, not the pages'.
    expect(JSON.stringify(coreStrings).length).toBeLessThan(JSON.stringify(da).length / 10);
  });
});
