// Error classes. Each carries the file and line it concerns and keeps the original error as `cause`;
// only the CLI prints them.
import type { ReportedError } from './types.js';

export type ErrorCode =
  | 'USAGE'
  | 'CONFIG'
  | 'INPUT'
  | 'FRONT_MATTER'
  | 'TEMPLATE'
  | 'RENDER'
  | 'BROWSER_MISSING'
  | 'BROWSER'
  | 'TOOL_MISSING'
  | 'TOOL'
  | 'OUTPUT';

export interface ErrorPlace {
  file?: string;
  line?: number;
  column?: number;
  cause?: unknown;
}

export class DeckhandError extends Error {
  readonly code: ErrorCode;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;

  constructor(code: ErrorCode, message: string, place: ErrorPlace = {}) {
    super(message, place.cause === undefined ? undefined : { cause: place.cause });
    this.name = new.target.name;
    this.code = code;
    this.file = place.file;
    this.line = place.line;
    this.column = place.column;
  }

  /** "file:line:column" as far as known, for messages and reports. */
  get where(): string {
    return [this.file, this.line, this.column].filter((x) => x !== undefined).join(':');
  }
}

/** Bad command-line usage: exit code 2. */
export class UsageError extends DeckhandError {
  constructor(message: string) {
    super('USAGE', message);
  }
}

/** A config file or config value is wrong. */
export class ConfigError extends DeckhandError {
  constructor(message: string, place: ErrorPlace = {}) {
    super('CONFIG', message, place);
  }
}

/** A source document cannot be read as text (empty, binary, not UTF-8). */
export class InputError extends DeckhandError {
  constructor(message: string, place: ErrorPlace = {}) {
    super('INPUT', message, place);
  }
}

/** Front matter that is not valid YAML, or a known key with a bad value. */
export class FrontMatterError extends DeckhandError {
  constructor(message: string, place: ErrorPlace = {}) {
    super('FRONT_MATTER', message, place);
  }
}

/** A Handlebars template or partial is missing, does not compile, or a helper threw. */
export class TemplateError extends DeckhandError {
  constructor(message: string, place: ErrorPlace = {}) {
    super('TEMPLATE', message, place);
  }
}

/** Marp or marp-cli failed on generated Markdown. */
export class RenderError extends DeckhandError {
  constructor(message: string, place: ErrorPlace = {}) {
    super('RENDER', message, place);
  }
}

/** What to do when no browser is found; printed once at the end of a build. */
export const INSTALL_HINT =
  'no Chrome/Chromium found: install one (Debian: sudo apt-get install -y chromium-headless-shell) or set CHROME_PATH to its executable';

/** No Chrome/Chromium could be found; PDFs cannot be made. */
export class BrowserMissingError extends DeckhandError {
  constructor(message: string) {
    super('BROWSER_MISSING', message);
  }
}

/** The browser crashed, hung or refused a job. */
export class BrowserError extends DeckhandError {
  constructor(message: string, place: ErrorPlace = {}) {
    super('BROWSER', message, place);
  }
}

/**
 * A program a format needs (pandoc) is not installed, or too old: the source cannot be read, and the rest of the
 * build goes on. The message says what to install.
 */
export class ToolMissingError extends DeckhandError {
  constructor(message: string, place: ErrorPlace = {}) {
    super('TOOL_MISSING', message, place);
  }
}

/** A program a format needs (pandoc) failed on a source, or took too long. */
export class ToolError extends DeckhandError {
  constructor(message: string, place: ErrorPlace = {}) {
    super('TOOL', message, place);
  }
}

/** Outputs could not be written, or two sources claim the same output folder. */
export class OutputError extends DeckhandError {
  constructor(message: string, place: ErrorPlace = {}) {
    super('OUTPUT', message, place);
  }
}

/**
 * A parser's message as a wrapper quotes it: its first line, without the place it names ("at line 3, column 5:",
 * "at position 25"), which the wrapper gives once as file:line:column.
 */
export function parserMessage(error: unknown): string {
  const first = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
  return first
    .replace(/\s+at line \d+, column \d+:?\s*$/, '')
    .replace(/\s+(in JSON )?at position \d+.*$/, '')
    .trim();
}

/**
 * Every message in an error's cause chain, outermost first. A cause whose message its wrapper already quotes (a
 * parser's error, re-thrown with the file and line) is left out: it would only say the same thing twice.
 */
export function causeChain(error: unknown): string[] {
  const out: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 8; depth++) {
    if (current instanceof Error) {
      const where = current instanceof DeckhandError && current.where ? `${current.where}: ` : '';
      const quoted = out.length > 0 && parserMessage(current) !== '' && out.at(-1)!.includes(parserMessage(current));
      if (!quoted) out.push(`${where}${current.message}`);
      current = current.cause;
    } else {
      out.push(String(current));
      break;
    }
  }
  return out;
}

/** An error as a build report keeps it; `file` when the error names none. */
export function reportedError(error: unknown, file: string): ReportedError {
  const e = error instanceof DeckhandError ? error : undefined;
  const reported: ReportedError = {
    message: error instanceof Error ? error.message : String(error),
    file: e?.file ?? file,
    line: e?.line,
    chain: causeChain(error).slice(1),
  };
  if (error instanceof BrowserMissingError) reported.browserMissing = true;
  return reported;
}
