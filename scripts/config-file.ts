// Reads deckhand.config.json / .yaml and says on which line a key is, so that every config message can point at it.
// The YAML parser loads only for a YAML file, or when a message about a JSON file needs a line: every build, a
// no-op one too, reads its config first.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Document, LineCounter } from 'yaml';
import { ConfigError, parserMessage } from './errors.js';
import { requireCjs } from './require-cjs.js';

export const CONFIG_FILES = ['deckhand.config.json', 'deckhand.config.yaml', 'deckhand.config.yml'];

/** A config file as read: its data, and the line of a key path such as ['handout', 'paper']. */
export interface ConfigFile {
  file?: string;
  data: Record<string, unknown>;
  lineOf(keys: readonly string[]): number | undefined;
}

const yaml = () => requireCjs('yaml') as typeof import('yaml');

/** Reads the config file the flags name, or the first of CONFIG_FILES in root; none is an empty config. */
export function readConfigFile(root: string, explicit?: string): ConfigFile {
  const candidates = explicit ? [path.resolve(root, explicit)] : CONFIG_FILES.map((f) => path.join(root, f));
  const file = candidates.find((f) => existsSync(f));
  if (!file) {
    if (explicit) throw new ConfigError(`config file not found: ${explicit}`);
    return { data: {}, lineOf: () => undefined };
  }
  const text = readFileSync(file, 'utf8');
  let parsed: { data: unknown; doc?: Document; lines?: LineCounter };
  try {
    parsed = file.endsWith('.json') ? { data: JSON.parse(text) } : parseYaml(text);
  } catch (cause) {
    throw new ConfigError(`cannot read config: ${parserMessage(cause)}`, { file, ...placeOf(cause, text), cause });
  }
  const { data } = parsed;
  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
    throw new ConfigError('the config must be a mapping of keys, such as "formats: [html, pdf]"', { file, line: 1 });
  }
  let located = parsed.doc && parsed.lines ? { doc: parsed.doc, lines: parsed.lines } : undefined;
  return {
    file,
    data: (data ?? {}) as Record<string, unknown>,
    lineOf(keys) {
      // JSON is YAML too: parsed again with positions, only now that a message needs them.
      located ??= parseYaml(text) as { doc: Document; lines: LineCounter };
      return keyLine(located.doc, located.lines, keys);
    },
  };
}

function parseYaml(text: string): { data: unknown; doc: Document; lines: LineCounter } {
  const { LineCounter, parseDocument } = yaml();
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true });
  if (doc.errors[0]) throw doc.errors[0];
  return { data: doc.toJS(), doc, lines };
}

/** The line of the deepest key of the path that the file has (the parent's line when a child is missing). */
function keyLine(doc: Document, lines: LineCounter, keys: readonly string[]): number | undefined {
  const { isMap, isScalar } = yaml();
  let node: unknown = doc.contents;
  let line: number | undefined;
  for (const key of keys) {
    if (!isMap(node)) break;
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    const start = pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
    if (start === undefined) break;
    line = lines.linePos(start).line;
    node = pair!.value;
  }
  return line;
}

/** Where a config file's parse error is: YAML's errors carry it; Node 20's JSON errors give a character position. */
function placeOf(cause: unknown, text: string): { line?: number; column?: number } {
  const pos = (cause as { linePos?: { line: number; col: number }[] }).linePos?.[0];
  if (pos) return { line: pos.line, column: pos.col };
  const at = /at position (\d+)/.exec(String((cause as Error).message))?.[1];
  if (at === undefined) return {};
  const before = text.slice(0, Number(at)).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}
