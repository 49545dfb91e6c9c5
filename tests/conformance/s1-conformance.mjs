#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
//
// SentinelOne API conformance (ctest s1_conformance, s1_conformance_selftest): checks what the
// simulator answered, and what was sent to it, against SentinelOne's own Swagger 2.0 specification
// (../shared/s1-spec/s1-subset.swagger.json, see its SOURCE.txt), with ajv (pinned, like graphql-js,
// by package-lock.json in this folder; scripts/test runs `npm ci` here).
//
//   node s1-conformance.mjs --spec <s1-subset.swagger.json> --captures <dir>
//   node s1-conformance.mjs --spec <s1-subset.swagger.json> --self-test
//
// <dir> holds *.jsonl capture files written by the simulator (S1SIM_CAPTURE_DIR), one exchange per
// line:
//   {"method":"GET","path":"/web/api/v2.1/threats/123/notes","template":"...","query":{"limit":"1000"},
//    "requestBody":<JSON or null>,"status":200,"responseBody":<JSON or null>}
// query values are strings as sent on the wire; arrays in a response's data may have been cut to 20
// items. An optional "fault" ("html", "truncate", "drop", "429", "5xx"...) marks an answer the
// simulator broke on purpose (fault injection): for html, truncate and drop the response is not
// checked (it is not the console's answer), the request still is.
//
// Per line:
//   operation  METHOD + concrete path must match an operation of the spec. Path templates are matched
//              segment by segment, a literal segment winning over a {parameter}
//              (/firewall-control/protocols before /firewall-control/{firewall_rule_category}).
//   request    every query parameter must be declared by the operation, and its wire value must
//              conform to the declared type/format/enum/minimum/maximum/length (arrays: csv); required
//              parameters must be present; the body must validate against the body parameter's
//              schema, and an operation without a body parameter takes no body.
//   response   the body must validate against the schema of that status (or "default"). A status the
//              spec does not document, or documents without a schema, must be >= 400 and carry the
//              error envelope (a JSON object with an "errors" array); an undocumented 2xx/3xx fails.
// A request that does not conform is a failure, unless the simulator rejected it for what it is
// (400 invalid input, 404 no such endpoint or entity, 405 no such method, 413/414/422): that is the
// console's documented behaviour, and tests probe the simulator's validation on purpose. Such a line
// passes if the error answer conforms, and the run lists it as "rejected". Accepted (2xx), or answered
// without judging the request (401, 403, 429, 5xx), a nonconforming request fails: either the client
// sent it or the simulator took what the console would refuse.
//
// Prints one line per distinct problem (operation, status, JSON path, message, count, first capture
// file:line) and ends with exactly "conformance: N passed, M failed" (lines). Exit status: 0 when
// M == 0 and at least one line was checked ("no captures found" is a failure), 1 otherwise, 2 on bad
// usage, 77 (ctest SKIP_RETURN_CODE) when the spec or ajv is missing outside CI; with CI=true a missing
// spec or ajv is a failure (exit 1).
//
// --self-test checks built-in good and deliberately bad exchanges against the same spec and fails if
// a bad one passes or a good one fails (ends with "self-test: N passed, M failed").

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// ---------------------------------------------------------------------------------------------------
// Waivers: the only deviations from the spec that are accepted. Each one lets a value be null where
// the spec types it as a non-nullable type; nothing else is waived. `path` is a JSON path into the
// response body, [*] standing for any array index.
// ---------------------------------------------------------------------------------------------------
const WAIVERS = [
  // The real console sends null for hashes it does not have (public fixture s1-samples/threats.json
  // has threatInfo.md5 and threatInfo.sha256 null; API-NOTES.md: "hashes given as null: accept
  // both"), while the spec types them as plain strings.
  { operation: 'GET /web/api/v2.1/threats', status: 200, path: '$.data[*].threatInfo.sha1', allow: null },
  { operation: 'GET /web/api/v2.1/threats', status: 200, path: '$.data[*].threatInfo.sha256', allow: null },
  { operation: 'GET /web/api/v2.1/threats', status: 200, path: '$.data[*].threatInfo.md5', allow: null },
];

const inCi = process.env.CI === 'true';
const here = path.dirname(fileURLToPath(import.meta.url));

function unavailable(message) {
  console.error(message);
  if (inCi) {
    console.error('CI=true: this is a failure, not a skip.');
    process.exit(1);
  }
  console.error('Skipped (exit 77); with CI=true this fails.');
  process.exit(77);
}

function usage(message) {
  console.error(`s1-conformance.mjs: ${message}`);
  console.error('usage: node s1-conformance.mjs --spec <s1-subset.swagger.json> (--captures <dir> | --self-test)');
  process.exit(2);
}

