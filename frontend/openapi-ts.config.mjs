// @ts-check
// Configuration for `npm run generate:client` (the @hey-api/openapi-ts CLI reads this file)
// and `npm run check:client` (scripts/check-client.mjs generates into a scratch folder with it).
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@hey-api/openapi-ts';

export const specPath = fileURLToPath(new URL('../openapi/openapi.json', import.meta.url));
export const clientPath = fileURLToPath(new URL('./src/client', import.meta.url));

/**
 * @param {string} outputPath
 * @returns {import('@hey-api/openapi-ts').UserConfig}
 */
export function clientConfig(outputPath) {
  return {
    input: specPath,
    output: { path: outputPath },
    plugins: ['@hey-api/client-fetch', '@hey-api/typescript', '@hey-api/sdk'],
    logs: { file: false },
  };
}

export default defineConfig(clientConfig(clientPath));
