#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Validates S1 Bridge's GraphQL documents against the OpenCTI schema with graphql-js (ctest
// graphql_conformance):
//
//   node validate.mjs <schema.graphql> <documents dir> [<bad documents dir>]
//
// Each .graphql file under <documents dir> (recursively) must
//   - parse, and pass graphql-js validate() with every standard rule (fields, arguments and their
//     types, variables, fragments...);
//   - pass the limits OpenCTI's server adds (opencti-graphql src/graphql/graphql.js, see the schema's
//     SOURCE.txt): a Mutation field at most once per document, a Query field at most twice
//     (graphql-no-alias: aliases do not help), a selection depth of at most 20;
//   - hold exactly one operation, named like the file (GraphQlDocuments::load(name) relies on it).
// When <documents dir> holds graphql.qrc, every document must be listed in it and every listed file
// must exist, so no document is forgotten by the resource system.
//
// Each file under <bad documents dir> is a deliberately wrong document that must be REJECTED; a line
// "# expect: <text>" names a part of the reason it must be rejected for. A bad document that passes
// is a failure: it proves the checks above no longer catch what they should.
//
// Prints one line per document and ends with "N passed, M failed". Exit status: 0 when everything
// passed, 1 on any failure, 77 (ctest SKIP_RETURN_CODE) when the schema or graphql-js is missing
// outside CI; with CI=true a missing schema or graphql-js is a failure (exit 1).

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MAX_MUTATION_FIELD_USES = 1;
const MAX_QUERY_FIELD_USES = 2;
const MAX_DEPTH = 20;

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
  console.error(`validate.mjs: ${message}`);
  console.error('usage: node validate.mjs <schema.graphql> <documents dir> [<bad documents dir>]');
  process.exit(2);
}

const [schemaPath, documentsDir, badDir] = process.argv.slice(2);
if (!schemaPath || !documentsDir) usage('missing arguments');
if (!existsSync(documentsDir) || !statSync(documentsDir).isDirectory())
  usage(`${documentsDir} is not a directory`);
if (badDir !== undefined && (!existsSync(badDir) || !statSync(badDir).isDirectory()))
  usage(`${badDir} is not a directory`);
if (!existsSync(schemaPath)) {
  unavailable(
    `OpenCTI schema missing: ${schemaPath}\n` +
      'The project reads ../shared/opencti-schema/ beside the checkout (see ../shared/opencti-schema/SOURCE.txt).',
  );
}

let graphql;
try {
  graphql = await import('graphql');
} catch (error) {
  unavailable(
    `graphql-js is not installed in ${path.join(here, 'node_modules')} (${error.code ?? error.message}).\n` +
      `Install it with: npm ci --no-audit --no-fund --prefix ${here}   (scripts/test does this)`,
  );
}
const { GraphQLError, Kind, TypeInfo, buildSchema, getNamedType, parse, validate, visit, visitWithTypeInfo } =
  graphql;

