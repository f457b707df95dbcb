import type { CSSProperties } from 'react';
import type { PageLayout, PreviewParagraph, PreviewRun } from '../../electron/api/common/schemas/letter-preview';

/**
 * The letter's page drawn from the generated .docx: its width, margins, alignment, spacing, type
 * sizes and emphasis, scaled to the column (one page point is 100/width of the column's width, so
 * the page keeps its proportions at any window size). Fonts are the machine's; pagination is left
 * to the .docx and PDF.
 */
export function PagePreview({ layout }: { layout: PageLayout }) {
  // Container query units: 1cqw is 1 % of the sheet's width.
  const pt = (value: number) => `calc(${value} * 100cqw / ${layout.widthPt})`;
  const percentOfWidth = (value: number) => `${(100 * value) / layout.widthPt}%`;
  const sheet: CSSProperties = {
    containerType: 'inline-size',
    background: 'white',
    boxShadow: '0 1px 4px rgba(0, 0, 0, 0.25)',
    aspectRatio: `${layout.widthPt} / ${layout.heightPt}`,
    // Padding percentages are of the width, whichever side: the margins scale with the page.
    padding: `${percentOfWidth(layout.margins.top)} ${percentOfWidth(layout.margins.right)} ${percentOfWidth(layout.margins.bottom)} ${percentOfWidth(layout.margins.left)}`,
    color: 'black',
    fontFamily: layout.font
      ? `"${layout.font}", "DejaVu Sans", sans-serif`
      : '"DejaVu Sans", "Liberation Sans", Arial, sans-serif',
    lineHeight: 1.17,
  };

  const runStyle = (run: PreviewRun): CSSProperties => ({
    fontWeight: run.bold ? 700 : undefined,
    fontStyle: run.italic ? 'italic' : undefined,
    textDecoration: run.underline ? 'underline' : undefined,
    fontSize: pt(run.sizePt ?? layout.defaultSizePt),
    color: run.color ?? undefined,
  });

  const paragraph = (block: PreviewParagraph, key: number) => (
    <p
      key={key}
      style={{
        margin: 0,
        marginTop: pt(block.spaceBeforePt),
        marginBottom: pt(block.spaceAfterPt),
        textAlign: block.align,
        whiteSpace: 'pre-wrap',
        tabSize: 4,
        // An empty paragraph still takes a line, as in Word.
        minHeight: pt(layout.defaultSizePt * 1.17),
        fontSize: pt(layout.defaultSizePt),
      }}
    >
      {block.runs.map((run, index) => (
        <span key={index} style={runStyle(run)}>
          {run.text}
        </span>
      ))}
    </p>
  );

  return (
    <div style={sheet} data-testid="page-preview">
      {layout.blocks.map((block, index) =>
        block.type === 'paragraph' ? (
          paragraph(block, index)
        ) : (
          <table key={index} style={{ width: '100%', borderCollapse: 'collapse' }}>
            <tbody>
              {block.rows.map((row, rowIndex) => (
                <tr key={rowIndex}>
                  {row.map((cell, cellIndex) => (
                    <td key={cellIndex} style={{ verticalAlign: 'top', padding: pt(2) }}>
                      {cell.map(paragraph)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        ),
      )}
    </div>
  );
}
