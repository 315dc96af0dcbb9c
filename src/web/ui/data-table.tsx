import type { ReactNode } from 'react';

export interface Column<T> {
  key: string;
  header: ReactNode;
  /** The label repeated before each value when the table is stacked on narrow screens. */
  label?: string;
  render: (row: T) => ReactNode;
  numeric?: boolean;
  action?: boolean;
}

interface DataTableProps<T> {
  caption: ReactNode;
  /** Hide the caption visually when a heading right above already says the same. */
  captionHidden?: boolean;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  empty?: ReactNode;
}

/**
 * A KERN table. On narrow screens each row becomes a block of "label: value" lines, so a
 * table never makes the page scroll sideways.
 */
export function DataTable<T>({ caption, captionHidden, columns, rows, rowKey, empty }: DataTableProps<T>) {
  if (rows.length === 0 && empty) return <p className="kern-body table-empty">{empty}</p>;
  return (
    <div className="data-table">
      <table className="kern-table kern-table--striped">
        <caption className={captionHidden ? 'kern-sr-only' : 'kern-title data-table__caption'}>{caption}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={`kern-table__header${column.numeric ? ' kern-table__header--numeric' : ''}`}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {rows.map((row) => (
            <tr className="kern-table__row" key={rowKey(row)}>
              {columns.map((column) => (
                <td
                  key={column.key}
                  data-label={
                    column.action ? '' : (column.label ?? (typeof column.header === 'string' ? column.header : ''))
                  }
                  className={[
                    'kern-table__cell',
                    column.numeric ? 'kern-table__cell--numeric' : '',
                    column.action ? 'data-table__action' : '',
                  ]
                    .filter(Boolean)
                    .join(' ')}
                >
                  {column.render(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
