import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { Type as TransformType } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { InputException } from '../errors/input.exception';

export const MAX_PAGE_SIZE = 100;

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 50, description: 'Page size, at most 100.' })
  @TransformType(() => Number)
  @IsInt({ message: 'Antal skal være et helt tal.' })
  @Min(1, { message: 'Antal skal være mindst 1.' })
  @Max(MAX_PAGE_SIZE, { message: `Der kan højst hentes ${MAX_PAGE_SIZE} ad gangen.` })
  first = 50;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount?: number;
}

/** Builds the Edge and Connection object types for a node type (Relay style). */
export function ConnectionType<T>(nodeType: new () => T, name: string, withTotal = true) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { isAbstract: true })
  abstract class ConnectionBase {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }

  if (!withTotal) {
    @ObjectType(`${name}Connection`)
    class ConnectionNoTotal extends ConnectionBase {}
    return ConnectionNoTotal;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionWithTotal extends ConnectionBase {
    @Field(() => Int)
    totalCount!: number;
  }
  return ConnectionWithTotal;
}

export interface SortKey<T> {
  /** SQL expression, e.g. `c.name`. */
  column: string;
  /** How a cursor value for this key is checked before it reaches SQL (default: text). */
  kind?: 'uuid' | 'int' | 'text';
  /** The same value read from an entity. */
  value: (entity: T) => string | number | Date;
}

const encode = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');

const KIND_CHECKS = {
  uuid: (v: unknown) => typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v),
  int: (v: unknown) => (typeof v === 'string' && /^\d{1,19}$/.test(v)) || (typeof v === 'number' && Number.isInteger(v)),
  text: (v: unknown) => typeof v === 'string' && v.length <= 1000 && !v.includes('\u0000'),
};

function decode<T>(cursor: string, keys: SortKey<T>[]): unknown[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(values) && values.length === keys.length && values.every((v, i) => KIND_CHECKS[keys[i]!.kind ?? 'text'](v))) {
      return values;
    }
  } catch {
    /* fall through */
  }
  throw InputException.field('after', 'Ugyldig markør til næste side. Hent listen forfra.');
}

/**
 * Keyset pagination: ORDER BY the keys, WHERE (keys) > (cursor), LIMIT first + 1. The total is
 * counted on the same filters. Two statements, whatever the page.
 */
export async function paginate<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  page: PageArgs,
  keys: SortKey<T>[],
  direction: 'ASC' | 'DESC' = 'ASC',
  withTotal = true,
): Promise<Connection<T>> {
  const totalCount = withTotal ? await qb.clone().getCount() : undefined;
  const paged = qb.clone();
  keys.forEach((key, i) => (i === 0 ? paged.orderBy(key.column, direction) : paged.addOrderBy(key.column, direction)));
  if (page.after) {
    const values = decode(page.after, keys);
    const params = Object.fromEntries(values.map((v, i) => [`cursor${i}`, v]));
    const tuple = keys.map((k) => k.column).join(', ');
    const placeholders = values.map((_, i) => `:cursor${i}`).join(', ');
    paged.andWhere(`(${tuple}) ${direction === 'ASC' ? '>' : '<'} (${placeholders})`, params);
  }
  const rows = await paged.take(undefined).limit(page.first + 1).getMany();
  const nodes = rows.slice(0, page.first);
  const edges = nodes.map((node) => ({
    node,
    cursor: encode(keys.map((k) => {
      const v = k.value(node);
      return v instanceof Date ? v.toISOString() : v;
    })),
  }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > page.first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}
