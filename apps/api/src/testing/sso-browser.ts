/**
 * A minimal browser for the SSO tests: follows redirects by hand and keeps cookies by name (the
 * API and the test IdP share 127.0.0.1, and browsers do not separate cookies by port either).
 */
export class TestBrowser {
  readonly cookies = new Map<string, string>();

  async get(url: string, init: RequestInit = {}): Promise<Response> {
    const res = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers ?? {}), cookie: this.cookieHeader() } });
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const [name, value] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
      const expired = attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a)) || value === '';
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  /** Follows redirects until one leaves for an address starting with `stopAt` (not requested). */
  async follow(url: string, stopAt: string): Promise<string> {
    let next = url;
    for (let hop = 0; hop < 10; hop++) {
      if (next.startsWith(stopAt)) return next;
      const res = await this.get(next);
      const location = res.headers.get('location');
      if (!location) throw new Error(`no redirect from ${next} (${res.status}): ${await res.text()}`);
      next = new URL(location, next).href;
    }
    throw new Error(`too many redirects, last ${next}`);
  }

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  cookie(name: string): string | undefined {
    const value = this.cookies.get(name);
    return value === undefined ? undefined : `${name}=${value}`;
  }
}
