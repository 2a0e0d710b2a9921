import fc from 'fast-check';

/** The parts of an OpenAPI 3.0 schema (as zod writes them) that decide what is malformed. */
export interface JsonSchema {
  type?: string;
  enum?: unknown[];
  nullable?: boolean;
  format?: string;
  maxLength?: number;
  minLength?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
}

/**
 * Text holding U+0000, which PostgreSQL cannot store in text or jsonb: every text input must refuse
 * it as a field error instead of failing in the database (a 500).
 */
export const nulText = fc
  .tuple(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }))
  .map(([before, after]) => `${before}\u0000${after}`);

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Text a URL carries as it is: letters, digits, _ and -. */
const urlSafe = fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/);

/**
 * A value the schema surely refuses, or undefined when nothing is sure (a union, "anything").
 * Wrong JSON types always qualify; so do strings outside an enum or over the length limit,
 * non-uuids where a uuid belongs, numbers outside the range and arrays over their limit.
 */
export function invalidValue(schema: JsonSchema): fc.Arbitrary<unknown> | undefined {
  const type = schema.type;
  if (!type) return undefined;
  const wrong: fc.Arbitrary<unknown>[] = [];
  if (!schema.nullable) wrong.push(fc.constant(null));
  if (type !== 'string') wrong.push(fc.string({ maxLength: 20 }));
  if (type !== 'number' && type !== 'integer') wrong.push(fc.integer());
  if (type !== 'boolean') wrong.push(fc.boolean());
  if (type !== 'array') wrong.push(fc.array(fc.integer(), { maxLength: 3 }));
  if (type !== 'object') wrong.push(fc.dictionary(urlSafe, fc.integer(), { maxKeys: 2 }));
  if (type === 'string') {
    wrong.push(nulText);
    const allowed = schema.enum;
    if (allowed) wrong.push(fc.string({ maxLength: 30 }).filter((s) => !allowed.includes(s)));
    if (schema.format === 'uuid')
      wrong.push(fc.string({ maxLength: 40 }).filter((s) => !uuidPattern.test(s)));
    if (schema.maxLength !== undefined && schema.maxLength < 10_000) {
      const max = schema.maxLength;
      wrong.push(
        fc.string({ minLength: max + 1, maxLength: max + 20 }).filter((s) => s.trim().length > max),
      );
    }
  }
  if (type === 'integer') wrong.push(fc.double({ min: 0.1, max: 0.9, noNaN: true }));
  if (
    (type === 'integer' || type === 'number') &&
    schema.minimum !== undefined &&
    schema.minimum > -1e9
  )
    wrong.push(fc.integer({ min: -1e6, max: Math.ceil(schema.minimum) - 1 }));
  if (
    (type === 'integer' || type === 'number') &&
    schema.maximum !== undefined &&
    schema.maximum < 1e9
  )
    wrong.push(fc.integer({ min: Math.floor(schema.maximum) + 1, max: 1e9 }));
  if (type === 'array' && schema.maxItems !== undefined && schema.maxItems < 500)
    wrong.push(
      fc.array(fc.constant('x'), {
        minLength: schema.maxItems + 1,
        maxLength: schema.maxItems + 3,
      }),
    );
  return fc.oneof(...wrong);
}

/** A request body the schema surely refuses: the wrong shape, a required field missing, or one bad field. */
export function malformedBody(schema: JsonSchema): fc.Arbitrary<unknown> {
  const options: fc.Arbitrary<unknown>[] = [
    fc.oneof(
      fc.constant(null),
      fc.string(),
      fc.integer(),
      fc.array(fc.jsonValue(), { maxLength: 3 }),
    ),
  ];
  const keys = Object.keys(schema.properties ?? {});
  const others: fc.Arbitrary<Record<string, unknown>> = keys.length
    ? fc.dictionary(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 2 }), {
        maxKeys: keys.length,
      })
    : fc.constant<Record<string, unknown>>({});
  const required = schema.required ?? [];
  if (required.length) {
    options.push(
      fc.tuple(others, fc.constantFrom(...required)).map(([rest, missing]) => {
        const { [missing]: _gone, ...body } = rest;
        return body;
      }),
    );
  }
  const breakable = Object.entries(schema.properties ?? {}).flatMap(([key, property]) => {
    const bad = invalidValue(property);
    return bad ? [bad.map((value) => [key, value] as const)] : [];
  });
  if (breakable.length) {
    options.push(
      fc
        .tuple(others, fc.oneof(...breakable))
        .map(([rest, [key, value]]) => ({ ...rest, [key]: value })),
    );
  }
  return fc.oneof(...options);
}