// --- arguments --------------------------------------------------------------------------------------
const options = { spec: null, captures: null, selfTest: false };
{
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--spec' || arg === '--captures') {
      if (i + 1 >= argv.length) usage(`${arg} needs a value`);
      options[arg.slice(2)] = argv[++i];
    } else if (arg === '--self-test') {
      options.selfTest = true;
    } else if (arg === '-h' || arg === '--help') {
      console.log('usage: node s1-conformance.mjs --spec <s1-subset.swagger.json> (--captures <dir> | --self-test)');
      process.exit(0);
    } else {
      usage(`unknown argument ${arg}`);
    }
  }
  if (!options.spec) usage('--spec is required');
  if (!options.selfTest && !options.captures) usage('--captures <dir> or --self-test is required');
}

if (!existsSync(options.spec)) {
  unavailable(
    `SentinelOne spec missing: ${options.spec}\n` +
      'The project reads ../shared/s1-spec/ beside the checkout (see ../shared/s1-spec/SOURCE.txt).',
  );
}

let Ajv;
let addFormats;
try {
  Ajv = (await import('ajv')).default;
  addFormats = (await import('ajv-formats')).default;
} catch (error) {
  unavailable(
    `ajv is not installed in ${path.join(here, 'node_modules')} (${error.code ?? error.message}).\n` +
      `Install it with: npm ci --no-audit --no-fund --prefix ${here}   (scripts/test does this)`,
  );
}

let spec;
try {
  spec = JSON.parse(readFileSync(options.spec, 'utf8'));
} catch (error) {
  console.error(`the spec ${options.spec} is not JSON: ${error.message}`);
  console.log('conformance: 0 passed, 1 failed');
  process.exit(1);
}
if (spec.swagger !== '2.0' || typeof spec.paths !== 'object') {
  console.error(`the spec ${options.spec} is not a Swagger 2.0 document`);
  console.log('conformance: 0 passed, 1 failed');
  process.exit(1);
}

// --- Swagger 2.0 schema -> JSON Schema (draft-07, what ajv's default class takes) -------------------
const SPEC_ID = 'urn:s1bridge:s1-spec';
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];
// Annotations and vendor extensions that carry no validation: dropped (x-nullable is read first).
const DROPPED = new Set(['example', 'readOnly', 'xml', 'externalDocs', 'discriminator']);

function convertSchema(schema) {
  if (Array.isArray(schema)) return schema.map(convertSchema);
  if (schema === null || typeof schema !== 'object') return schema;
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key.startsWith('x-') || DROPPED.has(key)) continue;
    if (key === '$ref') {
      out.$ref = value.startsWith('#/') ? `${SPEC_ID}${value}` : value;
    } else if (key === 'properties') {
      out.properties = Object.fromEntries(Object.entries(value).map(([name, s]) => [name, convertSchema(s)]));
    } else if (key === 'items' || key === 'not') {
      out[key] = convertSchema(value);
    } else if (key === 'additionalProperties') {
      out[key] = typeof value === 'object' ? convertSchema(value) : value;
    } else if (key === 'allOf' || key === 'anyOf' || key === 'oneOf') {
      out[key] = value.map(convertSchema);
    } else {
      out[key] = value;
    }
  }
  // Swagger 2.0 (draft-04) exclusiveMinimum/exclusiveMaximum are booleans; draft-07 wants numbers.
  for (const [flag, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ]) {
    if (out[flag] === true && typeof out[bound] === 'number') {
      out[flag] = out[bound];
      delete out[bound];
    } else if (typeof out[flag] === 'boolean') {
      delete out[flag];
    }
  }
  if (schema['x-nullable'] === true) {
    if (out.$ref) return { anyOf: [{ type: 'null' }, out] };
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  } else if (out.$ref && Object.keys(out).length > 1) {
    const { $ref, ...rest } = out;
    return { allOf: [{ $ref }, rest] };
  }
  return out;
}

// The only pattern in these operations is Django's EmailValidator expression (contactEmail), which
// Django compiles with re.IGNORECASE and with Python's octal escapes: compile patterns the same way
// (case-insensitive, no "u" flag), or the spec's own example "admin@sentinelone.com" would not match.
const ajv = new Ajv({
  allErrors: true,
  strict: false,
  unicodeRegExp: false,
  code: { regExp: (pattern, flags) => new RegExp(pattern, `${flags}i`) },
});
addFormats(ajv);
{
  // Formats ajv-formats does not know are not checked (registered as always valid).
  const formats = new Set();
  JSON.stringify(spec, (key, value) => {
    if (key === 'format' && typeof value === 'string') formats.add(value);
    return value;
  });
  for (const format of formats) if (!ajv.formats[format]) ajv.addFormat(format, true);
}
ajv.addSchema({
  $id: SPEC_ID,
  definitions: Object.fromEntries(Object.entries(spec.definitions ?? {}).map(([name, s]) => [name, convertSchema(s)])),
});

