#!/usr/bin/env node
// argv -> build, watch, serve, import or index. The only place that prints errors and sets exit codes.
import module from 'node:module';
import { resolveConfig } from './config.js';
import { causeChain, ConfigError, UsageError } from './errors.js';
import { describeFormats, importedFormats } from './ingest/formats.js';
import { HELP, parseArgv, portOf, shardOf, toFlags } from './cli/options.js';
import { rerunIfStale } from './cli/stale-build.js';
import { didYouMean } from './suggest.js';
import { TOOL_VERSION } from './version.js';

// Node 22+ can keep the compiled code of the large Marp and Puppeteer modules between runs (a cold start is
// mostly compiling them); Node 20 has no such cache and skips this.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgv(argv);
  if (values.version) {
    console.log(TOOL_VERSION);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    // Asked for, it is the output; given instead of a command, it explains a usage error.
    (command || values.help ? console.log : console.error)(HELP);
    return command || values.help ? 0 : 2;
  }
  if (values.shard !== undefined && command !== 'build') throw new UsageError('--shard is for deckhand build');
  switch (command) {
    case 'build': {
      const { runBuild } = await import('./cli/build-command.js');
      return runBuild(toFlags(values, rest), shardOf(values));
    }
    case 'watch':
    case 'serve': {
      const { runWatch } = await import('./cli/watch-command.js');
      const config = resolveConfig(toFlags(values, rest));
      return runWatch(config, { serve: command === 'serve' || !!values.serve, port: portOf(values) ?? 8080 });
    }
    case 'import': {
      if (rest.length !== 1) throw new UsageError(`import takes one file: ${describeFormats(importedFormats(), 'or')}`);
      const { runImport } = await import('./cli/import-command.js');
      return runImport(rest[0]!, resolveConfig({ configPath: values.config }), values.force ?? false);
    }
    case 'index': {
      const { runIndex } = await import('./cli/index-command.js');
      return runIndex(rest, resolveConfig({ configPath: values.config, outDir: values.out }));
    }
    default: {
      const commands = ['build', 'watch', 'serve', 'import', 'index'];
      throw new UsageError(`unknown command "${command}"${didYouMean(command, commands)}; try deckhand --help`);
    }
  }
}

/** Prints an error with its chain of causes, on stderr; a stack only with DEBUG set. */
function printError(error: unknown): void {
  const [first, ...causes] = causeChain(error);
  console.error(`deckhand: ${first}`);
  for (const c of causes) console.error(`  caused by: ${c}`);
  if (process.env.DEBUG && error instanceof Error) console.error(error.stack);
}

// A checkout whose sources changed since the last compile compiles and runs again (see cli/stale-build.ts).
const rerun = rerunIfStale(process.argv.slice(1));
(rerun === undefined ? main(process.argv.slice(2)) : Promise.resolve(rerun)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    printError(error);
    // A config file is part of how deckhand was called: a mistake there is a usage error, like a bad flag.
    process.exitCode = error instanceof UsageError || error instanceof ConfigError ? 2 : 1;
  },
);
