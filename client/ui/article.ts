// The article with one passage highlighted: evidence shown where it stands in the text, not alone.
// The text is split into three text nodes around a <mark>; nothing from the data is parsed as HTML.
import type { DocumentResponse } from '../../server/contract.ts';
import { fetchDocument } from '../graphApi.ts';
import { el } from './dom.ts';

const documents = new Map<string, Promise<DocumentResponse>>();

function documentOf(key: string): Promise<DocumentResponse> {
  let cached = documents.get(key);
  if (!cached) {
    cached = fetchDocument(key);
    cached.catch(() => documents.delete(key));
    documents.set(key, cached);
  }
  return cached;
}

export interface Passage {
  document: string;
  start: number;
  end: number;
}

/** Fills `container` with the document's text and the passage marked, then scrolls the mark into view. */
export async function showPassage(container: HTMLElement, passage: Passage): Promise<void> {
  container.replaceChildren(el('p', { class: 'muted' }, 'Loading the article…'));
  try {
    const doc = await documentOf(passage.document);
    const start = Math.max(0, Math.min(passage.start, doc.text.length));
    const end = Math.max(start, Math.min(passage.end, doc.text.length));
    const mark = el('mark', {}, doc.text.slice(start, end));
    const text = el('div', { class: 'article-text', tabindex: '0', 'aria-label': `Text of ${doc.title ?? doc.key}` }, doc.text.slice(0, start), mark, doc.text.slice(end));
    container.replaceChildren(el('h4', {}, doc.title ?? doc.key), doc.source ? el('p', { class: 'muted source' }, doc.source) : '', text);
    const top = mark.offsetTop - text.offsetTop - text.clientHeight / 3;
    text.scrollTop = Math.max(0, top);
  } catch {
    container.replaceChildren(el('p', { class: 'muted' }, `The article “${passage.document}” is not in this database.`));
  }
}

/** The evidence passage a relationship carries (seed graph: evidence_document/start/end), if any. */
export function passageOf(properties: Record<string, unknown>): Passage | null {
  const document = properties.evidence_document;
  const start = properties.evidence_start;
  const end = properties.evidence_end;
  if (typeof document === 'string' && typeof start === 'number' && typeof end === 'number' && end > start) return { document, start, end };
  return null;
}