const compiled = new Map();
function validatorFor(key, schema) {
  if (!compiled.has(key)) compiled.set(key, ajv.compile(convertSchema(schema)));
  return compiled.get(key);
}

// --- operations and path matching ------------------------------------------------------------------
const routes = Object.entries(spec.paths).map(([template, item]) => ({
  template,
  segments: template.split('/'),
  item,
}));

function isParamSegment(segment) {
  return /^\{[^}]+\}$/.test(segment);
}

// The operations whose template matches `concretePath`, most specific first: at the first segment
// where two templates differ, a literal beats a {parameter}.
function matchingRoutes(concretePath) {
  const segments = concretePath.split('/');
  const matches = [];
  for (const route of routes) {
    if (route.segments.length !== segments.length) continue;
    const params = {};
    let ok = true;
    for (let i = 0; i < segments.length && ok; i += 1) {
      const t = route.segments[i];
      if (isParamSegment(t)) {
        let value = segments[i];
        try {
          value = decodeURIComponent(value);
        } catch {
          // keep the raw segment
        }
        if (value === '') ok = false;
        else params[t.slice(1, -1)] = value;
      } else if (t !== segments[i]) {
        ok = false;
      }
    }
    if (ok) matches.push({ route, params });
  }
  const rank = (r) => r.route.segments.map((s) => (isParamSegment(s) ? '0' : '1')).join('');
  return matches.sort((a, b) => (rank(a) < rank(b) ? 1 : rank(a) > rank(b) ? -1 : 0));
}

function resolveOperation(method, concretePath) {
  const lower = String(method).toLowerCase();
  const matches = matchingRoutes(concretePath);
  for (const m of matches) {
    const operation = m.route.item[lower];
    if (operation) {
      // Path-level parameters, overridden by the operation's own (same name and location).
      const params = new Map();
      for (const p of [...(m.route.item.parameters ?? []), ...(operation.parameters ?? [])])
        params.set(`${p.in}:${p.name}`, p);
      return {
        label: `${String(method).toUpperCase()} ${m.route.template}`,
        template: m.route.template,
        operation,
        parameters: [...params.values()],
        pathParams: m.params,
      };
    }
  }
  if (matches.length) {
    const defined = HTTP_METHODS.filter((mm) => matches.some((m) => m.route.item[mm])).map((mm) => mm.toUpperCase());
    return { error: `${String(method).toUpperCase()} is not an operation of ${matches[0].route.template} (the spec defines ${defined.join(', ')})` };
  }
  return { error: 'no path of the spec matches' };
}

// --- values on the wire ----------------------------------------------------------------------------
const COLLECTION_SEPARATORS = { csv: ',', ssv: ' ', tsv: '\t', pipes: '|' };

function coerceScalar(type, raw) {
  if (typeof raw !== 'string') return raw;
  if (type === 'integer' && /^[+-]?\d+$/.test(raw)) return Number(raw);
  if (type === 'number' && /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(raw)) return Number(raw);
  if (type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true';
  return raw; // left as a string: the schema's type check names the problem
}

// A parameter's wire value (string) -> the typed value its schema describes.
function coerceParameter(param, raw) {
  if (param.type === 'array') {
    const format = param.collectionFormat ?? 'csv';
    const parts = format === 'multi' ? [].concat(raw) : String(raw).split(COLLECTION_SEPARATORS[format] ?? ',');
    return parts.map((part) => coerceScalar(param.items?.type, part));
  }
  return coerceScalar(param.type, raw);
}

const PARAMETER_SCHEMA_KEYS = [
  'type', 'format', 'enum', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf',
  'minLength', 'maxLength', 'pattern', 'items', 'minItems', 'maxItems', 'uniqueItems',
];
function parameterSchema(param) {
  const schema = {};
  for (const key of PARAMETER_SCHEMA_KEYS) if (key in param) schema[key] = param[key];
  return schema; // x-nullable is meaningless on the wire (a query value is never null)
}

// --- messages and paths ----------------------------------------------------------------------------
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
function pathFromPointer(root, pointer) {
  let out = root;
  if (!pointer) return out;
  for (const raw of pointer.split('/').slice(1)) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (/^\d+$/.test(token)) out += `[${token}]`;
    else if (IDENTIFIER.test(token)) out += `.${token}`;
    else out += `[${JSON.stringify(token)}]`;
  }
  return out;
}
const genericPath = (p) => p.replace(/\[\d+\]/g, '[*]');

