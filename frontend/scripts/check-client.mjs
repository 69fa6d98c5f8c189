// @ts-check
// Fails when src/client/ is not what @hey-api/openapi-ts generates from ../openapi/openapi.json,
// i.e. when someone changed the API spec without running `npm run generate:client`.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClient } from '@hey-api/openapi-ts';
import { clientConfig, clientPath, specPath } from '../openapi-ts.config.mjs';

/** @param {string} dir @returns {string[]} paths relative to dir */
function listFiles(dir, prefix = '') {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

if (!existsSync(specPath)) {
  console.error(`check:client: ${specPath} does not exist; export the API spec first.`);
  process.exit(1);
}

const scratch = mkdtempSync(path.join(tmpdir(), 'onderdak-client-'));
try {
  const fresh = path.join(scratch, 'client');
  await createClient({ ...clientConfig(fresh), logs: { file: false, level: 'silent' } });

  const committed = new Set(listFiles(clientPath));
  const generated = new Set(listFiles(fresh));
  const problems = [
    ...[...generated].filter((file) => !committed.has(file)).map((file) => `missing:  src/client/${file}`),
    ...[...committed].filter((file) => !generated.has(file)).map((file) => `extra:    src/client/${file}`),
    ...[...generated]
      .filter((file) => committed.has(file))
      .filter((file) => readFileSync(path.join(fresh, file), 'utf8') !== readFileSync(path.join(clientPath, file), 'utf8'))
      .map((file) => `differs:  src/client/${file}`),
  ];

  if (problems.length > 0) {
    console.error('check:client FAILED: src/client/ is out of date with ../openapi/openapi.json');
    for (const problem of problems) console.error(`  ${problem}`);
    console.error('Run `npm run generate:client` (in frontend/) and commit the result.');
    process.exitCode = 1;
  } else {
    console.log(`check:client OK: src/client/ (${generated.size} files) matches ../openapi/openapi.json`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
