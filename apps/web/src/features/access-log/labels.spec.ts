/**
 * The access-log page shows every operation and purpose in plain words: each value of the
 * schema's AccessLogOperation and AccessLogPurpose enums has a Danish label (and no label is
 * left for a value that is gone). The operation picker lists exactly these labels.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, type GraphQLEnumType } from 'graphql';
import da from '../../i18n/da.json';

const schema = buildSchema(readFileSync(join(__dirname, '../../../../api/schema.graphql'), 'utf8'));
const values = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((v) => v.name).sort();

describe('access-log labels', () => {
  it('has a label for every operation of the schema', () => {
    expect(Object.keys(da.accessLog.operations).sort()).toEqual(values('AccessLogOperation'));
  });

  it('has a label for every purpose of the schema', () => {
    expect(Object.keys(da.accessLog.purposes).sort()).toEqual(values('AccessLogPurpose'));
  });
});