function valueAt(data, pointer) {
  let value = data;
  if (!pointer) return value;
  for (const raw of pointer.split('/').slice(1)) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (value === null || typeof value !== 'object') return undefined;
    value = value[token];
  }
  return value;
}

function brief(value) {
  if (value === undefined) return '';
  let text = JSON.stringify(value);
  if (text === undefined) return '';
  if (text.length > 80) text = `${text.slice(0, 77)}...`;
  return text;
}

// ajv errors -> problems {where, path, message, value}. `root` names the part ("query.limit",
// "requestBody", "responseBody"). Waivers apply to response bodies only.
function ajvProblems(errors, data, root, waiverContext) {
  const problems = [];
  for (const e of errors ?? []) {
    let pointer = e.instancePath;
    let message = e.message;
    if (e.keyword === 'required') {
      pointer += `/${e.params.missingProperty.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      message = 'required property is missing';
    } else if (e.keyword === 'additionalProperties') {
      pointer += `/${e.params.additionalProperty.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      message = 'property not allowed by the schema (additionalProperties)';
    } else if (e.keyword === 'enum') {
      message = `must be one of ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    } else if (e.keyword === 'type') {
      message = `must be ${[].concat(e.params.type).join(' or ')}`;
    }
    const value = e.keyword === 'required' ? undefined : valueAt(data, pointer);
    const jsonPath = pathFromPointer(root, pointer);
    if (waiverContext && e.keyword === 'type' && value === null) {
      const relative = genericPath(pathFromPointer('$', pointer));
      const waiver = WAIVERS.find(
        (w) => w.operation === waiverContext.operation && w.status === waiverContext.status && w.path === relative && w.allow === null,
      );
      if (waiver) {
        waiverContext.waived.push(waiver);
        continue;
      }
    }
    problems.push({ path: jsonPath, message, value });
  }
  return problems;
}

// --- one exchange ----------------------------------------------------------------------------------
const NO_RESPONSE_CHECK_FAULTS = new Set(['html', 'truncate', 'drop']);
// Statuses by which a server refuses the request itself (see the header).
const REJECTING_STATUSES = new Set([400, 404, 405, 413, 414, 422]);

function isErrorEnvelope(body) {
  return body !== null && typeof body === 'object' && !Array.isArray(body) && Array.isArray(body.errors);
}

// Returns { label, status, requestProblems, responseProblems, waived, rejected }.
function checkExchange(line) {
  const result = { label: '(capture)', status: '-', requestProblems: [], responseProblems: [], waived: [], rejected: false };
  if (line === null || typeof line !== 'object' || Array.isArray(line)) {
    result.requestProblems.push({ path: '$', message: 'capture line is not a JSON object' });
    return result;
  }
  const { method, path: concretePath, status } = line;
  if (typeof method !== 'string' || typeof concretePath !== 'string' || !Number.isInteger(status)) {
    result.requestProblems.push({ path: '$', message: 'capture line lacks method, path or an integer status' });
    return result;
  }
  result.status = status;
  const query = line.query ?? {};
  const requestBody = line.requestBody ?? null;
  const responseBody = line.responseBody === undefined ? null : line.responseBody;
  const checkResponse = !NO_RESPONSE_CHECK_FAULTS.has(String(line.fault ?? ''));

  const resolved = resolveOperation(method, concretePath);
  if (resolved.error) {
    result.label = `${method.toUpperCase()} ${line.template ?? concretePath}`;
    result.requestProblems.push({ path: 'path', message: `unknown operation: ${resolved.error}`, value: concretePath });
    if (checkResponse && status >= 400 && !isErrorEnvelope(responseBody))
      result.responseProblems.push({ path: 'responseBody', message: 'an error answer must be a JSON object with an "errors" array', value: responseBody });
    result.rejected = REJECTING_STATUSES.has(status);
    return result;
  }
  const { operation, parameters } = resolved;
  result.label = resolved.label;

  // Request: path parameters, query parameters, body.
  for (const p of parameters.filter((pp) => pp.in === 'path')) {
    const value = resolved.pathParams[p.name];
    if (value === undefined) continue;
    const typed = coerceParameter(p, value);
    const validate = validatorFor(`param:${resolved.label}:path:${p.name}`, parameterSchema(p));
    if (!validate(typed)) result.requestProblems.push(...ajvProblems(validate.errors, typed, `path.${p.name}`));
  }
  if (query === null || typeof query !== 'object' || Array.isArray(query)) {
    result.requestProblems.push({ path: 'query', message: 'capture "query" is not an object' });
  } else {
    const declared = new Map(parameters.filter((p) => p.in === 'query').map((p) => [p.name, p]));
    for (const [name, raw] of Object.entries(query)) {
      const param = declared.get(name);
      const root = IDENTIFIER.test(name) ? `query.${name}` : `query[${JSON.stringify(name)}]`;
      if (!param) {
        result.requestProblems.push({ path: root, message: 'unknown query parameter (not declared by the operation)', value: raw });
        continue;
      }
      if (Array.isArray(raw) && param.collectionFormat !== 'multi') {
        result.requestProblems.push({ path: root, message: 'sent more than once (the spec takes one value)', value: raw });
        continue;
      }
      const typed = coerceParameter(param, raw);
      const validate = validatorFor(`param:${resolved.label}:query:${name}`, parameterSchema(param));
      if (!validate(typed)) {
        for (const problem of ajvProblems(validate.errors, typed, root)) {
          problem.value = raw; // show what was on the wire
          result.requestProblems.push(problem);
        }
      }
    }
    for (const p of declared.values())
      if (p.required && !(p.name in query))
        result.requestProblems.push({ path: `query.${p.name}`, message: 'required query parameter is missing' });
  }
  const bodyParam = parameters.find((p) => p.in === 'body');
  if (bodyParam) {
    if (requestBody === null) {
      if (bodyParam.required) result.requestProblems.push({ path: 'requestBody', message: 'required body is missing' });
    } else {
      const validate = validatorFor(`body:${resolved.label}`, bodyParam.schema ?? {});
      if (!validate(requestBody)) result.requestProblems.push(...ajvProblems(validate.errors, requestBody, 'requestBody'));
    }
  } else if (requestBody !== null) {
    result.requestProblems.push({ path: 'requestBody', message: 'the operation takes no request body', value: requestBody });
  }
  result.rejected = result.requestProblems.length > 0 && REJECTING_STATUSES.has(status);

  // Response.
  if (!checkResponse) return result;
  const responses = operation.responses ?? {};
  const documented = responses[String(status)] ?? responses.default;
  if (documented?.schema) {
    const validate = validatorFor(`response:${resolved.label}:${String(status) in responses ? status : 'default'}`, documented.schema);
    if (!validate(responseBody)) {
      const context = { operation: resolved.label, status, waived: result.waived };
      result.responseProblems.push(...ajvProblems(validate.errors, responseBody, 'responseBody', context));
    }
  } else if (status >= 400) {
    if (!isErrorEnvelope(responseBody))
      result.responseProblems.push({ path: 'responseBody', message: 'an error answer must be a JSON object with an "errors" array', value: responseBody });
  } else if (!documented) {
    result.responseProblems.push({ path: 'status', message: `status ${status} is not documented for this operation (documented: ${Object.keys(responses).join(', ')})`, value: status });
  }
  return result;
}

// A line conforms when its answer conforms and its request does too, or was rejected (REJECTING_STATUSES).
function lineFails(result) {
  return result.responseProblems.length > 0 || (result.requestProblems.length > 0 && !result.rejected);
}

// --- self-test -------------------------------------------------------------------------------------
const THREAT = {
  id: '1941708587784279429',
  threatInfo: {
    threatId: '1941708587784279429', threatName: 'xmrig.exe', sha1: '43e499bbdd5a6311abc12f4d3a56d76243de3b84',
    sha256: null, md5: null, confidenceLevel: 'malicious', analystVerdict: 'undefined', incidentStatus: 'unresolved',
    mitigationStatus: 'mitigated', createdAt: '2026-12-01T23:09:47.418166Z', updatedAt: '2026-12-01T23:09:51.220568Z',
  },
  agentRealtimeInfo: { agentComputerName: 'LT-HR-8067', siteId: '1876710080008398791' },
};
const PAGE = { nextCursor: null, totalItems: 1 };
const RULE = {
  name: 'Block list (1)', action: 'Block', status: 'Enabled', direction: 'any', osTypes: ['windows', 'linux'],
  remoteHosts: [{ type: 'addresses', values: ['192.0.2.1', '192.0.2.2'] }],
};
const SELF_TESTS = [
  { good: true, name: 'threat list with filters, null hashes waived', line: {
    method: 'GET', path: '/web/api/v2.1/threats',
    query: { siteIds: '1876710080008398791', incidentStatuses: 'unresolved,in_progress', noteExists: 'true', sortBy: 'createdAt', sortOrder: 'desc', createdAt__gte: '2026-01-01T00:00:00.000000Z', limit: '1000', cursor: 'abc' },
    requestBody: null, status: 200, responseBody: { data: [THREAT], pagination: PAGE } } },
  { good: true, name: 'note list', line: {
    method: 'GET', path: '/web/api/v2.1/threats/1941708587784279429/notes', query: { limit: '1000' }, requestBody: null, status: 200,
    responseBody: { data: [{ id: '1946000000000000001', text: '[OpenCTI_add]', creator: 'Jane Analyst', creatorId: '1466523455634785813', createdAt: '2026-12-01T23:09:47.418166Z', updatedAt: '2026-12-01T23:09:47.418166Z', edited: false }], pagination: PAGE } } },
  { good: true, name: 'note add', line: {
    method: 'POST', path: '/web/api/v2.1/threats/notes', query: {},
    requestBody: { data: { text: '[OpenCTI_add]' }, filter: { ids: ['1941708587784279429'] } }, status: 200, responseBody: { data: { affected: 1 } } } },
  { good: true, name: 'note delete', line: {
    method: 'DELETE', path: '/web/api/v2.1/threats/1941708587784279429/notes/1946000000000000001', query: {}, requestBody: null, status: 200, responseBody: { data: { success: true } } } },
  { good: true, name: 'firewall rule create', line: {
    method: 'POST', path: '/web/api/v2.1/firewall-control', query: {},
    requestBody: { data: RULE, filter: { siteIds: ['1876710080008398791'] } }, status: 200, responseBody: { data: { ...RULE, id: '1950000000000000001', order: 1, scope: 'site', scopeId: '1876710080008398791' } } } },
  { good: true, name: 'literal path segment wins: firewall protocols', line: {
    method: 'GET', path: '/web/api/v2.1/firewall-control/protocols', query: { limit: '10' }, requestBody: null, status: 200, responseBody: { data: [], pagination: PAGE } } },
  { good: true, name: 'literal path segment wins: firewall rule reorder', line: {
    method: 'PUT', path: '/web/api/v2.1/firewall-control/reorder', query: {},
    requestBody: { data: [{ id: '1950000000000000001', order: 1 }], filter: { siteIds: ['1876710080008398791'] } }, status: 200, responseBody: { data: { success: true } } } },
  { good: true, name: 'undocumented 404 with the error envelope', line: {
    method: 'DELETE', path: '/web/api/v2.1/threats/1941708587784279429/notes/1', query: {}, requestBody: null, status: 404,
    responseBody: { errors: [{ code: 4040010, title: 'Not Found', detail: 'No such note' }] } } },
  { good: true, name: 'invalid note text rejected with a conforming 400', line: {
    method: 'POST', path: '/web/api/v2.1/threats/notes', query: {},
    requestBody: { data: { text: 'x' }, filter: { ids: ['1941708587784279429'] } }, status: 400,
    responseBody: { errors: [{ code: 4000010, title: 'Validation Error', detail: 'text: too short' }] } } },
  { good: true, name: 'html fault: response not checked', line: {
    method: 'GET', path: '/web/api/v2.1/sites', query: { limit: '1' }, requestBody: null, status: 200, responseBody: null, fault: 'html' } },

  { good: false, expect: 'unknown query parameter', name: 'unknown query parameter', line: {
    method: 'GET', path: '/web/api/v2.1/threats', query: { displayName__like: 'xmrig', limit: '10' }, requestBody: null, status: 200, responseBody: { data: [], pagination: PAGE } } },
  { good: false, expect: 'query.siteIds: unknown query parameter', name: 'protocols is not a rule category (siteIds is declared by GET /firewall-control/{firewall_rule_category} only)', line: {
    method: 'GET', path: '/web/api/v2.1/firewall-control/protocols', query: { siteIds: '1876710080008398791' }, requestBody: null, status: 200, responseBody: { data: [], pagination: PAGE } } },
  { good: false, expect: 'requestBody.data.action: must be one of', name: 'firewall rule with a wrong action enum', line: {
    method: 'POST', path: '/web/api/v2.1/firewall-control', query: {},
    requestBody: { data: { ...RULE, action: 'Deny' }, filter: { siteIds: ['1876710080008398791'] } }, status: 200, responseBody: { data: RULE } } },
  { good: false, expect: 'responseBody.data.remoteHosts[0].type: must be one of', name: 'firewall answer with a wrong remoteHosts type', line: {
    method: 'PUT', path: '/web/api/v2.1/firewall-control/1950000000000000001', query: {},
    requestBody: { data: { status: 'Disabled' } }, status: 200, responseBody: { data: { ...RULE, remoteHosts: [{ type: 'ip', values: ['192.0.2.1'] }] } } } },
  { good: false, expect: 'requestBody.data.text: must NOT have fewer than 2 characters', name: 'note text of 1 character accepted', line: {
    method: 'POST', path: '/web/api/v2.1/threats/notes', query: {},
    requestBody: { data: { text: 'x' }, filter: { ids: ['1941708587784279429'] } }, status: 200, responseBody: { data: { affected: 1 } } } },
  { good: false, expect: 'responseBody.data: must be array', name: 'threat list whose data is not an array', line: {
    method: 'GET', path: '/web/api/v2.1/threats', query: { limit: '10' }, requestBody: null, status: 200, responseBody: { data: { threats: [THREAT] }, pagination: PAGE } } },
  { good: false, expect: 'responseBody.pagination: required property is missing', name: 'threat list without pagination', line: {
    method: 'GET', path: '/web/api/v2.1/threats', query: {}, requestBody: null, status: 200, responseBody: { data: [THREAT] } } },
  { good: false, expect: 'threatInfo.threatName: must be string', name: 'null threat name is not waived', line: {
    method: 'GET', path: '/web/api/v2.1/threats', query: {}, requestBody: null, status: 200,
    responseBody: { data: [{ ...THREAT, threatInfo: { ...THREAT.threatInfo, threatName: null } }], pagination: PAGE } } },
  { good: false, expect: 'query.limit: must be <= 1000', name: 'limit above 1000', line: {
    method: 'GET', path: '/web/api/v2.1/threats', query: { limit: '5000' }, requestBody: null, status: 200, responseBody: { data: [], pagination: PAGE } } },
  { good: false, expect: 'query.limit: must be integer', name: 'limit not an integer', line: {
    method: 'GET', path: '/web/api/v2.1/sites', query: { limit: 'ten' }, requestBody: null, status: 200, responseBody: { data: { sites: [] }, pagination: PAGE } } },
  { good: false, expect: 'query.noteExists: must be boolean', name: 'boolean sent as 1', line: {
    method: 'GET', path: '/web/api/v2.1/threats', query: { noteExists: '1' }, requestBody: null, status: 200, responseBody: { data: [], pagination: PAGE } } },
  { good: false, expect: 'query.incidentStatuses[1]: must be one of', name: 'csv item outside its enum', line: {
    method: 'GET', path: '/web/api/v2.1/threats', query: { incidentStatuses: 'unresolved,open' }, requestBody: null, status: 200, responseBody: { data: [], pagination: PAGE } } },
  { good: false, expect: 'query.updatedAt__gte: must match format "date-time"', name: 'date-time without a time zone', line: {
    method: 'GET', path: '/web/api/v2.1/threat-intelligence/iocs', query: { creationTime__gte: '2026-01-01T00:00:00Z', updatedAt__gte: '2026-01-01T00:00:00' }, requestBody: null, status: 200, responseBody: { data: [], pagination: PAGE } } },
  { good: false, expect: 'unknown operation', name: 'operation not in the spec', line: {
    method: 'GET', path: '/web/api/v2.1/threats/1941708587784279429', query: {}, requestBody: null, status: 200, responseBody: { data: THREAT } } },
  { good: false, expect: 'requestBody.data[0].source: required property is missing', name: 'IOC without a source', line: {
    method: 'POST', path: '/web/api/v2.1/threat-intelligence/iocs', query: {},
    requestBody: { data: [{ type: 'IPV4', value: '192.0.2.1', method: 'EQUALS' }], filter: { accountIds: ['1875577617928177054'] } }, status: 200, responseBody: { data: [] } } },
  { good: false, expect: 'status 201 is not documented', name: 'undocumented success status', line: {
    method: 'POST', path: '/web/api/v2.1/threats/notes', query: {},
    requestBody: { data: { text: '[OpenCTI_add]' }, filter: { ids: ['1941708587784279429'] } }, status: 201, responseBody: { data: { affected: 1 } } } },
  { good: false, expect: 'an error answer must be a JSON object with an "errors" array', name: 'error answer without the envelope', line: {
    method: 'GET', path: '/web/api/v2.1/threats', query: {}, requestBody: null, status: 429, responseBody: { message: 'slow down' } } },
  { good: false, expect: 'responseBody.errors[0].detail: required property is missing', name: '400 answer whose error lacks detail', line: {
    method: 'GET', path: '/web/api/v2.1/threats', query: { limit: '0' }, requestBody: null, status: 400, responseBody: { errors: [{ code: 4000010, title: 'Validation Error' }] } } },
  { good: false, expect: 'query.sortOrder: must be one of', name: 'bad request answered 429 is not a rejection', line: {
    method: 'GET', path: '/web/api/v2.1/threats', query: { sortOrder: 'DESC' }, requestBody: null, status: 429,
    responseBody: { errors: [{ code: 4290010, title: 'Too Many Requests', detail: 'Rate limit exceeded' }] } } },
  { good: false, expect: 'the operation takes no request body', name: 'GET with a body', line: {
    method: 'GET', path: '/web/api/v2.1/accounts', query: {}, requestBody: { filter: {} }, status: 200, responseBody: { data: [], pagination: PAGE } } },
];

function describe(problem) {
  return `${problem.path}: ${problem.message}`;
}

if (options.selfTest) {
  let passed = 0;
  let failed = 0;
  for (const test of SELF_TESTS) {
    const result = checkExchange(test.line);
    const problems = [...result.requestProblems, ...result.responseProblems].map(describe);
    const fails = lineFails(result);
    const kind = test.good ? 'good' : 'bad ';
    if (test.good && !fails) {
      passed += 1;
      console.log(`ok   ${kind} ${test.name}${result.waived.length ? ` (waived: ${result.waived.map((w) => w.path).join(', ')})` : ''}`);
    } else if (test.good) {
      failed += 1;
      console.log(`FAIL ${kind} ${test.name} was rejected: ${problems.join('; ')}`);
    } else if (!fails) {
      failed += 1;
      console.log(`FAIL ${kind} ${test.name} was accepted; it must be rejected (${test.expect})`);
    } else if (!problems.some((p) => p.includes(test.expect))) {
      failed += 1;
      console.log(`FAIL ${kind} ${test.name} was rejected, but not for "${test.expect}": ${problems.join('; ')}`);
    } else {
      passed += 1;
      console.log(`ok   ${kind} ${test.name}: ${problems.join('; ')}`);
    }
  }
  console.log(`self-test: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
}

// --- captures --------------------------------------------------------------------------------------
function captureFiles(dir) {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .map((name) => path.join(dir, name))
    .filter((file) => statSync(file).isFile());
}

const problems = new Map(); // key -> { text, count, first, value }
const rejected = new Map(); // key -> { text, count, first }
const waived = new Map(); // waiver -> count
const seen = new Map(); // "label status" -> count
let passed = 0;
let failed = 0;

function record(map, key, text, where, value) {
  const entry = map.get(key);
  if (entry) entry.count += 1;
  else map.set(key, { text, count: 1, first: where, value });
}

const files = captureFiles(options.captures);
for (const file of files) {
  const name = path.basename(file);
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((text, index) => {
    if (text.trim() === '') return;
    const where = `${name}:${index + 1}`;
    let line;
    try {
      line = JSON.parse(text);
    } catch (error) {
      failed += 1;
      record(problems, `(capture) not JSON`, '(capture): the line is not JSON', where, text.slice(0, 60));
      return;
    }
    const result = checkExchange(line);
    const head = `${result.label} -> ${result.status}`;
    seen.set(head, (seen.get(head) ?? 0) + 1);
    for (const w of result.waived) waived.set(w, (waived.get(w) ?? 0) + 1);
    const reportRequest = !result.rejected;
    for (const p of result.requestProblems) {
      const text = `${head}: ${genericPath(p.path)}: ${p.message}`;
      record(reportRequest ? problems : rejected, text, text, where, p.value);
    }
    for (const p of result.responseProblems) {
      const text = `${head}: ${genericPath(p.path)}: ${p.message}`;
      record(problems, text, text, where, p.value);
    }
    if (lineFails(result)) failed += 1;
    else passed += 1;
  });
}

const ordered = (map) => [...map.values()].sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
for (const [head, count] of [...seen].sort()) console.log(`seen ${String(count).padStart(6)}  ${head}`);
for (const [w, count] of waived) console.log(`waived ${count}x: ${w.operation} -> ${w.status}: ${w.path} null (WAIVERS)`);
for (const r of ordered(rejected))
  console.log(`rejected ${r.count}x (refused by the simulator, as the console would): ${r.text}  [first: ${r.first}]`);
for (const p of ordered(problems)) {
  const value = brief(p.value);
  console.log(`FAIL ${p.count}x ${p.text}  [first: ${p.first}${value ? `, value ${value}` : ''}]`);
}
if (passed + failed === 0) console.log(`no captures found in ${options.captures} (*.jsonl written by s1bridge-sim with S1SIM_CAPTURE_DIR)`);
console.log(`conformance: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
