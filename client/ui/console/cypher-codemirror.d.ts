// @neo4j-cypher/codemirror ships its types at src/codemirror.d.ts but its package "exports" do not point to
// them, so TypeScript (moduleResolution "Bundler") cannot find them: this maps the module to those types.
declare module '@neo4j-cypher/codemirror' {
  export * from '@neo4j-cypher/codemirror/src/codemirror.js';
}

/** Vite's `?inline`: the stylesheet's text, adopted by the editor's shadow root (see editor.ts). */
declare module '@neo4j-cypher/codemirror/css/cypher-codemirror.css?inline' {
  const css: string;
  export default css;
}
declare module '*/editorShadow.css?inline' {
  const css: string;
  export default css;
}
