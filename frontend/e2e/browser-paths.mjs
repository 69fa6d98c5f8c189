// @ts-check
// Paths shared by the e2e runner (scripts/run-e2e.mjs) and the browser tests.
import { fileURLToPath } from 'node:url';

export const chromiumPath = '/usr/bin/chromium';
export const resultsDir = fileURLToPath(new URL('../test-results/', import.meta.url));
