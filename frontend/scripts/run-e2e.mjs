// @ts-check
// `npm run e2e`: starts the real API on a fresh SQLite database with the demo data, serving the
// built app (frontend/dist), runs the browser tests in e2e/ against it, and stops it again.
//
// Arguments: the e2e files to run (`app hosts`); all of them without any.
// Env: ONDERDAK_PYTHON (default ../.venv/bin/python, relative to frontend/); CI=true makes a
// missing Chromium a failure instead of a skip.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath, resultsDir } from '../e2e/browser-paths.mjs';

const frontendDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = path.dirname(frontendDir.replace(/\/$/, ''));
const e2eDir = path.join(frontendDir, 'e2e');
const healthTimeoutMs = 60_000;

function resolvePython() {
  const python = process.env.ONDERDAK_PYTHON ?? '../.venv/bin/python';
  // A bare command name (python3) is looked up on PATH; a path is relative to frontend/.
  return python.includes('/') ? path.resolve(frontendDir, python) : python;
}

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/**
 * Runs `python -m api ...args` to completion; throws with its output when it fails.
 * @param {string} python
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} env
 */
function runCli(python, args, env) {
  console.log(`e2e: python -m api ${args.join(' ')}`);
  const result = spawnSync(python, ['-m', 'api', ...args], { cwd: repoRoot, env, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`python -m api ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stdout ?? ''}${result.stderr ?? ''}`);
  }
}

/**
 * @param {string} url
 * @param {import('node:child_process').ChildProcess} server
 */
async function waitForHealth(url, server) {
  const deadline = Date.now() + healthTimeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the API exited (code ${server.exitCode}) before it was healthy`);
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer 200 within ${healthTimeoutMs / 1000} s`);
}

/**
 * Stops the server and anything it started (it runs in its own process group).
 * @param {import('node:child_process').ChildProcess} server
 */
async function stop(server) {
  const group = server.pid;
  if (group === undefined || server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  process.kill(-group, 'SIGTERM');
  const timer = setTimeout(() => server.exitCode === null && process.kill(-group, 'SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/**
 * Runs e2e/*.test.mjs with node's test runner and prints a pass/fail count; resolves to the exit code.
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<number>}
 */
async function runTests(env) {
  // `npm run e2e -- app hosts` runs only e2e/app.test.mjs and e2e/hosts.test.mjs.
  const only = process.argv.slice(2).map((name) => `${name.replace(/\.test\.mjs$/, '')}.test.mjs`);
  const files = readdirSync(e2eDir)
    .filter((file) => file.endsWith('.test.mjs') && (only.length === 0 || only.includes(file)))
    .map((file) => path.join(e2eDir, file));
  const tapFile = path.join(resultsDir, 'e2e.tap');
  const runner = spawn(
    process.execPath,
    ['--test', '--test-concurrency=1', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tapFile}`, ...files],
    { cwd: frontendDir, env, stdio: 'inherit' },
  );
  const code = await new Promise((resolve) => runner.once('exit', (exitCode) => resolve(exitCode ?? 1)));
  const tap = existsSync(tapFile) ? readFileSync(tapFile, 'utf8') : '';
  const count = (/** @type {string} */ name) => Number(tap.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  console.log(`e2e: ${count('pass')} passed, ${count('fail')} failed`);
  return code === 0 && count('pass') > 0 ? 0 : 1;
}

async function main() {
  if (!existsSync(chromiumPath)) {
    if (process.env.CI === 'true') {
      console.error(`FAILED browser tests: ${chromiumPath} is missing (apt-get install -y chromium)`);
      return 1;
    }
    console.log('SKIPPED browser tests: chromium not installed');
    return 0;
  }
  if (!existsSync(path.join(frontendDir, 'dist', 'index.html'))) {
    console.error('FAILED browser tests: frontend/dist is not built; run `npm run build` first');
    return 1;
  }

  mkdirSync(resultsDir, { recursive: true });
  const python = resolvePython();
  const scratch = mkdtempSync(path.join(tmpdir(), 'onderdak-e2e-'));
  const env = { ...process.env, DATABASE_URL: `sqlite:///${scratch}/e2e.db`, ONDERDAK_ENV: 'development' };
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let server;
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let worker;
  const interrupt = () => {
    if (server?.pid) process.kill(-server.pid, 'SIGTERM');
    if (worker?.pid) process.kill(-worker.pid, 'SIGTERM');
    rmSync(scratch, { recursive: true, force: true });
    process.exit(130);
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  try {
    runCli(python, ['db', 'upgrade'], env);
    runCli(python, ['demo', 'load'], env);
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const log = path.join(resultsDir, 'api-server.log');
    const logFd = openSync(log, 'w');
    console.log(`e2e: starting the API at ${baseUrl} (log: ${path.relative(frontendDir, log)})`);
    server = spawn(python, ['-m', 'api', 'serve', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: repoRoot,
      env,
      detached: true,
      stdio: ['ignore', logFd, logFd],
    });
    closeSync(logFd);
    // As `make run` does: a worker beside the API runs matching runs, jobs and the outbox.
    const workerLogFd = openSync(path.join(resultsDir, 'worker.log'), 'w');
    worker = spawn(python, ['-m', 'api', 'worker', '--poll-interval', '1'], {
      cwd: repoRoot,
      env,
      detached: true,
      stdio: ['ignore', workerLogFd, workerLogFd],
    });
    closeSync(workerLogFd);
    await waitForHealth(`${baseUrl}/api/v1/health`, server);
    return await runTests({ ...env, ONDERDAK_E2E_BASE_URL: baseUrl });
  } catch (error) {
    console.error(`FAILED browser tests: ${error instanceof Error ? error.message : error}`);
    if (server) console.error(`(the API's own output is in ${path.relative(frontendDir, path.join(resultsDir, 'api-server.log'))})`);
    return 1;
  } finally {
    if (worker) await stop(worker);
    if (server) await stop(server);
    rmSync(scratch, { recursive: true, force: true });
  }
}

process.exitCode = await main();
