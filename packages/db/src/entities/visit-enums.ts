/** Where a visit takes place. `office` is the team's own premises (for the outside-office share). */
export enum VisitPlace {
  Home = 'home',
  DropInCentre = 'drop_in_centre',
  Jobcenter = 'jobcenter',
  Street = 'street',
  TreatmentSite = 'treatment_site',
  Office = 'office',
  Other = 'other',
}

export enum VisitOutcome {
  Done = 'done',
  NotMet = 'not_met',
  CancelledByCitizen = 'cancelled_by_citizen',
  CancelledByTeam = 'cancelled_by_team',
}
