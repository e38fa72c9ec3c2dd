import type { ReactNode } from 'react'

type Props = { captionId: string; children: ReactNode; headers: string[] }

/**
 * A table in a labelled, focusable region (Payload's `.table` styling): on a
 * narrow screen it scrolls sideways inside the region, and keyboard users can
 * scroll it too. The region is named by the section's heading.
 */
export const DataTable = ({ captionId, children, headers }: Props) => (
  <div aria-labelledby={captionId} className="table" role="region" tabIndex={0}>
    <table>
      <thead>
        <tr>
          {headers.map((header) => (
            <th key={header} scope="col">
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  </div>
)
