import { describe, expect, it } from 'vitest';
import { formatTable } from '../src/format-table.js';

const columns = [
  { header: 'NAME', value: (row: { name: string; city: string }) => row.name },
  { header: 'CITY', value: (row: { name: string; city: string }) => row.city, maxWidth: 6 },
];

describe('formatTable', () => {
  it('pads each column to its widest cell, under a header rule', () => {
    const table = formatTable(
      [
        { name: 'Ada', city: 'London' },
        { name: 'Grace', city: 'NYC' },
      ],
      columns,
    );

    expect(table).toBe(
      ['  NAME   CITY', '  -----  ------', '  Ada    London', '  Grace  NYC'].join('\n'),
    );
  });

  it('cuts cells longer than maxWidth with an ellipsis and flattens newlines', () => {
    const table = formatTable([{ name: 'Line\none', city: 'Amsterdam' }], columns);

    expect(table.split('\n')[2]).toBe('  Line one  Amste…');
  });

  it('says (none) for no rows', () => {
    expect(formatTable([], columns).split('\n')[2]).toBe('  (none)');
  });
});
