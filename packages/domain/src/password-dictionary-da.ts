/**
 * Danish words for the password strength estimator (zxcvbn-ts has no published Danish language
 * package). Written for this project: words a Danish password is likely built from. Each list is
 * roughly most-guessable first, since the estimator ranks a word by its position. Lowercase; the
 * estimator adds æ/ø/å spellings (ae/oe/aa, a/o/a) itself (see password.ts). Extend freely.
 */
export const DANISH_PASSWORD_DICTIONARY: Readonly<Record<string, readonly string[]>> = {
  danishWords: [
    // about passwords and secrets
    'kode', 'kodeord', 'adgangskode', 'adgang', 'password', 'hemmelig', 'hemmeligt', 'hemmelighed', 'nøgle',
    'login', 'logind', 'bruger', 'brugernavn', 'pinkode', 'sikker', 'sikkerhed', 'skift', 'skiftmig', 'ny', 'nyt',
    'min', 'mit', 'mine', 'din', 'dit', 'vores', 'test', 'prøve', 'glemt', 'husk', 'huskdet',
    // seasons, holidays, weather
    'sommer', 'vinter', 'forår', 'efterår', 'jul', 'juleaften', 'nytår', 'påske', 'pinse', 'fastelavn',
    'sankthans', 'ferie', 'sommerferie', 'juleferie', 'weekend', 'sol', 'solskin', 'regn', 'sne', 'storm',
    'blæst', 'regnbue', 'sommerfugl', 'sommerhus', 'stjerne', 'måne', 'himmel', 'hav', 'strand', 'skov',
    // feelings and family
    'elsker', 'elskerdig', 'jegelskerdig', 'kærlighed', 'kæreste', 'skat', 'skattebasse', 'hjerte', 'glad',
    'lykke', 'lykkelig', 'venner', 'ven', 'veninde', 'familie', 'mor', 'far', 'mormor', 'morfar', 'farmor',
    'farfar', 'bedstemor', 'bedstefar', 'søster', 'bror', 'lillebror', 'storebror', 'lillesøster',
    'storesøster', 'datter', 'søn', 'baby', 'barn', 'børn', 'prinsesse', 'prins', 'engel', 'smukke', 'smuk',
    // greetings and everyday phrases
    'hej', 'hejsa', 'hejmeddig', 'goddag', 'godmorgen', 'godnat', 'farvel', 'velkommen', 'tak', 'tusindtak',
    'undskyld', 'okay', 'javel', 'nej', 'ja', 'måske', 'altid', 'aldrig', 'ingenting', 'alting', 'hygge',
    'hyggelig', 'skål', 'tillykke', 'glædeligjul', 'godtnytår',
    // animals
    'hund', 'hunden', 'hvalp', 'kat', 'katten', 'killing', 'mis', 'missekat', 'hest', 'pony', 'ko', 'gris',
    'grisen', 'kanin', 'mus', 'bjørn', 'ulv', 'ræv', 'løve', 'tiger', 'elefant', 'abe', 'fugl', 'ørn', 'ugle',
    'svane', 'and', 'fisk', 'laks', 'haj', 'delfin', 'hval', 'pingvin', 'egern', 'pindsvin', 'frø', 'drage',
    'enhjørning',
    // food and drink
    'kaffe', 'te', 'øl', 'vin', 'snaps', 'mælk', 'vand', 'brød', 'rugbrød', 'smørrebrød', 'frikadeller',
    'flæskesteg', 'pølse', 'hotdog', 'pizza', 'burger', 'kage', 'lagkage', 'wienerbrød', 'slik', 'chokolade',
    'lakrids', 'is', 'æble', 'pære', 'banan', 'jordbær', 'kirsebær', 'citron', 'ost', 'smør', 'kartoffel',
    'rødgrødmedfløde', 'æbleskiver', 'risalamande', 'leverpostej',
    // home, things, colours
    'hus', 'hjem', 'hjemme', 'have', 'bil', 'cykel', 'båd', 'tog', 'bus', 'fly', 'telefon', 'computer',
    'nøgler', 'dør', 'vindue', 'stol', 'bord', 'seng', 'lampe', 'bog', 'musik', 'guitar', 'klaver', 'spil',
    'rød', 'blå', 'grøn', 'gul', 'sort', 'hvid', 'lilla', 'lyserød', 'orange', 'brun', 'grå', 'guld', 'sølv',
    // sports and leisure
    'fodbold', 'håndbold', 'badminton', 'tennis', 'golf', 'svømning', 'løb', 'ridning', 'fiskeri', 'jagt',
    'bold', 'mål', 'superliga', 'landshold', 'roligan', 'danskdynamit', 'heldanmark', 'vikinger', 'viking',
    // country and nation
    'danmark', 'dansk', 'danske', 'dannebrog', 'kongen', 'dronningen', 'kongerige', 'norden', 'skandinavien',
    // work and municipality
    'arbejde', 'job', 'kontor', 'kollega', 'kolleger', 'chef', 'leder', 'møde', 'mandagsmøde', 'kommune',
    'kommunen', 'region', 'regionen', 'staten', 'borger', 'borgere', 'medarbejder', 'sagsbehandler',
    'socialrådgiver', 'sygeplejerske', 'læge', 'psykiater', 'psykolog', 'pædagog', 'terapeut', 'hjemmepleje',
    'sundhed', 'psykiatri', 'misbrug', 'behandling', 'bostøtte', 'omsorg', 'hjælp', 'støtte', 'hjemmebesøg',
    // more common words
    'livet', 'liv', 'verden', 'tid', 'dag', 'nat', 'morgen', 'aften', 'frihed', 'fred', 'håb', 'tro', 'drøm',
    'drømme', 'eventyr', 'magi', 'held', 'heldig', 'stærk', 'klog', 'sjov', 'skør', 'vild', 'lille', 'stor',
    'gammel', 'ung', 'god', 'bedst', 'bedste', 'super', 'mester', 'konge', 'dronning', 'ridder', 'pirat',
    'trold', 'nisse', 'julemand', 'troldmand', 'heks', 'idag', 'igår', 'imorgen', 'måned', 'uge', 'år',
    'hundrede', 'tusind', 'million', 'første', 'anden',
  ],
  // Ordered sequences (the estimator also spots runs such as "mandagtirsdag" in lists named like these).
  'months-da': [
    'januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november',
    'december',
  ],
  'daysOfWeek-da': ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
  'seasons-da': ['forår', 'sommer', 'efterår', 'vinter'],
  'cardinalNumbers-da': [
    'nul', 'en', 'to', 'tre', 'fire', 'fem', 'seks', 'syv', 'otte', 'ni', 'ti', 'elleve', 'tolv', 'tretten',
    'fjorten', 'femten', 'seksten', 'sytten', 'atten', 'nitten', 'tyve',
  ],
  danishFirstnames: [
    'anne', 'kirsten', 'mette', 'hanne', 'anna', 'helle', 'susanne', 'lene', 'maria', 'marianne', 'lone',
    'camilla', 'pia', 'louise', 'charlotte', 'tina', 'gitte', 'bente', 'inge', 'karen', 'jette', 'sofie',
    'ida', 'emma', 'laura', 'julie', 'freja', 'clara', 'alma', 'ella', 'karla', 'josefine', 'olivia', 'mathilde',
    'caroline', 'cecilie', 'katrine', 'line', 'sara', 'sarah', 'nanna', 'maja', 'signe', 'rikke', 'trine',
    'birgitte', 'lise', 'dorthe', 'ulla', 'vibeke', 'merete', 'eva', 'ellen', 'grethe', 'birthe', 'else',
    'jens', 'peter', 'lars', 'michael', 'henrik', 'thomas', 'søren', 'jan', 'niels', 'christian', 'martin',
    'anders', 'morten', 'jesper', 'mads', 'rasmus', 'hans', 'per', 'jørgen', 'ole', 'mikkel', 'kim', 'erik',
    'frederik', 'kasper', 'jakob', 'jacob', 'klaus', 'claus', 'torben', 'brian', 'steen', 'bo', 'poul',
    'flemming', 'john', 'carsten', 'allan', 'kenneth', 'tommy', 'william', 'noah', 'oscar', 'lucas', 'victor',
    'malthe', 'emil', 'alfred', 'oliver', 'carl', 'magnus', 'elias', 'august', 'valdemar', 'aksel', 'arthur',
    'felix', 'villads', 'johan', 'sebastian', 'tobias', 'simon', 'jonas', 'mathias', 'nikolaj', 'andreas',
    'kristian', 'daniel', 'alexander', 'benjamin', 'oskar', 'storm', 'bjørn', 'knud', 'svend', 'holger',
    'margrethe', 'mary', 'frederikke', 'dagmar', 'thyra', 'gorm', 'harald', 'ingrid', 'astrid', 'sigrid',
  ],
  danishLastnames: [
    'nielsen', 'jensen', 'hansen', 'pedersen', 'andersen', 'christensen', 'larsen', 'sørensen', 'rasmussen',
    'jørgensen', 'petersen', 'madsen', 'kristensen', 'olsen', 'thomsen', 'christiansen', 'poulsen', 'johansen',
    'møller', 'mortensen', 'knudsen', 'jakobsen', 'jacobsen', 'mikkelsen', 'olesen', 'frederiksen', 'laursen',
    'henriksen', 'lund', 'schmidt', 'eriksen', 'holm', 'kristiansen', 'clausen', 'simonsen', 'svendsen',
    'andreasen', 'iversen', 'jeppesen', 'vestergaard', 'mogensen', 'nissen', 'lauridsen', 'kjær', 'jespersen',
    'bach', 'berg', 'dam', 'holst', 'lassen', 'friis', 'bak', 'skov', 'dahl', 'kjeldsen', 'bruun',
  ],
  danishPlaces: [
    // the 98 municipalities (named as people say them)
    'københavn', 'frederiksberg', 'albertslund', 'ballerup', 'brøndby', 'dragør', 'gentofte', 'gladsaxe',
    'glostrup', 'herlev', 'hvidovre', 'høje-taastrup', 'taastrup', 'ishøj', 'lyngby-taarbæk', 'lyngby',
    'rødovre', 'tårnby', 'vallensbæk', 'allerød', 'egedal', 'fredensborg', 'frederikssund', 'furesø',
    'gribskov', 'halsnæs', 'helsingør', 'hillerød', 'hørsholm', 'rudersdal', 'bornholm', 'christiansø',
    'greve', 'køge', 'lejre', 'roskilde', 'solrød', 'faxe', 'guldborgsund', 'holbæk', 'kalundborg',
    'lolland', 'næstved', 'odsherred', 'ringsted', 'slagelse', 'sorø', 'stevns', 'vordingborg', 'assens',
    'faaborg-midtfyn', 'faaborg', 'kerteminde', 'langeland', 'middelfart', 'nordfyn', 'nyborg', 'odense',
    'svendborg', 'ærø', 'billund', 'esbjerg', 'fanø', 'fredericia', 'haderslev', 'kolding', 'sønderborg',
    'tønder', 'varde', 'vejen', 'vejle', 'aabenraa', 'favrskov', 'hedensted', 'herning', 'holstebro',
    'horsens', 'ikast-brande', 'ikast', 'brande', 'lemvig', 'norddjurs', 'odder', 'randers', 'ringkøbing-skjern',
    'ringkøbing', 'skjern', 'samsø', 'silkeborg', 'skanderborg', 'skive', 'struer', 'syddjurs', 'viborg',
    'århus', 'aarhus', 'brønderslev', 'frederikshavn', 'hjørring', 'jammerbugt', 'læsø', 'mariagerfjord',
    'morsø', 'rebild', 'thisted', 'vesthimmerland', 'aalborg', 'ålborg',
    // regions, islands, towns and areas
    'hovedstaden', 'sjælland', 'syddanmark', 'midtjylland', 'nordjylland', 'jylland', 'fyn', 'sønderjylland',
    'vestjylland', 'østjylland', 'thy', 'mors', 'falster', 'møn', 'amager', 'nørrebro', 'vesterbro', 'østerbro',
    'valby', 'vanløse', 'christianshavn', 'christiania', 'skagen', 'ribe', 'grenå', 'hobro', 'nakskov',
    'nykøbing', 'kalundborg', 'hirtshals', 'hundested', 'tivoli', 'legoland', 'lego', 'nyhavn', 'strøget',
    'rundetårn', 'amalienborg', 'kronborg', 'lillebælt', 'storebælt', 'limfjorden', 'vadehavet', 'grønland',
    'færøerne', 'island', 'norge', 'sverige', 'tyskland',
  ],
  danishFootball: [
    'fck', 'fckøbenhavn', 'fcköbenhavn', 'brøndbyif', 'bif', 'fcm', 'fcmidtjylland', 'agf', 'aab', 'ob',
    'randersfc', 'vejleboldklub', 'vff', 'silkeborgif', 'fcnordsjælland', 'nordsjælland', 'lyngbyboldklub',
    'sønderjyske', 'achorsens', 'efb', 'hobroik', 'fredericia', 'hvidovreif', 'b93', 'akademisk', 'frem',
    'kb', 'esbjergfb', 'vendsyssel', 'næstvedboldklub', 'superligaen', 'parken', 'brøndbystadion', 'løverne',
    'drengene', 'ulvene', 'laudrup', 'schmeichel', 'eriksen', 'kjær', 'simonkjær', 'hjulmand', 'højbjerg',
    'hojlund', 'højlund', 'dolberg', 'delaney', 'elkjær', 'olsen', 'morten', 'olsenbanden',
  ],
  platform: [
    'act', 'actteam', 'act-team', 'assertive', 'community', 'treatment', 'assertivecommunitytreatment',
    'team', 'teamet', 'teamleder', 'styregruppe', 'administrator', 'admin', 'superbruger', 'demo', 'demo-demo',
    'borgerdata', 'omsorgsplan', 'handleplan', 'besøg', 'besøgsplan', 'netværksmøde', 'samarbejdsaftale',
    'parathed', 'adgangslog', 'implementering', 'sagsnummer', 'cpr', 'cprnummer', 'journal', 'sundhedsplatform',
  ],
};
