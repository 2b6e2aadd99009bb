import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { Type as TransformType } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { isIsoDate, isUuid } from '@act/domain';
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

/** What a cursor value must look like before it reaches SQL. */
export type CursorKind = 'uuid' | 'int' | 'text' | 'date';

export interface SortKey<T> {
  /** SQL expression, e.g. `c.name`. */
  column: string;
  /** How a cursor value for this key is checked before it reaches SQL (default: text). */
  kind?: CursorKind;
  /** The same value read from an entity. */
  value: (entity: T) => string | number | Date;
}

/** The cursor of one row: its sort-key values, opaque to the client. */
export const encodeCursor = (values: unknown[]): string => Buffer.from(JSON.stringify(values)).toString('base64url');

const KIND_CHECKS: Record<CursorKind, (v: unknown) => boolean> = {
  uuid: isUuid,
  int: (v) => (typeof v === 'string' && /^\d{1,19}$/.test(v)) || (typeof v === 'number' && Number.isInteger(v)),
  text: (v) => typeof v === 'string' && v.length <= 1000 && !v.includes('\u0000'),
  date: (v) => typeof v === 'string' && isIsoDate(v),
};

/** The values of a cursor, each checked against its kind; a cursor that does not fit is the client's error. */
export function decodeCursor(cursor: string, kinds: CursorKind[]): unknown[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(values) && values.length === kinds.length && values.every((v, i) => KIND_CHECKS[kinds[i]](v))) {
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
    const values = decodeCursor(page.after, keys.map((k) => k.kind ?? 'text'));
    const params = Object.fromEntries(values.map((v, i) => [`cursor${i}`, v]));
    const tuple = keys.map((k) => k.column).join(', ');
    const placeholders = values.map((_, i) => `:cursor${i}`).join(', ');
    paged.andWhere(`(${tuple}) ${direction === 'ASC' ? '>' : '<'} (${placeholders})`, params);
  }
  const rows = await paged.take(undefined).limit(page.first + 1).getMany();
  const nodes = rows.slice(0, page.first);
  const edges = nodes.map((node) => ({
    node,
    cursor: encodeCursor(keys.map((k) => {
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
