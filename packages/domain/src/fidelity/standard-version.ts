/**
 * The platform's standard fidelity model. The items come from the international ACT fidelity
 * scales (DACTS and TMACT); the wording is ours, and the cutoffs are the scales' usual anchors
 * so a team's figures can be compared with an external review. A municipality with other
 * minimums derives its own version from this one.
 */
import type { FidelityModelVersion, RatingRule } from './model';

const higher = (a: number, b: number, c: number, d: number): RatingRule => ({ direction: 'higher_is_better', cutoffs: [a, b, c, d] });
const lower = (a: number, b: number, c: number, d: number): RatingRule => ({ direction: 'lower_is_better', cutoffs: [a, b, c, d] });

export const STANDARD_FIDELITY_MODEL: FidelityModelVersion = {
  versionId: 'standard-2026-1',
  label: 'Standardmodel 2026',
  basedOn: null,
  settings: { hoursPerFteWeek: 37, caseloadExcludedDisciplines: ['psychiatry'], retentionExcusedEnds: ['moved_away', 'died'] },
  items: [
    // Personale
    {
      id: 'caseload_ratio', kind: 'computed', subscale: 'human_resources', unit: 'citizens_per_fte', uses: ['staff', 'citizens'], windowMonths: null,
      nameDa: 'Borgere pr. årsværk',
      definitionDa: 'Hvor mange borgere teamet i gennemsnit har pr. fuldtidsstilling (psykiateren tæller ikke med). Deltid tæller med sin brøk, og folk tæller kun for de dage, de var i teamet.',
      rule: lower(49, 34, 20, 10),
    },
    {
      id: 'team_approach', kind: 'computed', subscale: 'human_resources', unit: 'share', uses: ['contacts', 'citizens'], windowMonths: null,
      nameDa: 'Teamtilgang',
      definitionDa: 'Andelen af borgere, der på to uger har mødt mere end én fra teamet ansigt til ansigt. Viser, om borgeren kender teamet og ikke kun sin kontaktperson.',
      rule: higher(0.1, 0.37, 0.64, 0.9),
    },
    {
      id: 'team_meeting_frequency', kind: 'computed', subscale: 'human_resources', unit: 'per_week', uses: ['meetings'], windowMonths: null,
      nameDa: 'Teammøder pr. uge',
      definitionDa: 'Hvor mange teammøder der er holdt i gennemsnit pr. uge.',
      rule: higher(0.45, 1, 2, 4),
    },
    {
      id: 'team_meeting_review_share', kind: 'computed', subscale: 'human_resources', unit: 'share', uses: ['meetings', 'citizens'], windowMonths: null,
      nameDa: 'Borgere gennemgået på teammøder',
      definitionDa: 'Den gennemsnitlige andel af teamets borgere, som et teammøde har talt om. Et møde, hvor alle borgere er nævnt, giver 100 %.',
      rule: higher(0.25, 0.5, 0.75, 0.95),
    },
    {
      id: 'team_leader_direct_share', kind: 'computed', subscale: 'human_resources', unit: 'share', uses: ['staff', 'contacts'], windowMonths: null,
      nameDa: 'Teamlederens borgerkontakt',
      definitionDa: 'Hvor stor en del af teamlederens arbejdstid der går med kontakt med borgere. En teamleder, der selv arbejder med borgerne, kender deres forløb.',
      rule: higher(0.01, 0.1, 0.25, 0.5),
    },
    {
      id: 'staff_turnover', kind: 'computed', subscale: 'human_resources', unit: 'share', uses: ['staff'], windowMonths: 24,
      nameDa: 'Personaleomsætning over to år',
      definitionDa: 'Medarbejdere, der har forladt teamet de seneste to år, i forhold til det gennemsnitlige antal medarbejdere. En ændret arbejdstid er ikke en fratrædelse.',
      rule: lower(0.8, 0.6, 0.4, 0.2),
    },
    {
      id: 'staffing_vs_budget', kind: 'computed', subscale: 'human_resources', unit: 'share', uses: ['staff', 'budget'], windowMonths: 12,
      nameDa: 'Bemanding i forhold til normering',
      definitionDa: 'De besatte årsværk de seneste 12 måneder i forhold til de normerede. 100 % betyder, at alle stillinger var besat hele tiden.',
      rule: higher(0.5, 0.65, 0.8, 0.95),
    },
    {
      id: 'psychiatrist_fte', kind: 'computed', subscale: 'human_resources', unit: 'fte_per_100_citizens', uses: ['staff', 'citizens'], windowMonths: null,
      nameDa: 'Psykiater pr. 100 borgere',
      definitionDa: 'Psykiaterens årsværk i teamet pr. 100 borgere.',
      rule: higher(0.1, 0.4, 0.7, 1),
    },
    {
      id: 'nurse_fte', kind: 'computed', subscale: 'human_resources', unit: 'fte_per_100_citizens', uses: ['staff', 'citizens'], windowMonths: null,
      nameDa: 'Sygeplejerske pr. 100 borgere',
      definitionDa: 'Sygeplejerskernes årsværk i teamet pr. 100 borgere.',
      rule: higher(0.2, 0.8, 1.4, 2),
    },
    {
      id: 'substance_abuse_fte', kind: 'computed', subscale: 'human_resources', unit: 'fte_per_100_citizens', uses: ['staff', 'citizens'], windowMonths: null,
      nameDa: 'Misbrugskonsulent pr. 100 borgere',
      definitionDa: 'Årsværk med rusmiddelfaglighed i teamet pr. 100 borgere.',
      rule: higher(0.2, 0.8, 1.4, 2),
    },
    {
      id: 'employment_fte', kind: 'computed', subscale: 'human_resources', unit: 'fte_per_100_citizens', uses: ['staff', 'citizens'], windowMonths: null,
      nameDa: 'Beskæftigelseskonsulent pr. 100 borgere',
      definitionDa: 'Årsværk med beskæftigelsesfaglighed i teamet pr. 100 borgere.',
      rule: higher(0.2, 0.8, 1.4, 2),
    },
    {
      id: 'team_size', kind: 'computed', subscale: 'human_resources', unit: 'fte', uses: ['staff'], windowMonths: null,
      nameDa: 'Teamets størrelse',
      definitionDa: 'Teamets samlede årsværk i gennemsnit. Et team skal være stort nok til at dække alle fagligheder og fravær.',
      rule: higher(2.5, 5, 7.5, 10),
    },
    {
      id: 'peer_worker', kind: 'manual', subscale: 'human_resources',
      nameDa: 'Peer-medarbejder',
      definitionDa: 'Om teamet har en medarbejder med egen erfaring som bruger af psykiatri eller rusmiddelbehandling, og om vedkommende er en ligeværdig del af teamet.',
      guideDa: 'En peer-medarbejder er ansat i teamet med samme opgaver og ansvar som de andre.',
    },
    // Organisering
    {
      id: 'admission_criteria', kind: 'manual', subscale: 'organisational_boundaries',
      nameDa: 'Klare visitationskriterier',
      definitionDa: 'Om teamet har skrevne kriterier for, hvem der kan få ACT, og om de bliver fulgt.',
      guideDa: 'Kriterierne er skrevet ned, kendt af samarbejdspartnere og brugt ved hver visitation.',
    },
    {
      id: 'monthly_intake', kind: 'computed', subscale: 'organisational_boundaries', unit: 'citizens_per_month', uses: ['citizens'], windowMonths: 6,
      nameDa: 'Nye borgere pr. måned',
      definitionDa: 'Det højeste antal nye borgere i én kalendermåned det seneste halve år. Et roligt indtag giver teamet tid til at lære hver ny borger at kende.',
      rule: lower(15, 12, 9, 6),
    },
    {
      id: 'full_responsibility', kind: 'manual', subscale: 'organisational_boundaries',
      nameDa: 'Samlet ansvar for indsatsen',
      definitionDa: 'Om teamet selv giver behandling og støtte (psykiatri, rusmidler, bolig, beskæftigelse) i stedet for at henvise videre.',
      guideDa: 'Teamet giver selv næsten al den hjælp, borgeren får.',
    },
    {
      id: 'crisis_responsibility', kind: 'manual', subscale: 'organisational_boundaries',
      nameDa: 'Ansvar i kriser',
      definitionDa: 'Om borgeren kan få fat i teamet eller en aftalt vagt, der kender borgeren, når krisen opstår.',
      guideDa: 'Teamet eller en vagt med adgang til borgerens plan kan kontaktes hele døgnet.',
    },
    {
      id: 'hospital_admissions', kind: 'manual', subscale: 'organisational_boundaries',
      nameDa: 'Med ved indlæggelser',
      definitionDa: 'Om teamet er med, når en borger bliver indlagt på psykiatrisk afdeling.',
      guideDa: 'Teamet er med ved næsten alle indlæggelser.',
    },
    {
      id: 'hospital_discharges', kind: 'manual', subscale: 'organisational_boundaries',
      nameDa: 'Med ved udskrivelser',
      definitionDa: 'Om teamet planlægger udskrivelsen sammen med afdelingen og borgeren.',
      guideDa: 'Teamet er med i planlægningen af næsten alle udskrivelser.',
    },
    {
      id: 'time_unlimited', kind: 'manual', subscale: 'organisational_boundaries',
      nameDa: 'Tidsubegrænset indsats',
      definitionDa: 'Om borgeren kan blive i ACT, så længe der er brug for det, uden en fast slutdato.',
      guideDa: 'Ingen forløb afsluttes på grund af tid; overgang sker, når borgeren er klar.',
    },
    // Indsatsens indhold
    {
      id: 'community_share', kind: 'computed', subscale: 'nature_of_services', unit: 'share', uses: ['contacts', 'citizens'], windowMonths: null,
      nameDa: 'Kontakter uden for kontoret',
      definitionDa: 'Andelen af møder ansigt til ansigt, der foregår der, hvor borgeren lever (hjemme, på gaden, på værestedet), og ikke på teamets kontor.',
      rule: higher(0.2, 0.4, 0.6, 0.8),
    },
    {
      id: 'retention', kind: 'computed', subscale: 'nature_of_services', unit: 'share', uses: ['citizens'], windowMonths: 12,
      nameDa: 'Fastholdelse over 12 måneder',
      definitionDa: 'Andelen af teamets borgere, hvis forløb ikke er afsluttet de seneste 12 måneder. Flytning og dødsfald tæller ikke med.',
      rule: higher(0.5, 0.65, 0.8, 0.95),
    },
    {
      id: 'assertive_engagement', kind: 'manual', subscale: 'nature_of_services',
      nameDa: 'Opsøgende og vedholdende kontakt',
      definitionDa: 'Om teamet bliver ved med at opsøge borgere, der trækker sig, og bruger flere veje til at genoprette kontakten.',
      guideDa: 'Teamet har en fast fremgangsmåde, når kontakten glipper, og bruger den.',
    },
    {
      id: 'face_to_face_minutes', kind: 'computed', subscale: 'nature_of_services', unit: 'minutes_per_week', uses: ['contacts', 'citizens'], windowMonths: null,
      nameDa: 'Tid ansigt til ansigt pr. uge',
      definitionDa: 'Minutter med møder ansigt til ansigt pr. borger pr. uge i gennemsnit.',
      rule: higher(15, 50, 85, 120),
    },
    {
      id: 'face_to_face_contacts', kind: 'computed', subscale: 'nature_of_services', unit: 'per_week', uses: ['contacts', 'citizens'], windowMonths: null,
      nameDa: 'Møder ansigt til ansigt pr. uge',
      definitionDa: 'Antal møder ansigt til ansigt pr. borger pr. uge i gennemsnit.',
      rule: higher(1, 2, 3, 4),
    },
    {
      id: 'network_contacts', kind: 'computed', subscale: 'nature_of_services', unit: 'per_month', uses: ['contacts', 'citizens'], windowMonths: null,
      nameDa: 'Kontakt med borgerens netværk',
      definitionDa: 'Kontakter med borgerens eget netværk (familie, venner, udlejer, arbejdsgiver) pr. borger pr. måned.',
      rule: higher(0.5, 2, 3, 4),
    },
    {
      id: 'substance_treatment_minutes', kind: 'computed', subscale: 'nature_of_services', unit: 'minutes_per_week', uses: ['contacts', 'citizens'], windowMonths: null,
      nameDa: 'Rusmiddelbehandling pr. uge',
      definitionDa: 'Minutter om rusmidler pr. uge for hver borger med et rusmiddelproblem.',
      rule: higher(1, 8, 15, 24),
    },
    {
      id: 'group_attendance', kind: 'computed', subscale: 'nature_of_services', unit: 'share', uses: ['groupSessions', 'citizens'], windowMonths: null,
      nameDa: 'Deltagelse i grupper',
      definitionDa: 'Andelen af borgere med et rusmiddelproblem, der deltager i mindst ét gruppeforløb om måneden.',
      rule: higher(0.05, 0.2, 0.35, 0.5),
    },
    {
      id: 'dual_disorder_model', kind: 'manual', subscale: 'nature_of_services',
      nameDa: 'Samtidig behandling af psykisk sygdom og rusmidler',
      definitionDa: 'Om teamet behandler psykisk sygdom og rusmiddelbrug på samme tid og efter samme plan, uden krav om at borgeren først skal holde op.',
      guideDa: 'Hele teamet arbejder efter en fælles model med skadesreduktion og motivation i trin.',
    },
  ],
};
