/**
 * `npm run bench`: runs every bench/<area>-<name>.ts one after the other, each in its own process (tsx),
 * and prints their figures. New benches are found by their file name; nothing to register.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const benchDir = import.meta.dirname;
const only = process.argv.slice(2);
const files = readdirSync(benchDir)
  .filter((name) => /^[a-z0-9]+-[a-z0-9-]+\.ts$/.test(name) && name !== 'run-all.ts')
  .filter((name) => only.length === 0 || only.some((filter) => name.includes(filter)))
  .sort();

const failed: string[] = [];
for (const name of files) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(benchDir, name)], { stdio: 'inherit' });
  console.log(`(${name}: ${((Date.now() - started) / 1000).toFixed(1)} s${result.status === 0 ? '' : `, uscita ${result.status ?? result.signal}`})`);
  if (result.status !== 0) failed.push(name);
}
console.log(`\n${files.length - failed.length} su ${files.length} benchmark completati${failed.length > 0 ? `; non riusciti: ${failed.join(', ')}` : ''}.`);
process.exitCode = failed.length > 0 ? 1 : 0;
