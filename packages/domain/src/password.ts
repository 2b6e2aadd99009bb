import { ZxcvbnFactory, type Match } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as englishDictionary } from '@zxcvbn-ts/language-en';
import { DANISH_PASSWORD_DICTIONARY } from './password-dictionary-da';
import {
  type PasswordProblem,
  type PasswordSuggestion,
  PASSWORD_PROBLEMS,
  PASSWORD_PROBLEM_MESSAGES,
  PASSWORD_SUGGESTIONS,
  PASSWORD_SUGGESTION_MESSAGES,
} from './password-feedback';

/**
 * Password policy: 12–256 characters and hard enough to guess (zxcvbn score ≥ 3, and a word or
 * name is not made strong by digits and signs around it). Hashing (argon2id) is the API's job.
 * See docs/adr/0016-fair-login-limits-sessions-passwords.md.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
/** zxcvbn's scale: 3 means at least 10⁸ guesses under its model. */
export const PASSWORD_MIN_SCORE = 3;
/** The core of a decorated password ("Sommer" in "Sommer2024!!") must reach this score alone. */
const DECORATED_CORE_MIN_SCORE = 2;

export type PasswordScore = 0 | 1 | 2 | 3 | 4;

export type PasswordPolicyResult =
  | { ok: true; score: PasswordScore }
  | { ok: false; reason: 'too_short' | 'too_long' }
  | {
      ok: false;
      reason: 'weak';
      score: PasswordScore;
      /** Why it is easy to guess, most telling first; never empty. */
      problems: PasswordProblem[];
      /** What to do instead; never empty. */
      suggestions: PasswordSuggestion[];
    };

export interface PasswordContext {
  /** The person's name, e-mail address, the tenant's (municipality's) name: words a guesser tries first. */
  name?: string | null;
  email?: string | null;
  tenantName?: string | null;
}

/** Length in characters as a person counts them (code points, NFC), not UTF-16 units. */
function characterCount(pw: string): number {
  return [...pw.normalize('NFC')].length;
}

export function checkPasswordPolicy(pw: string, context: PasswordContext = {}): PasswordPolicyResult {
  if (typeof pw !== 'string') return { ok: false, reason: 'too_short' };
  const length = characterCount(pw);
  if (length < PASSWORD_MIN_LENGTH) return { ok: false, reason: 'too_short' };
  if (length > PASSWORD_MAX_LENGTH) return { ok: false, reason: 'too_long' };
  const strength = estimatePasswordStrength(pw, context);
  if (strength.score >= PASSWORD_MIN_SCORE && strength.problems.length === 0) return { ok: true, score: strength.score };
  return {
    ok: false,
    reason: 'weak',
    score: strength.score,
    problems: strength.problems.length ? strength.problems : ['guessable'],
    suggestions: strength.suggestions.length ? strength.suggestions : ['useWords'],
  };
}

export interface PasswordStrength {
  score: PasswordScore;
  /** Empty for a password the policy accepts (length aside). */
  problems: PasswordProblem[];
  suggestions: PasswordSuggestion[];
}

/** The estimator's verdict, rephrased as this project's problem and suggestion keys. */
export function estimatePasswordStrength(pw: string, context: PasswordContext = {}): PasswordStrength {
  const password = pw.normalize('NFC');
  const inputs = passwordUserInputs(context);
  const result = estimator().check(password, inputs);
  const score = result.score;
  const problems: PasswordProblem[] = [];
  const suggestions: PasswordSuggestion[] = [];
  const weakCore = decoratedCore(password);
  const decorated = weakCore !== null && estimator().check(weakCore, inputs).score < DECORATED_CORE_MIN_SCORE;
  if (score >= PASSWORD_MIN_SCORE && !decorated) return { score, problems, suggestions };

  addKnown(problems, result.feedback.warning, PASSWORD_PROBLEMS);
  for (const match of result.sequence) addKnown(problems, problemOf(match), PASSWORD_PROBLEMS);
  if (decorated) problems.push('decoratedWord');
  for (const s of result.feedback.suggestions) addKnown(suggestions, s, PASSWORD_SUGGESTIONS);
  if (decorated || problems.includes('commonWords')) addKnown(suggestions, 'useWords', PASSWORD_SUGGESTIONS);
  return { score, problems: unique(problems), suggestions: unique(suggestions) };
}

/**
 * Words of the person and the tenant, as the estimator's "user inputs": the whole name and
 * e-mail address, each name part, the e-mail's local part and its pieces, the domain's labels.
 */
