/**
 * Fast checks of the generated matrices' inputs, without a database: every root field of the
 * schema has a fixture, and every generated operation is a valid document within the API's limits.
 */
import { parse, validate } from 'graphql';
import { randomTarget } from './fixture-world';
import { expectEveryFieldHasAFixture } from './matrix';
import { OPERATION_FIXTURES } from './operation-fixtures';
import { apiSchema, operationFor, rootFields } from './schema-operations';

describe('operation fixtures', () => {
  it('has an entry for every root field of Query and Mutation, and none for a field that is gone', expectEveryFieldHasAFixture);

  it('names the field and what to add when a root field has no entry', () => {
    const saved = OPERATION_FIXTURES.teams;
    delete OPERATION_FIXTURES.teams;
    try {
      expect(expectEveryFieldHasAFixture).toThrow(/query teams has no entry in OPERATION_FIXTURES \(apps\/api\/src\/testing\/operation-fixtures\.ts\)\. Add one/);
    } finally {
      OPERATION_FIXTURES.teams = saved;
    }
  });

  it.each(rootFields().map((f) => [f.name, f] as const))('%s: the generated operation is valid against the schema', (_name, field) => {
    const variables = OPERATION_FIXTURES[field.name].vars(randomTarget());
    const op = operationFor(field, variables);
    expect(validate(apiSchema(), parse(op.document))).toEqual([]);
    expect(op.depth).toBeGreaterThanOrEqual(1);
  });
});
