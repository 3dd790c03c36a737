import fc from 'fast-check';
import { z } from 'zod';

/** The part of the OpenAPI document the fuzzer reads: each GET path and its parameters. */
const OpenApiSpec = z.object({
  paths: z.record(
    z.string(),
    z.object({
      get: z.optional(
        z.object({
          parameters: z
            .array(
              z.object({
                name: z.string(),
                in: z.enum(['path', 'query']),
                schema: z
                  .object({
                    type: z.string().optional(),
                    enum: z.array(z.string()).optional(),
                    items: z.object({ enum: z.array(z.string()).optional() }).optional(),
                    minimum: z.number().optional(),
                    maximum: z.number().optional(),
                  })
                  .loose(),
              }),
            )
            .optional(),
        }),
      ),
    }),
  ),
});
type Parameter = NonNullable<
  NonNullable<z.infer<typeof OpenApiSpec>['paths'][string]['get']>['parameters']
>[number];

// Strings that would break a query built by pasting input into Cypher, Lucene or HTML.
const HOSTILE = [
  "' OR 1=1 --",
  '"}) MATCH (n) DETACH DELETE n //',
  '$id',
  '`Node`',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '=HYPERLINK("http://x")',
  '社会组织 OR *:*',
  'name:* AND kind:*',
  '\u0000',
  '\uFFFF',
  '../../etc/passwd',
  '%00',
  '🙂'.repeat(50),
  'a'.repeat(300),
];

/** A value for one parameter: often one the API accepts, often one it must refuse. */
const valueFor = (parameter: Parameter, ids: readonly string[]): fc.Arbitrary<string> => {
  const { schema } = parameter;
  const anyText = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.constantFrom(...HOSTILE),
  );
  const numbers = fc
    .oneof(
      fc.integer({ min: (schema.minimum ?? 0) - 2, max: (schema.maximum ?? 100) + 2 }),
      fc.integer(),
      fc.double(),
    )
    .map(String);
  const enumValues = schema.enum ?? schema.items?.enum;
  const valid =
    enumValues && enumValues.length > 0
      ? schema.type === 'array'
        ? fc
            .uniqueArray(fc.constantFrom(...enumValues), { minLength: 1, maxLength: 4 })
            .map((v) => v.join(','))
        : fc.constantFrom(...enumValues)
      : schema.type === 'integer'
        ? numbers
        : ids.length > 0 && parameter.name !== 'q'
          ? fc.constantFrom(...ids)
          : fc.string({ minLength: 1, maxLength: 20 });
  return fc.oneof(
    { weight: 3, arbitrary: valid },
    { weight: 2, arbitrary: anyText },
    { weight: 1, arbitrary: numbers },
  );
};

/** One GET request to a path of the spec, with some of its parameters set. */
const requestFor = (path: string, parameters: readonly Parameter[], ids: readonly string[]) =>
  fc
    .tuple(
      ...parameters.map((parameter) =>
        parameter.in === 'path'
          ? valueFor(parameter, ids).map((value) => ({ parameter, value }))
          : fc.option(valueFor(parameter, ids), { freq: 3 }).map((value) => ({ parameter, value })),
      ),
    )
    .map((values) => {
      let url = path;
      const query: string[] = [];
      for (const { parameter, value } of values) {
        if (value === null) continue;
        if (parameter.in === 'path')
          url = url.replace(`{${parameter.name}}`, encodeURIComponent(value));
        else query.push(`${parameter.name}=${encodeURIComponent(value)}`);
      }
      return query.length > 0 ? `${url}?${query.join('&')}` : url;
    });

/**
 * `count` GET requests over every path and parameter of the API's OpenAPI document, the same
 * for the same seed: valid values (enums, known ids, numbers in range), values just outside,
 * arbitrary Unicode and strings that would break a query pasted together.
 */
export const fuzzRequests = (
  spec: unknown,
  options: { count: number; seed: number; ids: readonly string[] },
): string[] => {
  const { paths } = OpenApiSpec.parse(spec);
  const requests = Object.entries(paths).flatMap(([path, operation]) =>
    operation.get ? [requestFor(path, operation.get.parameters ?? [], options.ids)] : [],
  );
  return fc.sample(fc.oneof(...requests), { numRuns: options.count, seed: options.seed });
};

/**
 * `count` bodies for `POST /api/view-records`, the same for the same seed: requests it
 * accepts (known ids, unknown ones, hostile strings), lists past its limit, wrong shapes and
 * arbitrary JSON.
 */
export const fuzzViewRecordBodies = (options: {
  count: number;
  seed: number;
  ids: readonly string[];
  max: number;
}): unknown[] => {
  const id = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...options.ids) },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE) },
  );
  const ids = fc.array(id, { maxLength: 20 });
  return fc.sample(
    fc.oneof(
      { weight: 4, arbitrary: fc.record({ nodes: ids, edges: ids }) },
      {
        weight: 1,
        arbitrary: fc.record({
          nodes: fc.constant(Array.from({ length: options.max + 1 }, (_, i) => `n${i}`)),
          edges: ids,
        }),
      },
      { weight: 1, arbitrary: fc.record({ nodes: fc.jsonValue(), edges: fc.jsonValue() }) },
      { weight: 1, arbitrary: fc.jsonValue() },
    ),
    { numRuns: options.count, seed: options.seed },
  );
};

/** What the API may answer a fuzzed request: never a 5xx other than 503. */
export const ACCEPTABLE_STATUSES: readonly number[] = [200, 400, 404, 429, 503];
