// Reading values out of front matter, whichever tool wrote it (deckhand, Hugo, Jekyll, Pandoc, Quarto, MyST).

/** A language code as front matter gives it: "id", "en", "pt-BR". */
export const LANGUAGE_CODE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/**
 * A front matter value as text: dates as YYYY-MM-DD, lists joined with commas, a person or site as its `name`.
 * Undefined for nothing (null, an empty string, an object without a name).
 */
export function textOf(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(textOf).filter(Boolean).join(', ') || undefined;
  if (typeof value === 'object') return textOf((value as Record<string, unknown>).name);
  return String(value).trim() || undefined;
}
