/**
 * Label values for metrics must stay few (each value is a time series). A name the server has not
 * seen before is admitted until `limit` names are known; after that, and for anything that is not
 * a plain identifier, the value is `other`. Clients choose GraphQL operation names, so without
 * this bound one client could create a series per request.
 */
export class BoundedLabel {
  private readonly seen = new Set<string>();

  constructor(
    private readonly limit: number,
    private readonly pattern: RegExp = /^[A-Za-z_][A-Za-z0-9_.-]{0,63}$/,
  ) {}

  value(name: string | null | undefined, missing = 'anonymous'): string {
    if (!name) return missing;
    if (!this.pattern.test(name)) return 'other';
    if (this.seen.has(name)) return name;
    if (this.seen.size >= this.limit) return 'other';
    this.seen.add(name);
    return name;
  }
}