let schema;
try {
  schema = buildSchema(readFileSync(schemaPath, 'utf8'));
} catch (error) {
  console.error(`FAIL the schema ${schemaPath} does not build: ${error.message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
if (!schema.getQueryType() || !schema.getMutationType()) {
  console.error(`FAIL the schema ${schemaPath} has no Query or no Mutation type`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

function graphqlFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...graphqlFiles(full));
    else if (entry.isFile() && entry.name.endsWith('.graphql')) out.push(full);
  }
  return out.sort();
}

// graphql-no-alias: how often each root field is used, per root type, across the document.
function aliasProblems(document) {
  const typeInfo = new TypeInfo(schema);
  const uses = new Map(); // "Mutation.workAdd" -> count
  const roots = new Map([
    [schema.getMutationType(), MAX_MUTATION_FIELD_USES],
    [schema.getQueryType(), MAX_QUERY_FIELD_USES],
  ]);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const parent = typeInfo.getParentType();
        if (parent && roots.has(parent)) {
          const key = `${parent.name}.${typeInfo.getFieldDef()?.name ?? '?'}`;
          uses.set(key, (uses.get(key) ?? 0) + 1);
        }
      },
    }),
  );
  const problems = [];
  for (const [key, count] of uses) {
    const typeName = key.split('.')[0];
    const allowed = typeName === schema.getMutationType().name ? MAX_MUTATION_FIELD_USES : MAX_QUERY_FIELD_USES;
    if (count > allowed)
      problems.push(
        `${key} is used ${count} times; OpenCTI allows a ${typeName} field at most ${allowed === 1 ? 'once' : `${allowed} times`} per document (aliases do not help)`,
      );
  }
  return problems;
}

// The deepest chain of nested fields (a top-level field is depth 1), through fragments.
function depthProblems(document) {
  const fragments = new Map();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const depthOf = (selectionSet, seen) => {
    let deepest = 0;
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, seen));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet, seen));
      } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        if (fragments.has(name) && !seen.has(name))
          deepest = Math.max(deepest, depthOf(fragments.get(name).selectionSet, new Set([...seen, name])));
      }
    }
    return deepest;
  };
  const problems = [];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const depth = depthOf(definition.selectionSet, new Set());
    if (depth > MAX_DEPTH)
      problems.push(`selection depth ${depth}; OpenCTI allows at most ${MAX_DEPTH}`);
  }
  return problems;
}

// One named operation per file, named like the file.
function shapeProblems(document, file) {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const expected = path.basename(file, '.graphql');
  if (operations.length !== 1) return [`${operations.length} operations; a document holds exactly one`];
  const name = operations[0].name?.value;
  if (!name) return [`the operation is anonymous; name it ${expected}, like the file`];
  if (name !== expected) return [`the operation is named ${name}; name it ${expected}, like the file`];
  return [];
}

// Returns { problems: [...], summary } for one file.
function check(file) {
  let document;
  try {
    document = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { problems: [error instanceof GraphQLError ? error.message : String(error)] };
  }
  const problems = validate(schema, document).map((e) => e.message);
  problems.push(...aliasProblems(document), ...depthProblems(document), ...shapeProblems(document, file));
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  const summary = operation ? `${operation.operation} ${operation.name?.value ?? '(anonymous)'}` : '';
  // Root fields, with the type each answers (a quick read of what the document asks for).
  const rootType = operation ? schema.getRootType(operation.operation) : null;
  const fields = (operation?.selectionSet.selections ?? [])
    .filter((s) => s.kind === Kind.FIELD)
    .map((s) => {
      const def = rootType?.getFields()[s.name.value];
      return def ? `${s.name.value}: ${getNamedType(def.type).name}` : s.name.value;
    });
  return { problems, summary: fields.length ? `${summary} -> ${fields.join(', ')}` : summary };
}

let passed = 0;
let failed = 0;
const pass = (line) => {
  passed += 1;
  console.log(`ok   ${line}`);
};
const fail = (line) => {
  failed += 1;
  console.log(`FAIL ${line}`);
};
const rel = (file, base) => path.relative(base, file) || path.basename(file);

const documents = graphqlFiles(documentsDir);
if (documents.length === 0) fail(`${documentsDir}: no .graphql documents found`);
for (const file of documents) {
  const { problems, summary } = check(file);
  if (problems.length === 0) pass(`${rel(file, documentsDir)}  ${summary}`);
  else fail(`${rel(file, documentsDir)}: ${problems.join('; ')}`);
}

// The resource file lists exactly the documents of its folder.
const qrcPath = path.join(documentsDir, 'graphql.qrc');
if (existsSync(qrcPath)) {
  const listed = [...readFileSync(qrcPath, 'utf8').matchAll(/<file>([^<]+)<\/file>/g)].map((m) => m[1].trim());
  const onDisk = documents
    .filter((f) => path.resolve(path.dirname(f)) === path.resolve(documentsDir))
    .map((f) => path.basename(f));
  const notListed = onDisk.filter((f) => !listed.includes(f));
  const missing = listed.filter((f) => !existsSync(path.join(documentsDir, f)));
  if (notListed.length === 0 && missing.length === 0) pass(`graphql.qrc lists all ${onDisk.length} documents`);
  else
    fail(
      `graphql.qrc: ${[
        notListed.length ? `not listed: ${notListed.join(', ')}` : '',
        missing.length ? `listed but missing: ${missing.join(', ')}` : '',
      ]
        .filter(Boolean)
        .join('; ')}`,
    );
}

// Negative self-checks: each bad document must be rejected, for the reason it names.
if (badDir !== undefined) {
  const bad = graphqlFiles(badDir);
  if (bad.length === 0) fail(`${badDir}: no bad documents found; the self-check needs some`);
  for (const file of bad) {
    const name = `bad/${rel(file, badDir)}`;
    const expect = /^#\s*expect:\s*(.+?)\s*$/m.exec(readFileSync(file, 'utf8'))?.[1];
    const { problems } = check(file);
    if (problems.length === 0) {
      fail(`${name} was accepted; it must be rejected${expect ? ` (${expect})` : ''}`);
    } else if (expect && !problems.some((p) => p.includes(expect))) {
      fail(`${name} was rejected, but not for "${expect}": ${problems.join('; ')}`);
    } else {
      pass(`${name} rejected as it must be: ${problems.join('; ')}`);
    }
  }
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
