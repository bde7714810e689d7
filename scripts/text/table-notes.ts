// A table's speaker note: the planner writes a table slide's note as "cell | cell" lines, header first. On paper
// (the handout) it is a table again; read aloud (the presenter view, the PowerPoint's notes) it is a sentence a row.

/** The cells of a note that is a table ("a | b" lines, two or more, all with the same number of cells). */
export function noteTable(note: string): string[][] | undefined {
  const lines = note.split('\n');
  const cells = lines.map((l) => l.split(' | '));
  return lines.length > 1 && cells.every((c) => c.length > 1 && c.length === cells[0]!.length) ? cells : undefined;
}

/** A value (a number, a word) that needs its column's heading to be understood; a phrase speaks for itself. */
const short = (cell: string) => !/\s/.test(cell.trim());

/**
 * A note as the lecturer reads it: a table as a sentence a row, each one-word cell after its column's heading
 * ("Confidence 95%: α 0.05, z 1.960."), a phrase as it is; any other note unchanged.
 */
export function spokenNote(note: string): string {
  const table = noteTable(note);
  if (!table) return note;
  const [header, ...rows] = table as [string[], ...string[][]];
  const named = (cell: string, i: number) => (short(cell) && header[i]?.trim() ? `${header[i]!.trim()} ${cell}` : cell);
  return rows
    .map(([first = '', ...rest]) => {
      const cells = rest.map((cell, i) => named(cell.trim(), i + 1)).filter(Boolean);
      const said = `${named(first.trim(), 0)}: ${cells.join(rest.every(short) ? ', ' : '; ')}`;
      return /[.!?]$/.test(said) ? said : `${said}.`;
    })
    .join('\n');
}
