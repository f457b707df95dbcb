import { z } from 'zod';
import { contract, type Access } from '../common/contract.js';
import { ROLES } from '../common/schemas/common.js';

function rolesOf(access: Access): string[] {
  if (access === 'public') return ['public'];
  if (access === 'session') return [...ROLES];
  return [...access];
}

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  return rest;
}

/**
 * An OpenAPI 3.1 document generated from the contract, so another seat or an integration can
 * discover every method, who may call it and what it takes, without reading our code.
 */
export function buildOpenApiDocument(version: string): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(contract)) {
    paths[`/api/${name}`] = {
      post: {
        operationId: name,
        summary: spec.summary,
        'x-paume-roles': rolesOf(spec.access),
        'x-paume-mutates': spec.mutates,
        requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(spec.input, 'input') } } },
        responses: {
          '200': {
            description: 'Succès',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: { ok: { const: true }, value: jsonSchema(spec.output, 'output') },
                  required: ['ok', 'value'],
                },
              },
            },
          },
          default: {
            description: 'Refus ou erreur',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Failure' } } },
          },
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'API Paume', version, description: 'Chaque méthode : POST /api/<méthode> avec un corps JSON.' },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'paume_session' },
        bearer: { type: 'http', scheme: 'bearer' },
      },
      schemas: {
        Failure: {
          type: 'object',
          required: ['ok', 'error'],
          properties: {
            ok: { const: false },
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: {
                code: { type: 'string' },
                message: { type: 'string' },
                fields: { type: 'object', additionalProperties: { type: 'string' } },
                conflict: {
                  type: 'object',
                  description:
                    'CONFLICT sur une version dépassée : qui, quand, la version actuelle et le contenu actuel',
                  properties: {
                    by: { type: ['string', 'null'] },
                    at: { type: 'string' },
                    version: { type: 'integer' },
                    current: {},
                  },
                },
              },
            },
          },
        },
      },
    },
    security: [{ session: [] }, { bearer: [] }],
    paths,
  };
}
