// The Cypher editor: CodeMirror 6 with Neo4j's Cypher support (@neo4j-cypher/codemirror): highlighting, and
// completion from the live database's labels, types, property keys, procedures and functions. Ctrl/Cmd+Enter
// runs; an error position from the server is marked in the text (a lint diagnostic) until the text changes.
// The editor lives in a shadow root: CodeMirror's style-mod then uses constructed stylesheets (adopted by the
// root) instead of <style> elements, which the page's Content-Security-Policy (style-src 'self') blocks.
import { createCypherEditor, type EditorApi } from '@neo4j-cypher/codemirror';
import cypherCss from '@neo4j-cypher/codemirror/css/cypher-codemirror.css?inline';
import { setDiagnostics } from '@codemirror/lint';
import { EditorState, Prec, type Transaction } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import type { SourcePosition } from '../../../server/contract.ts';
import editorCss from './editorShadow.css?inline';

export interface CompletionNames {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
  procedures: { name: string; signature: string }[];
  functions: { name: string; signature: string }[];
  parameters: string[];
}

export interface CypherEditor {
  readonly view: EditorView;
  getValue(): string;
  setValue(text: string): void;
  focus(): void;
  setNames(names: CompletionNames): void;
  /** Marks the token at a position (from the server's error) with a message; cleared by the next edit. */
  markError(position: SourcePosition, message: string): void;
  clearError(): void;
}

/** The extent of the word at `offset`, or one character, so a mark is always visible. */
function extentAt(text: string, offset: number): { from: number; to: number } {
  const from = Math.max(0, Math.min(offset, text.length));
  let to = from;
  while (to < text.length && /[\p{L}\p{N}_$`]/u.test(text[to]!)) to++;
  if (to === from) to = Math.min(text.length, from + 1);
  return { from: to === from && from > 0 ? from - 1 : from, to };
}

export function createEditor(parent: HTMLElement, options: { label: string; initial: string; onRun: () => void }): CypherEditor {
  const runKeys = Prec.highest(
    keymap.of([
      { key: 'Mod-Enter', run: () => (options.onRun(), true), preventDefault: true },
    ]),
  );
  // A person's edit makes the server's error stale: the same transaction clears its mark. (Programmatic
  // changes, such as loading a query, clear it explicitly.)
  const userEdit = (tr: Transaction) => ['input', 'delete', 'move', 'undo', 'redo'].some((event) => tr.isUserEvent(event));
  const clearMarksOnEdit = EditorState.transactionExtender.of((tr) =>
    tr.docChanged && userEdit(tr) ? { effects: setDiagnostics(tr.startState, []).effects ?? [] } : null,
  );
  // The package's types say createCypherEditor returns the EditorApi; at run time it returns { editor: EditorApi }.
  const shadow = parent.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`${cypherCss}\n${editorCss}`);
  shadow.adoptedStyleSheets = [sheet];
  const mount = document.createElement('div');
  shadow.append(mount);
  const created = createCypherEditor(mount, {
    value: options.initial,
    autofocus: false,
    lineWrapping: true,
    lineNumbers: true,
    lint: false,
    theme: 'light',
    placeholder: 'MATCH (n) RETURN n LIMIT 25',
    tooltipAbsolute: true,
    preExtensions: [runKeys],
    postExtensions: [
      EditorView.contentAttributes.of({ 'aria-label': options.label }),
      clearMarksOnEdit,
    ],
  }) as unknown as { editor: EditorApi };
  const api = created.editor;
  const view = api.codemirror;

  return {
    view,
    getValue: () => view.state.doc.toString(),
    setValue: (text) => {
      api.setValue(text);
      view.dispatch(setDiagnostics(view.state, []));
    },
    focus: () => api.focus(),
    setNames: (names) =>
      api.setSchema({
        labels: names.labels.map((label) => `:${label}`),
        relationshipTypes: names.relationshipTypes.map((type) => `:${type}`),
        propertyKeys: names.propertyKeys,
        parameters: names.parameters,
        procedures: names.procedures.map(({ name, signature }) => ({ name, signature, returnItems: [] })),
        functions: names.functions.map(({ name, signature }) => ({ name, signature })),
      }),
    markError: (position, message) => {
      const { from, to } = extentAt(view.state.doc.toString(), position.offset);
      view.dispatch({ ...setDiagnostics(view.state, [{ from, to, severity: 'error', message }]), selection: { anchor: from }, scrollIntoView: true });
    },
    clearError: () => view.dispatch(setDiagnostics(view.state, [])),
  };
}
