/**
 * Common passwords and phrases of 12 characters or more (shorter ones are already refused by the
 * length rule), compared case-insensitively. A starting list written for this project from
 * well-known patterns: keyboard walks, digit runs, words + digits, Danish and English phrases.
 * Extend freely; keep entries lowercase.
 */
export const COMMON_PASSWORDS: readonly string[] = [
  // digit runs and number patterns
  '123456789012', '1234567890123', '12345678901234', '123456789123', '1234567891011',
  '123123123123', '121212121212', '123412341234', '112233445566', '098765432109',
  '098765432112', '987654321098', '147258369147', '159753159753', '101010101010',
  '123321123321', '123454321123', '000000000001', '123456123456', '456456456456',
  // keyboard walks
  'qwertyuiop12', 'qwertyuiop123', 'qwertyuiop1234', 'qwertyuiopå1', 'qwertyuiopåæ',
  'qwerty123456', 'qwerty1234567', 'qwertyqwerty', 'qwertyuiopasdf', 'asdfghjkl123',
  'asdfghjklæø1', 'asdfghjklæø123', 'zxcvbnm12345', 'zxcvbnm123456', '1q2w3e4r5t6y',
  '1qaz2wsx3edc', '1qaz2wsx3edc4rfv', 'qazwsxedcrfv', 'q1w2e3r4t5y6', 'a1b2c3d4e5f6',
  'abcdefghijkl', 'abcdefghijklm', 'abc123abc123', 'abcd1234abcd', 'abc123456789',
  'aaaaaa111111', 'asdasdasdasd', 'qweqweqweqwe', 'zaq12wsxcde3', 'poiuytrewq12',
  // password / kodeord variants
  'password1234', 'password12345', 'password123456', 'password123!', 'password2024',
  'password2025', 'password2026', 'passwordpassword', 'mypassword123', 'p@ssword1234',
  'p@ssw0rd1234', 'passw0rd1234', 'password!!!!', 'newpassword1', 'changeme1234',
  'kodeord12345', 'kodeord123456', 'kodeord1234!', 'kodeordkodeord', 'mitkodeord123',
  'nytkodeord123', 'adgangskode1', 'adgangskode12', 'adgangskode123', 'adgangskode2026',
  'hemmeligt123', 'hemmelig1234', 'minadgangskode', 'skiftkodeord1', 'skiftmig1234',
  // English words and phrases
  'iloveyou1234', 'iloveyou12345', 'letmein12345', 'letmeinplease', 'welcome12345',
  'welcome123456', 'welcometothejungle', 'trustno11234', 'football1234', 'baseball1234',
  'superman1234', 'batman123456', 'starwars1234', 'princess1234', 'sunshine1234',
  'monkey123456', 'dragon123456', 'master123456', 'shadow123456', 'michael12345',
  'jennifer1234', 'liverpool123', 'chelsea12345', 'manchesterunited', 'blink1821234',
  'thequickbrownfox', 'correcthorsebatterystaple', 'nothingtosee', 'administrator',
  'administrator1', 'admin1234567', 'adminadmin123', 'rootroot1234', 'testtest1234',
  'test12345678', 'summer123456', 'winter123456', 'spring123456', 'autumn123456',
  'hello1234567', 'helloworld12', 'helloworld123', 'whatever1234', 'computer1234',
  'internet1234', 'freedom12345', 'secret123456', 'mustang12345', 'pokemon12345',
  // Danish words + digits
  'sommerfugl123', 'sommerfugl1234', 'sommerfugl12', 'sommer123456', 'sommer2024!!',
  'sommer2025!!', 'sommer2026!!', 'vinter123456', 'vinter2026!!', 'foraar123456',
  'efteraar1234', 'velkommen123', 'velkommen1234', 'velkommen2026', 'jegelskerdig',
  'jegelskerdig1', 'jegelskerdig123', 'elskerdig1234', 'hejmeddig123', 'hejhejhej123',
  'godmorgen123', 'goddag123456', 'tusindtak123', 'kaerlighed123', 'kærlighed123',
  'danmark12345', 'danmark123456', 'danmark2026!', 'heldanmark12', 'rødgrødmedfløde',
  'roedgroedmedfloede', 'københavn123', 'kobenhavn123', 'koebenhavn123', 'aarhus123456',
  'odense123456', 'aalborg12345', 'fodbold12345', 'fodbold123456', 'brøndby12345',
  'brondby12345', 'fckobenhavn1', 'fckøbenhavn1', 'hejsameddigsa', 'solskin12345',
  'regnbue12345', 'blomster1234', 'hundehvalp12', 'kattekilling', 'prinsesse123',
  'jul123456789', 'glaedeligjul', 'glædeligjul1', 'godtnytaar12', 'mormor123456',
  'farmor123456', 'morfar123456', 'lillebror123', 'storesoster1', 'familie12345',
  'arbejde12345', 'kommune12345', 'kommunen1234', 'medarbejder1', 'medarbejder123',
  'borger123456', 'teamleder123', 'actteam12345', 'bostøtte1234', 'bostotte1234',
  'sygeplejerske1', 'psykiatri123', 'sundhed12345', 'hjemmepleje1', 'mandag123456',
  'fredag123456', 'weekend12345', 'januar123456', 'december1234', 'minkode12345',
];
