#!/usr/bin/env node
/**
 * Fails when a log file holds personal data: a valid CPR number (with or without the dash), the
 * name of a demo citizen, or a test citizen's name ("Testborger …", what the test factories
 * create). Run by `npm test` over the logs of the API and worker the e2e specs talked to (issue 15:
 * "logs of a full e2e run contain no CPR number or demo citizen name").
 *   node scripts/check-logs.mjs FILE...
 * Prints where (file:line and the kind of finding), never the finding itself. Needs the built
 * packages (`npx turbo run build`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { isValidCpr } = await import(pathToFileURL(path.join(root, 'packages/domain/dist/cpr.js')).href);
const { generateDemoData } = await import(pathToFileURL(path.join(root, 'packages/db/dist/demo/index.js')).href);

const CPR_CANDIDATE = /(?<![\d-])(\d{6})-?(\d{4})(?![\d-])/g;
const TEST_CITIZEN = /Testborger [0-9a-z]{4,}/i;
const demoNames = generateDemoData().teams.flatMap((t) => t.citizens.map((c) => c.name));

/**
 * UUIDs (request, tenant and user ids on every JSON log line, ADR 0022) are ids, not CPR numbers,
 * but ten decimal digits in a row inside one can look like one: take them out first.
 */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** The kinds of personal data found in one line. */
export function findings(raw) {
  const kinds = [];
  const line = raw.replace(UUID, 'uuid');
  for (const m of line.matchAll(CPR_CANDIDATE)) {
    if (isValidCpr(`${m[1]}${m[2]}`)) {
      kinds.push('CPR number');
      break;
    }
  }
  if (TEST_CITIZEN.test(line)) kinds.push('test citizen name');
  if (demoNames.some((name) => line.includes(name))) kinds.push('demo citizen name');
  return kinds;
}

function main(files) {
  if (files.length === 0) {
    console.error('usage: node scripts/check-logs.mjs FILE...');
    return 2;
  }
  let lines = 0;
  const found = [];
  for (const file of files) {
    if (!fs.existsSync(file)) {
      console.error(`${file}: missing`);
      return 2;
    }
    const text = fs.readFileSync(file, 'utf8').split('\n');
    lines += text.length;
    text.forEach((line, i) => {
      for (const kind of findings(line)) found.push(`${path.relative(process.cwd(), file)}:${i + 1}: ${kind}`);
    });
  }
  for (const f of found.slice(0, 30)) console.log(`  ✕ ${f}`);
  if (found.length > 30) console.log(`  … and ${found.length - 30} more`);
  console.log(`${files.length} log file(s), ${lines} lines, ${demoNames.length} demo names checked: ${found.length} finding(s) of personal data`);
  return found.length ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exit(main(process.argv.slice(2)));
