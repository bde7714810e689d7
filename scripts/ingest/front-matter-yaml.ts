// Front matter's YAML read into data, and every mistake in it told at its line, in words that say what to type:
// most are a value YAML reads as syntax ("title: Hypothesis Testing: the basics"), which quotes fix. Each such line
// is read again quoted, so that the mistakes after it are found in the same build.
import { isMap, parseDocument, type YAMLError } from 'yaml';
import { parserMessage } from '../errors.js';

/** A mistake at a line of the YAML (1-based within it). */
export interface YamlProblem {
  line: number;
  column?: number;
  message: string;
  cause?: unknown;
}

/** `key: value` with a plain (unquoted, not flow, not block) value; a list item's key too. */
const KEY_LINE = /^(\s*(?:-\s+)?)([\w.-]+|"[^"]*"|'[^']*'):[ \t]+(.+?)[ \t]*$/;

/** Why quotes are needed, and the line with them: a plain value that YAML reads as syntax. */
function quotingFix(line: string): { key: string; why: string; quoted: string } | undefined {
  const m = KEY_LINE.exec(line);
  const value = m?.[3];
  if (!m || !value || /^["'[{|>#]/.test(value)) return undefined;
  const why = /^[@`*&!%]/.test(value)
    ? `starts with "${value[0]}", which YAML keeps for itself`
    : /:\s/.test(value)
      ? 'holds ": ", which YAML reads as the start of another key'
      : undefined;
  if (!why) return undefined;
  return {
    key: m[2]!.replace(/^["']|["']$/g, ''),
    why,
    quoted: `${m[1]}${m[2]}: "${value.replace(/[\\"]/g, '\\$&')}"`,
  };
}

function quotingProblem(line: number, fix: NonNullable<ReturnType<typeof quotingFix>>): YamlProblem {
  const message = `front matter key "${fix.key}": its value ${fix.why}; put the value in quotes: ${fix.quoted.trim()}`;
  return { line, message };
}

/** A mistake quotes do not fix, in the parser's words (its place given once, as the file's line). */
function parserProblem(error: YAMLError): YamlProblem {
  const pos = error.linePos?.[0];
  return {
    line: pos?.line ?? 1,
    column: pos?.col,
    message: `front matter is not valid YAML: ${parserMessage(error)}`,
    cause: error,
  };
}

/** The data of the YAML, or undefined with the mistakes that keep it from being read. */
export function readYaml(yaml: string): { data?: unknown; mapping: boolean; problems: YamlProblem[] } {
  const lines = yaml.split('\n');
  const problems: YamlProblem[] = [];
  // Each round quotes at least one more line, so there are at most as many rounds as lines.
  for (let round = 0; round <= lines.length; round++) {
    const doc = parseDocument(lines.join('\n'), { prettyErrors: true, uniqueKeys: false });
    const fixed = doc.errors.flatMap((error) => {
      const line = error.linePos?.[0]?.line ?? 0;
      const fix = quotingFix(lines[line - 1] ?? '');
      if (!fix) return [];
      problems.push(quotingProblem(line, fix));
      lines[line - 1] = fix.quoted;
      return [line];
    });
    if (fixed.length) continue;
    if (doc.errors.length) return { mapping: false, problems: [...problems, ...doc.errors.map(parserProblem)] };
    try {
      return { data: doc.toJS(), mapping: isMap(doc.contents), problems };
    } catch (error) {
      // An alias to no anchor ("title: *Stars*") fails only when read: its line is the one quotes fix.
      const line = lines.findIndex((l) => quotingFix(l)?.why.startsWith('starts with "*"')) + 1;
      if (!line) return { mapping: false, problems: [...problems, { line: 1, message: (error as Error).message }] };
      const fix = quotingFix(lines[line - 1]!)!;
      problems.push(quotingProblem(line, fix));
      lines[line - 1] = fix.quoted;
    }
  }
  return { mapping: false, problems };
}
