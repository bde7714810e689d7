// How template files are named everywhere (stamps, hashes, renders): kept apart from templates.ts so that a no-op
// build, which only hashes the templates folder, never loads Handlebars.
import path from 'node:path';

/** A template file's name: its path relative to the templates folder, with forward slashes ("deck/deck.hbs"). */
export function templateName(templatesDir: string, file: string): string {
  return path.relative(templatesDir, file).replace(/\\/g, '/');
}
