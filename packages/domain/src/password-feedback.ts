/**
 * Why a password is refused and what to do instead, in plain Danish: one fixed message per key.
 * The keys are zxcvbn-ts's warning and suggestion keys plus a few of this project's own
 * (commonWords, decoratedWord, guessable, useWords); password.ts chooses them.
 */
export const PASSWORD_PROBLEM_MESSAGES = {
  // zxcvbn-ts warnings
  straightRow: 'Rækker af taster på tastaturet (som "asdfgh") er lette at gætte.',
  keyPattern: 'Mønstre på tastaturet (som "qwerty") er lette at gætte.',
  simpleRepeat: 'Gentagelser som "aaa" er lette at gætte.',
  extendedRepeat: 'Gentagne mønstre som "abcabcabc" er lette at gætte.',
  sequences: 'Rækkefølger som "abc", "1234" eller "mandagtirsdag" er lette at gætte.',
  recentYears: 'Årstal fra de seneste år er lette at gætte.',
  dates: 'Datoer er lette at gætte.',
  topTen: 'Adgangskoden er en af de allermest brugte.',
  topHundred: 'Adgangskoden er meget brugt.',
  common: 'Adgangskoden er almindelig og står på lister over kendte adgangskoder.',
  similarToCommon: 'Adgangskoden ligner en almindelig adgangskode.',
  wordByItself: 'Adgangskoden ligner et almindeligt ord. Et enkelt ord er let at gætte.',
  namesByThemselves: 'Et navn alene er let at gætte.',
  commonNames: 'Almindelige for- og efternavne er lette at gætte.',
  userInputs: 'Undgå navn, e-mailadresse og kommunens navn i adgangskoden.',
  pwned: 'Adgangskoden er kendt fra et datalæk på internettet.',
  // this project's own
  commonWords: 'Adgangskoden ligner et almindeligt ord, et navn eller et stednavn.',
  decoratedWord: 'Tal og tegn før eller efter et almindeligt ord gør det ikke meget sværere at gætte.',
  guessable: 'Adgangskoden er for let at gætte.',
} as const;

export const PASSWORD_SUGGESTION_MESSAGES = {
  // zxcvbn-ts suggestions
  l33t: 'Undgå forudsigelige udskiftninger som "@" for "a" og "0" for "o".',
  reverseWords: 'Undgå almindelige ord stavet baglæns.',
  allUppercase: 'Skriv nogle, men ikke alle bogstaver med stort.',
  capitalization: 'Et stort begyndelsesbogstav hjælper ikke meget.',
  dates: 'Undgå datoer og årstal, der har med dig at gøre.',
  recentYears: 'Undgå årstal fra de seneste år.',
  associatedYears: 'Undgå årstal, der har med dig at gøre.',
  sequences: 'Undgå rækkefølger som "abc" og "123".',
  repeated: 'Undgå gentagne ord og tegn.',
  longerKeyboardPattern: 'Undgå mønstre på tastaturet.',
  anotherWord: 'Tilføj flere ord, som ikke er almindelige.',
  useWords: 'Brug en sætning på flere ord, der ikke plejer at stå sammen, fx "grøn cykel ved havnen".',
  noNeed: 'Du behøver ikke tal, tegn eller store bogstaver: flere ord gør adgangskoden stærk.',
  pwned: 'Bruger du adgangskoden andre steder, så skift den dér.',
} as const;

export type PasswordProblem = keyof typeof PASSWORD_PROBLEM_MESSAGES;
export type PasswordSuggestion = keyof typeof PASSWORD_SUGGESTION_MESSAGES;
export const PASSWORD_PROBLEMS = Object.keys(PASSWORD_PROBLEM_MESSAGES) as PasswordProblem[];
export const PASSWORD_SUGGESTIONS = Object.keys(PASSWORD_SUGGESTION_MESSAGES) as PasswordSuggestion[];