/**
 * A path parameter its schema refuses (URL-safe, so the route is still found), or undefined when
 * no text is sure to be refused (free text without limits).
 */
export function malformedPathValue(schema: JsonSchema): fc.Arbitrary<string> | undefined {
  if (schema.enum || schema.format === 'uuid') {
    return urlSafe.filter((s) => !uuidPattern.test(s) && !(schema.enum ?? []).includes(s));
  }
  const tooShort =
    schema.minLength && schema.minLength > 1
      ? fc.stringMatching(new RegExp(`^[A-Za-z0-9_-]{1,${schema.minLength - 1}}$`))
      : undefined;
  const tooLong =
    schema.maxLength !== undefined && schema.maxLength < 1000
      ? fc.stringMatching(
          new RegExp(`^[A-Za-z0-9_-]{${schema.maxLength + 1},${schema.maxLength + 20}}$`),
        )
      : undefined;
  const options = [tooShort, tooLong].filter((a): a is fc.Arbitrary<string> => Boolean(a));
  return options.length ? fc.oneof(...options) : undefined;
}

/** A query value its schema surely refuses, as text: NUL-holding text always qualifies. */
export function malformedQueryValue(schema: JsonSchema): fc.Arbitrary<string> {
  const refused: fc.Arbitrary<string>[] = [nulText];
  if (schema.enum) refused.push(urlSafe.filter((s) => !schema.enum!.includes(s)));
  if (schema.format === 'uuid') refused.push(urlSafe.filter((s) => !uuidPattern.test(s)));
  if (schema.format === 'date')
    refused.push(fc.constantFrom('kemarin', '2026-13-01', '31-01-2026'));
  if (schema.type === 'integer' || schema.type === 'number') {
    refused.push(fc.constantFrom('abc', '1.5', ''));
    if (schema.minimum !== undefined && schema.minimum > -1e9)
      refused.push(fc.constant(String(schema.minimum - 1)));
    if (schema.maximum !== undefined && schema.maximum < 1e9)
      refused.push(fc.constant(String(schema.maximum + 1)));
  }
  if (schema.type === 'string' && schema.maxLength !== undefined)
    refused.push(fc.constant('a'.repeat(schema.maxLength + 1)));
  return fc.oneof(...refused);
}

/** Where a text value sits in a body: the path its field error names, and the body around it. */
export interface TextField {
  path: string;
  bodyWith(text: string): unknown;
}

/**
 * Every text field of a body schema, nested objects and array items included (the first item
 * stands for all), so a test can put one bad text into each and expect that field to be named.
 */
export function textFields(schema: JsonSchema, depth = 0): TextField[] {
  if (schema.type === 'string' && schema.format !== 'binary') {
    return [{ path: '', bodyWith: (text) => text }];
  }
  if (depth > 4) return [];
  if (schema.type === 'array' && schema.items) {
    return textFields(schema.items, depth + 1).map((inner) => ({
      path: join('0', inner.path),
      bodyWith: (text) => [inner.bodyWith(text)],
    }));
  }
  return Object.entries(schema.properties ?? {}).flatMap(([key, property]) =>
    textFields(property, depth + 1).map((inner) => ({
      path: join(key, inner.path),
      bodyWith: (text) => ({ [key]: inner.bodyWith(text) }),
    })),
  );
}

const join = (head: string, tail: string) => (tail ? `${head}.${tail}` : head);
