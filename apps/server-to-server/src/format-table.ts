// Deliberately identical to apps/oauth2-node/src/format-table.ts: each demo stands alone.

/** One column of {@link formatTable}: a header and how to read the cell from a row. */
export interface Column<Row> {
  header: string;
  value: (row: Row) => string;
  /** Longer cells are cut with an ellipsis. */
  maxWidth?: number;
}

/**
 * Lays rows out as a plain-text table with a header rule, padded to the widest cell of each
 * column, for a terminal or a log file.
 */
export function formatTable<Row>(rows: readonly Row[], columns: readonly Column<Row>[]): string {
  const cells = rows.map((row) => columns.map((column) => fit(column.value(row), column.maxWidth)));
  const widths = columns.map((column, index) =>
    Math.max(column.header.length, ...cells.map((line) => line[index]?.length ?? 0)),
  );

  const render = (line: readonly string[]) =>
    line
      .map((cell, index) => cell.padEnd(widths[index] ?? 0))
      .join('  ')
      .trimEnd();

  const header = render(columns.map((column) => column.header));
  const rule = render(widths.map((width) => '-'.repeat(width)));
  const body = cells.length > 0 ? cells.map(render) : ['(none)'];

  return [header, rule, ...body].map((line) => `  ${line}`).join('\n');
}

function fit(text: string, maxWidth = 32): string {
  const flat = text.replace(/\s+/g, ' ');

  return flat.length > maxWidth ? `${flat.slice(0, maxWidth - 1)}…` : flat;
}
