import { memo, useMemo } from 'react';
import type { Meeting } from '../../shared/model';
import type { TextRun, VerbaleBlock } from '../../shared/verbale/document';
import { buildVerbale } from '../../shared/verbale';
import { plural } from '../../shared/phrasing';
import { previewBlocks, type Preview } from '../lib/preview';

/**
 * The verbale as it will be printed, rendered from buildVerbale (the UI never composes its sentences).
 * To stay cheap on long meetings it shows the opening blocks and the current item only: the other items
 * keep just their movements, which the current item's presence depends on. `whole`: every block (a closed meeting,
 * read rather than written).
 */
export const VerbalePreview = memo(function VerbalePreview({ meeting, itemId, whole = false }: { meeting: Meeting; itemId: string | null; whole?: boolean }) {
  const result = useMemo(() => (whole ? wholeBlocks(meeting) : previewBlocks(meeting, itemId)), [meeting, itemId, whole]);
  return (
    <section className="preview card" aria-labelledby="preview-h" data-testid="verbale-preview">
      <h2 id="preview-h">Anteprima del verbale</h2>
      {'error' in result ? (
        <p className="problem" role="alert">
          Anteprima non disponibile: {result.error}
        </p>
      ) : (
        <div className="preview__page">
          <p className="preview__title">{result.doc.title}</p>
          {result.head.map((block, i) => (
            <Block key={`h${i}`} block={block} />
          ))}
          {result.omittedBefore > 0 && <p className="preview__gap">… {plural(result.omittedBefore, 'punto precedente', 'punti precedenti')} …</p>}
          {result.item.map((block, i) => (
            <Block key={`i${i}`} block={block} />
          ))}
          {result.omittedAfter > 0 && <p className="preview__gap">… {plural(result.omittedAfter, 'punto successivo', 'punti successivi')} …</p>}
          {result.tail.map((block, i) => (
            <Block key={`t${i}`} block={block} />
          ))}
        </div>
      )}
    </section>
  );
});

function wholeBlocks(meeting: Meeting): Preview | { error: string } {
  try {
    const doc = buildVerbale(meeting);
    return { doc, head: doc.blocks, item: [], tail: [], omittedBefore: 0, omittedAfter: 0 };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

function Runs({ runs }: { runs: TextRun[] }) {
  return (
    <>
      {runs.map((r, i) => {
        let node: React.ReactNode = r.text;
        if (r.italic) node = <em>{node}</em>;
        if (r.bold) node = <strong>{node}</strong>;
        return <span key={i}>{node}</span>;
      })}
    </>
  );
}

function Block({ block }: { block: VerbaleBlock }) {
  switch (block.kind) {
    case 'paragraph':
      return (
        <p className={`preview__p preview__p--${block.style}`} data-role={block.role}>
          <Runs runs={block.runs} />
        </p>
      );
    case 'sectionHeading':
      return <p className="preview__section">{block.text}</p>;
    case 'itemHeading':
      return <p className="preview__item">{block.text}</p>;
    case 'attendanceTable':
      return (
        <details className="preview__attendance">
          <summary>{plural(block.rows.length, 'componente', 'componenti')}: tabella delle presenze</summary>
          <table className="data-table data-table--compact">
            <thead>
              <tr>
                {block.headers.map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((r) => (
                <tr key={r.seat}>
                  <td>{r.seat}</td>
                  <td>
                    {r.entity} – {r.person}
                  </td>
                  <td>{r.presence}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      );
    case 'table':
      return (
        <table className="data-table data-table--compact">
          <thead>
            <tr>
              {block.headers.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (
                  <td key={j}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'signatures':
      return (
        <div className="preview__signatures">
          {[block.left, block.right].map((s) => (
            <div key={s.label}>
              <p>{s.label}</p>
              <p>{s.name}</p>
              <p className="muted">{s.role}</p>
            </div>
          ))}
        </div>
      );
  }
}
