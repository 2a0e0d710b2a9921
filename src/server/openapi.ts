import { z } from 'zod';
import type { RouteDefinition } from './route';

type JsonSchema = Record<string, unknown>;

const toSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema =>
  z.toJSONSchema(schema, { target: 'openapi-3.0', io, unrepresentable: 'any' }) as JsonSchema;

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
  for (const definition of routes) {
    const path = definition.url.replace(/:(\w+)/g, '{$1}');
    paths[path] ??= {};
    paths[path][definition.method.toLowerCase()] = operation(definition);
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
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'seleksi_session' } },
      schemas: { Error: errorSchema },
    },
    paths,
  };
}

function operation(definition: RouteDefinition): Record<string, unknown> {
  const { schemas } = definition;
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
    ...(definition.isPublic ? {} : { security: [{ session: [] }] }),
    parameters: [...parameters(schemas.params, 'path'), ...parameters(schemas.query, 'query')],
    ...(schemas.body
      ? {
          requestBody: {
            required: true,
            content: definition.multipart
              ? { 'multipart/form-data': { schema: multipartSchema(definition, schemas.body) } }
              : { 'application/json': { schema: toSchema(schemas.body, 'input') } },
          },
        }
      : {}),
    responses,
  };
}

function parameters(schema: z.ZodType | undefined, location: 'path' | 'query') {
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
function multipartSchema(definition: RouteDefinition, body: z.ZodType): JsonSchema {
  const json = toSchema(body, 'input') as JsonSchema & { properties?: Record<string, unknown> };
  const properties = { ...json.properties };
  for (const name of definition.multipart?.files ?? []) {
    properties[name] = { type: 'string', format: 'binary' };
  }
  return { ...json, properties };
}