export function passwordUserInputs({ name, email, tenantName }: PasswordContext): string[] {
  const words = new Set<string>();
  const add = (value: string | null | undefined) => {
    const v = value?.normalize('NFC').trim().toLowerCase();
    if (v && v.length >= 3) words.add(v);
  };
  const addWords = (value: string | null | undefined) => {
    add(value);
    const parts = value?.split(/[\s\-_.'+]+/u).filter(Boolean) ?? [];
    for (const separator of ['', '.', '-', '_', ' ']) add(parts.join(separator));
    for (const part of parts) add(part);
  };
  addWords(name);
  addWords(tenantName);
  add(tenantName?.replace(/\s+kommune$/iu, ''));
  if (email) {
    add(email);
    const [local, domain = ''] = email.split('@');
    addWords(local);
    for (const label of domain.split('.').slice(0, -1)) add(label);
  }
  return [...words];
}

/** A word or name with digits and signs before or after it: its letters, when there are digits or signs to strip. */
function decoratedCore(password: string): string | null {
  const m = /^[\p{N}\p{P}\p{S}\s]*(.*?)[\p{N}\p{P}\p{S}\s]*$/su.exec(password);
  const core = m?.[1] ?? password;
  if (core === password || core.length === 0) return null;
  return core;
}

function problemOf(match: Match): string | null {
  switch (match.pattern) {
    case 'dictionary': {
      const name = String(match.dictionaryName);
      if (name === 'userInputs') return 'userInputs';
      if (name.includes('passwords')) return 'common';
      if (/names/i.test(name)) return 'commonNames';
      return 'commonWords';
    }
    case 'repeat':
      return String(match.baseToken ?? '').length > 1 ? 'extendedRepeat' : 'simpleRepeat';
    case 'sequence':
    case 'wordSequence':
      return 'sequences';
    case 'spatial':
      return 'keyPattern';
    case 'date':
      return 'dates';
    case 'regex':
      return match.regexName === 'recentYear' ? 'recentYears' : null;
    default:
      return null;
  }
}

function addKnown<K extends string>(into: K[], key: string | null | undefined, known: readonly K[]): void {
  if (key && (known as readonly string[]).includes(key)) into.push(key as K);
}

const unique = <T>(values: T[]): T[] => [...new Set(values)];

let instance: ZxcvbnFactory | undefined;
const ESTIMATED_LENGTH = 64;

/**
 * Built on first use (≈ 0.2–0.3 s: it indexes some 250 000 words), then kept. The check runs in
 * the API's event loop, so its cost is bounded: only the first 64 characters are judged (a longer
 * password is not made weaker by what follows), and at most 8 look-alike substitutions ("@" for
 * "a") are tried per word — without these limits a 250-character "a1!a1!…" took ~5 s.
 */
function estimator(): ZxcvbnFactory {
  instance ??= new ZxcvbnFactory({
    maxLength: ESTIMATED_LENGTH,
    l33tMaxSubstitutions: 8,
    graphs: adjacencyGraphs,
    dictionary: { ...commonDictionary, ...englishDictionary, ...danishDictionary() },
  });
  return instance;
}

/** Sequence lists keep their order; other lists get æ/ø/å spellings (ae/oe/aa and a/o/a) beside each word. */
function danishDictionary(): Record<string, string[]> {
  const out: Record<string, string[]> = { danishSpellings: [] };
  for (const [name, words] of Object.entries(DANISH_PASSWORD_DICTIONARY)) {
    const isSequence = name.endsWith('-da');
    out[name] = [];
    for (const word of words) {
      out[name].push(word);
      for (const variant of spellings(word)) (isSequence ? out.danishSpellings : out[name]).push(variant);
    }
  }
  return out;
}

function spellings(word: string): string[] {
  if (!/[æøå]/u.test(word)) return [];
  const long = word.replace(/æ/gu, 'ae').replace(/ø/gu, 'oe').replace(/å/gu, 'aa');
  const short = word.replace(/æ/gu, 'a').replace(/ø/gu, 'o').replace(/å/gu, 'a');
  return long === short ? [long] : [long, short];
}


export interface PasswordRefusal {
  /** One plain Danish text: what is wrong, why, and what to do instead. */
  message: string;
  /** The reasons alone (problems for a weak password), each a Danish sentence. */
  reasons: string[];
  /** What to do instead, each a Danish sentence. */
  suggestions: string[];
}

const TOO_SHORT = `Adgangskoden skal være mindst ${PASSWORD_MIN_LENGTH} tegn. Brug gerne en sætning på flere ord.`;
const TOO_LONG = `Adgangskoden må højst være ${PASSWORD_MAX_LENGTH} tegn.`;
const TOO_EASY = 'Adgangskoden er for let at gætte.';

/** The Danish words for a refusal, e.g. for an API error and the form beside the field. */
export function describePasswordRefusal(result: Exclude<PasswordPolicyResult, { ok: true }>): PasswordRefusal {
  if (result.reason !== 'weak') {
    const text = result.reason === 'too_long' ? TOO_LONG : TOO_SHORT;
    return { message: text, reasons: [text], suggestions: [] };
  }
  const reasons = result.problems.map((p) => PASSWORD_PROBLEM_MESSAGES[p]);
  const suggestions = result.suggestions.map((s) => PASSWORD_SUGGESTION_MESSAGES[s]);
  const said = reasons.filter((r) => r !== TOO_EASY);
  return { message: [TOO_EASY, ...said, ...suggestions.slice(0, 2)].join(' '), reasons, suggestions };
}
