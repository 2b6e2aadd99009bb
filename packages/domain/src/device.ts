/**
 * A session's device in plain words, read from the browser's User-Agent header: the browser's
 * and the operating system's names ("Chrome", "Android"), never the version or the raw header.
 * Enough for a person to recognise their own phone or PC in a list of sessions; the UI words
 * it ("Chrome på Android"). Unknown parts are null. Order matters: Edge, Opera and Samsung
 * Internet also say "Chrome", and Chrome says "Safari".
 */
export interface Device {
  browser: string | null;
  os: string | null;
}

const BROWSERS: Array<[RegExp, string]> = [
  [/\bEdg(e|A|iOS)?\//, 'Edge'],
  [/\bOPR\/|\bOpera\b/, 'Opera'],
  [/\bSamsungBrowser\//, 'Samsung Internet'],
  [/\bFirefox\/|\bFxiOS\//, 'Firefox'],
  [/\bCriOS\/|Chrome\//, 'Chrome'], // HeadlessChrome too
  [/\bChromium\//, 'Chromium'],
  [/\bVersion\/[\d.]+.*\bSafari\//, 'Safari'],
];

const SYSTEMS: Array<[RegExp, string]> = [
  [/\biPad\b/, 'iPadOS'],
  [/\biPhone\b|\biPod\b/, 'iOS'],
  [/\bAndroid\b/, 'Android'],
  [/\bWindows\b/, 'Windows'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bMacintosh\b|\bMac OS X\b/, 'macOS'],
  [/\bLinux\b/, 'Linux'],
];

/** Headers longer than this are not read (a browser's is a few hundred characters). */
const MAX_USER_AGENT = 1000;

function firstMatch(text: string, rules: Array<[RegExp, string]>): string | null {
  for (const [pattern, name] of rules) if (pattern.test(text)) return name;
  return null;
}

export function deviceFromUserAgent(userAgent: string | null | undefined): Device {
  if (typeof userAgent !== 'string' || userAgent.length > MAX_USER_AGENT) return { browser: null, os: null };
  return { browser: firstMatch(userAgent, BROWSERS), os: firstMatch(userAgent, SYSTEMS) };
}
