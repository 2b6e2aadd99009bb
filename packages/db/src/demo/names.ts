/**
 * Word lists for fictional demo people and places. Names are combined at random from common
 * Danish first names and surnames; combinations that belong to well-known people are refused.
 */

export const FEMALE_FIRST_NAMES = [
  'Anne', 'Birgit', 'Camilla', 'Dorthe', 'Emma', 'Gitte', 'Hanne', 'Ida', 'Inge', 'Jette',
  'Karina', 'Lene', 'Lone', 'Louise', 'Maja', 'Malene', 'Marianne', 'Nanna', 'Pia', 'Rikke',
  'Sanne', 'Signe', 'Stine', 'Susanne', 'Tina', 'Trine', 'Ulla', 'Vibeke', 'Winnie', 'Åse',
  'Bente', 'Charlotte', 'Ditte', 'Eva', 'Helle', 'Janni', 'Kirsten', 'Line', 'Mia', 'Tove',
] as const;

export const MALE_FIRST_NAMES = [
  'Allan', 'Bjarne', 'Brian', 'Carsten', 'Claus', 'Dennis', 'Erik', 'Flemming', 'Frank', 'Henrik',
  'Jan', 'Jesper', 'Jonas', 'Kenneth', 'Kim', 'Lars', 'Mads', 'Martin', 'Michael', 'Morten',
  'Niels', 'Ole', 'Palle', 'Per', 'René', 'Rune', 'Steen', 'Søren', 'Thomas', 'Torben',
  'Troels', 'Ulrik', 'Bo', 'Jens', 'Kasper', 'Nikolaj', 'Preben', 'Tonny', 'Villy', 'Øjvind',
] as const;

export const SURNAMES = [
  'Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen',
  'Rasmussen', 'Jørgensen', 'Petersen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Poulsen',
  'Johansen', 'Møller', 'Mortensen', 'Knudsen', 'Jakobsen', 'Mikkelsen', 'Olesen', 'Frederiksen',
  'Laursen', 'Henriksen', 'Lund', 'Holm', 'Schmidt', 'Eriksen', 'Nissen', 'Clausen', 'Simonsen',
  'Svendsen', 'Andreasen', 'Iversen', 'Jeppesen', 'Vestergaard', 'Dam', 'Bach', 'Kjær', 'Brandt',
  'Lauridsen', 'Bruun', 'Krogh', 'Skov', 'Overgaard', 'Toft', 'Bak', 'Winther', 'Friis', 'Dahl',
  'Gregersen', 'Bisgaard', 'Riis', 'Søgaard', 'Thygesen', 'Kjeldsen', 'Ebbesen', 'Lindhardt',
] as const;

/** Full names of well-known Danes that the combinations above could produce. */
export const REFUSED_NAMES: ReadonlySet<string> = new Set([
  'Mette Frederiksen', 'Lars Larsen', 'Kim Larsen', 'Mads Mikkelsen', 'Peter Madsen',
  'Christian Eriksen', 'Simon Kjær', 'Morten Olsen', 'Martin Henriksen', 'Martin Jørgensen',
  'Jesper Nielsen', 'Troels Lund', 'Thomas Dam', 'Lars Jensen', 'Niels Christensen',
  'Kasper Schmidt', 'Anne Larsen', 'Lone Dam', 'Søren Pedersen', 'Jens Olsen', 'Kim Andersen',
  'Ole Henriksen', 'Michael Laudrup', 'Bo Bach',
]);

export const STREETS = [
  'Vestergade', 'Østergade', 'Nørregade', 'Søndergade', 'Skolevej', 'Kirkevej', 'Bakkevej',
  'Engvej', 'Møllevej', 'Skovvej', 'Stationsvej', 'Birkevej', 'Egevej', 'Lindevej', 'Rosenvej',
  'Ahornvej', 'Granvej', 'Søvej', 'Havevej', 'Markvej', 'Tværgade', 'Fasanvej', 'Kildevej',
  'Højvangen', 'Elmevej', 'Bøgevej', 'Valmuevej', 'Præstevænget', 'Åbrinken', 'Torvet',
] as const;

export interface Place {
  postalCode: string;
  city: string;
}

/** Real postal codes in and around Silkeborg, the model for the fictional Demo Kommune. */
export const NORTH_PLACES: readonly Place[] = [
  { postalCode: '8600', city: 'Silkeborg' },
  { postalCode: '8600', city: 'Silkeborg' },
  { postalCode: '8620', city: 'Kjellerup' },
  { postalCode: '8632', city: 'Lemming' },
  { postalCode: '8643', city: 'Ans By' },
  { postalCode: '8883', city: 'Gjern' },
];

export const SOUTH_PLACES: readonly Place[] = [
  { postalCode: '8600', city: 'Silkeborg' },
  { postalCode: '8600', city: 'Silkeborg' },
  { postalCode: '8653', city: 'Them' },
  { postalCode: '8654', city: 'Bryrup' },
  { postalCode: '8680', city: 'Ry' },
];

export const FLOORS = ['st. th.', 'st. tv.', '1. th.', '1. tv.', '2. th.', '2. tv.', '3. mf.'] as const;

export const ACCESS_NOTES = [
  'Ring på to gange',
  'Hund – ring før besøg',
  'Foretrækker besøg om eftermiddagen',
  'Dørtelefonen virker ikke – ring på mobilen ved ankomst',
  'Mødes helst på væresteddet',
  'Kat i lejligheden – sig til hvis du er allergiker',
  'Bank på køkkenvinduet',
  'Kommer sjældent til døren før kl. 11',
] as const;

export const PAUSE_REASONS = [
  'Indlagt på psykiatrisk afdeling',
  'Ønsker en pause – kontakt igen om en måned',
  'Bor midlertidigt hos familie på Fyn',
] as const;

/** Reasons for ending a course. "Lost contact" is not one: ACT has no drop-out policy. */
export const END_REASONS = [
  'Flyttet til anden kommune – overdraget til ACT-teamet dér',
  'Overgået til behandling i regionens dobbeltdiagnose-tilbud',
  'Stabil i eget hjem – overgået til almindelig bostøtte',
] as const;

/** Why an earlier primary contact was handed over (the member stays on the team). */
export const HANDOVER_REASONS = [
  'Omfordeling på teammødet for at holde max 10-reglen',
  'Borgeren ønskede en anden primærkontakt',
  'Omfordeling da teamet fik en ny bostøttemedarbejder',
  'Primærkontakten gik på barsel – borgeren blev hos den nye kontakt',
] as const;

/** Notes from the intake (visitation) meeting. Never diagnoses: the criteria say enough. */
export const INTAKE_NOTES = [
  'Henvist fra distriktspsykiatrien efter flere udeblivelser',
  'Henvist af jobcentret; har ikke kunnet holde fast i almindelig bostøtte',
  'Henvist fra herberget; ønsker hjælp til at finde egen bolig',
  'Henvist af egen læge efter en indlæggelse',
] as const;

/** "Søren Aabø" → "soeren.aaboe" (for e-mail local parts). */
export function emailLocalPart(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.+|\.+$/g, '');
}
