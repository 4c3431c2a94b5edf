// The problems the loader refuses graph files with; fails the test when the files are accepted.
import { readGraphFiles } from '../../server/loader/read.ts';
import { GraphFileError, type Problem } from '../../server/loader/format.ts';

export function problemsOf(files: string[]): Problem[] {
  try {
    readGraphFiles(files);
  } catch (error) {
    if (error instanceof GraphFileError) return error.problems;
    throw error;
  }
  throw new Error('expected the files to be refused');
}

export const SMALL_GRAPH_TEXT = 'Ali owns Taobao. Meituan competes with Ele.me.';

/** A small graph file that the loader accepts: one document, two entities, one fact with its evidence. A new copy each call. */
export function smallGraphFile(): { documents: Record<string, unknown>[]; nodes: Record<string, unknown>[]; relationships: Record<string, unknown>[]; [section: string]: unknown } {
  return {
    documents: [{ key: 'doc', title: 'A text', text: SMALL_GRAPH_TEXT }],
    nodes: [
      { key: 'ali', labels: ['Entity', 'Company'], properties: { name: 'Ali', aliases: ['Ali', '阿里'] } },
      { key: 'taobao', labels: ['Entity', 'Product'], properties: { name: 'Taobao' } },
    ],
    relationships: [
      {
        type: 'OWNS',
        start: 'ali',
        end: 'taobao',
        properties: { evidence_document: 'doc', evidence_sentence: 0, evidence_start: 0, evidence_end: 15, evidence_quote: 'Ali owns Taobao', inferred: false },
      },
      { type: 'MENTIONED_IN', start: 'ali', end: 'doc#0', properties: {} },
    ],
  };
}
