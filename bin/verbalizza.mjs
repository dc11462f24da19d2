#!/usr/bin/env node
// The `verbalizza` command: runs the TypeScript CLI through tsx, no build step needed.
import { register } from 'tsx/esm/api';

register();
const { runCli, ignoreClosedPipes } = await import(new URL('../electron/backend/cli/main.ts', import.meta.url).href);
ignoreClosedPipes();
process.exitCode = await runCli(process.argv.slice(2));
