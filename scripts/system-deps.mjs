#!/usr/bin/env node
// Runs before `npm test` (npm's pretest): the tests use real Chromium, LibreOffice, poppler and fonts from the system.
// What is missing is installed when this machine can (Debian/Ubuntu as root); otherwise it stops with the exact command.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** What the tests need, each with how to tell it is there and the Debian package that brings it. */
const NEEDS = [
  { what: 'Chromium (/usr/bin/chromium)', present: () => existsSync('/usr/bin/chromium'), packages: ['chromium'] },
  { what: 'LibreOffice Writer (soffice)', present: () => onPath('soffice'), packages: ['libreoffice-writer-nogui'] },
  { what: 'poppler (pdftotext, pdffonts, pdfinfo)', present: () => onPath('pdftotext') && onPath('pdffonts'), packages: ['poppler-utils'] },
  { what: 'qpdf', present: () => onPath('qpdf'), packages: ['qpdf'] },
  { what: 'font Liberation', present: () => hasFont('Liberation Serif'), packages: ['fonts-liberation', 'fontconfig'] },
];

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function hasFont(family) {
  const result = spawnSync('fc-list', [':', 'family'], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes(family);
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return result.status === 0;
}

const missing = NEEDS.filter((need) => !need.present());
if (missing.length === 0) process.exit(0);

const packages = [...new Set(missing.flatMap((need) => need.packages))];
const command = `apt-get update && apt-get install -y --no-install-recommends ${packages.join(' ')}`;
console.log(`Mancano per i test: ${missing.map((need) => need.what).join(', ')}.`);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && onPath('apt-get')) {
  console.log(`Installazione: ${packages.join(' ')}`);
  if (run('apt-get', ['update', '-qq']) && run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages])) {
    const still = NEEDS.filter((need) => !need.present());
    if (still.length === 0) process.exit(0);
    console.error(`Dopo l'installazione mancano ancora: ${still.map((need) => need.what).join(', ')}.`);
    process.exit(1);
  }
  console.error(`Installazione non riuscita. Comando: ${command}`);
  process.exit(1);
}

console.error(`Installarli con:\n  sudo sh -c '${command}'\npoi rilanciare npm test.`);
process.exit(1);
