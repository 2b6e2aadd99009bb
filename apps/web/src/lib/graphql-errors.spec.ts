import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { apiErrors, fieldErrors, hasCode } from './graphql-errors';

const graphQLErrors = (errors: { message: string; extensions?: Record<string, unknown> }[]) =>
  new CombinedGraphQLErrors({ errors });

describe('API error helpers', () => {
  it('reads the code and field of a BAD_USER_INPUT error', () => {
    const error = graphQLErrors([
      { message: 'CPR-nummeret er ikke gyldigt.', extensions: { code: 'BAD_USER_INPUT', field: 'cpr' } },
    ]);
    expect(apiErrors(error)).toEqual([
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'cpr', message: 'CPR-nummeret er ikke gyldigt.' }),
    ]);
    expect(hasCode(error, 'BAD_USER_INPUT')).toBe(true);
  });

  it('expands every problem in extensions.fields', () => {
    const error = graphQLErrors([
      {
        message: 'Skriv et navn.',
        extensions: {
          code: 'BAD_USER_INPUT',
          field: 'name',
          fields: [
            { field: 'name', message: 'Skriv et navn.' },
            { field: 'address.street', message: 'Skriv gaden.' },
            { field: 'unknownThing', message: 'Noget andet.' },
          ],
        },
      },
    ]);
    const { byField, other } = fieldErrors(error, ['name', 'cpr', 'address.street']);
    expect(byField).toEqual({ name: 'Skriv et navn.', 'address.street': 'Skriv gaden.' });
    expect(other.map((e) => e.message)).toEqual(['Noget andet.']);
  });

  it('accepts a field path prefixed with input.', () => {
    const error = graphQLErrors([{ message: 'Ugyldigt.', extensions: { code: 'BAD_USER_INPUT', field: 'input.cpr' } }]);
    expect(fieldErrors(error, ['cpr']).byField).toEqual({ cpr: 'Ugyldigt.' });
  });

  it('treats the API hidden internal error as a server error, and anything else as network', () => {
    expect(apiErrors(graphQLErrors([{ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }]))[0]?.code).toBe('SERVER');
    expect(apiErrors(new TypeError('Failed to fetch'))[0]?.code).toBe('NETWORK');
    expect(apiErrors(undefined)).toEqual([]);
  });
});
