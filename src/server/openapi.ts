import { z } from 'zod';
import type { RouteDefinition } from './route';
import { tokenScopeFor } from './token-routes';
// Registers the shared schemas' names before any schema is converted.
import './routes/named.schema';

type JsonSchema = Record<string, unknown>;

type Io = 'input' | 'output';

/**
 * Schemas named with `.meta({ id })` become `components.schemas` entries, referenced by `$ref`.
 * zod writes them into each converted schema's `definitions`; they are hoisted from there. A
 * schema whose request (input) form differs from its response form, defaults making fields
 * optional, gets a second entry named `<id>Input`.
 */
class Components {
  readonly schemas: Record<string, JsonSchema> = {};

  convert(schema: z.ZodType, io: Io): JsonSchema {
    const { definitions, ...json } = z.toJSONSchema(schema, {
      target: 'openapi-3.0',
      io,
      unrepresentable: 'any',
    }) as JsonSchema & { definitions?: Record<string, JsonSchema> };
    const names = new Map<string, string>();
    for (const [id, body] of Object.entries(definitions ?? {})) {
      names.set(id, this.nameFor(id, io, body, definitions ?? {}));
    }
    for (const [id, body] of Object.entries(definitions ?? {})) {
      this.schemas[names.get(id)!] = withRefs(body, names);
    }
    return withRefs(json, names);
  }

  private nameFor(
    id: string,
    io: Io,
    body: JsonSchema,
    definitions: Record<string, JsonSchema>,
  ): string {
    const same = (name: string) =>
      JSON.stringify(this.schemas[name]) ===
      JSON.stringify(withRefs(body, new Map(Object.keys(definitions).map((d) => [d, d]))));
    if (!(id in this.schemas) || same(id)) return id;
    const other = io === 'input' ? `${id}Input` : `${id}Output`;
    return other;
  }
}

/** Points zod's `#/definitions/<id>` references at the document's components. */
function withRefs<T>(value: T, names: ReadonlyMap<string, string>): T {
  if (Array.isArray(value)) return value.map((item: unknown) => withRefs(item, names)) as T;
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => {
      if (key === '$ref' && typeof inner === 'string' && inner.startsWith('#/definitions/')) {
        const id = decodeURIComponent(inner.slice('#/definitions/'.length));
        return [key, `#/components/schemas/${names.get(id) ?? id}`];
      }
      return [key, withRefs(inner, names)];
    }),
  ) as T;
}

const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message', 'fields'],
      properties: {
        code: { type: 'string' },
        message: { type: 'string' },
        fields: {
          type: 'array',
          items: {
            type: 'object',
            required: ['path', 'message'],
            properties: {
              path: { type: 'string' },
              code: { type: 'string' },
              message: { type: 'string' },
              params: {
                type: 'object',
                additionalProperties: true,
                description: 'details some codes carry, e.g. the jobs that block a role change',
              },
            },
          },
        },
      },
    },
  },
};

/** Builds the OpenAPI 3 document from the same route definitions that serve requests. */
export function buildOpenApiDocument(routes: readonly RouteDefinition[]): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  const components = new Components();
  for (const definition of routes) {
    const path = definition.url.replace(/:(\w+)/g, '{$1}');
    paths[path] ??= {};
    paths[path][definition.method.toLowerCase()] = operation(definition, components);
  }
  return {
    openapi: '3.0.3',
    info: {
      title: 'Seleksi API',
      version: '0.1.0',
      description:
        'Recruitment for the Indonesian two-stage interview process (interview HR, then interview user).',
    },
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'seleksi_session' },
        apiToken: {
          type: 'http',
          scheme: 'bearer',
          description:
            'An API token made by an admin (`Authorization: Bearer slk_…`). It opens only the ' +
            'operations whose description names one of its scopes, acting as the admin who made it.',
        },
      },
      schemas: { Error: errorSchema, ...sortedByName(components.schemas) },
    },
    paths,
  };
}

const sortedByName = (schemas: Record<string, JsonSchema>) =>
  Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b)));

function operation(definition: RouteDefinition, components: Components): Record<string, unknown> {
  const { schemas } = definition;
  const scope = tokenScopeFor(definition.method, definition.url);
  const toSchema = (schema: z.ZodType, io: Io) => components.convert(schema, io);
  const errorResponse = (description: string) => ({
    description,
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  });
  const responses: Record<string, unknown> = {
    [definition.status]: {
      description: 'Success',
      content: definition.produces
        ? Object.fromEntries(
            definition.produces.map((type) => [
              type,
              { schema: { type: 'string', format: 'binary' } },
            ]),
          )
        : { 'application/json': { schema: toSchema(schemas.response, 'output') } },
    },
    '400': errorResponse('Invalid input; each bad field is named'),
    '503': {
      ...errorResponse('The database is briefly unavailable (restarting); try again'),
      headers: {
        'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer' } },
      },
    },
  };
  if (!definition.isPublic) {
    responses['401'] = errorResponse('No valid session');
    responses['403'] = errorResponse('The role may not do this');
    responses['404'] = errorResponse(
      'Not found, or outside the hiring teams of the signed-in user',
    );
  }
  return {
    tags: [definition.tag],
    summary: definition.summary,
    operationId: `${definition.method.toLowerCase()}${definition.url.replace(/[/:](\w)/g, (_, c: string) => c.toUpperCase()).replace(/\W/g, '')}`,
    // What the call does first: a reader of the document (or a generated client) sees that line.
    ...(scope
      ? { description: `${definition.summary}. Open to API tokens with the scope \`${scope}\`.` }
      : {}),
    ...(definition.isPublic
      ? {}
      : { security: scope ? [{ session: [] }, { apiToken: [] }] : [{ session: [] }] }),
    parameters: [
      ...parameters(toSchema, schemas.params, 'path'),
      ...parameters(toSchema, schemas.query, 'query'),
    ],
    ...(schemas.body
      ? {
          requestBody: {
            required: true,
            content: definition.multipart
              ? {
                  'multipart/form-data': {
                    schema: multipartSchema(toSchema(schemas.body, 'input'), definition),
                  },
                }
              : { 'application/json': { schema: toSchema(schemas.body, 'input') } },
          },
        }
      : {}),
    responses,
  };
}

function parameters(
  toSchema: (schema: z.ZodType, io: Io) => JsonSchema,
  schema: z.ZodType | undefined,
  location: 'path' | 'query',
) {
  if (!schema) return [];
  const json = toSchema(schema, 'input') as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: location,
    required: location === 'path' || (json.required ?? []).includes(name),
    schema: property,
  }));
}

/** A multipart body is the JSON body's schema with each file field as binary. */
function multipartSchema(body: JsonSchema, definition: RouteDefinition): JsonSchema {
  const json = body as JsonSchema & { properties?: Record<string, unknown> };
  const properties = { ...json.properties };
  for (const name of definition.multipart?.files ?? []) {
    properties[name] = { type: 'string', format: 'binary' };
  }
  return { ...json, properties };
}
