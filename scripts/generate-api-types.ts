import { writeFile } from 'node:fs/promises';
import { apiTypesFile, apiTypesSource } from './api-types';

await writeFile(apiTypesFile, await apiTypesSource());
console.log(`Wrote ${apiTypesFile.pathname}`);
