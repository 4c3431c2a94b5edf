// How two entities are connected: the shortest paths between them, in either direction, on any database.
import { CONNECTION } from '../language/concepts.ts';
import { captionOf, noFact, pathText } from './phrasing.ts';
import type { AskForm } from './types.ts';
import type { GraphNode } from '../../contract.ts';

export const MAX_PATH_LENGTH = 6;
const PATHS_LISTED = 5;

export const connectionForm: AskForm = {
  id: 'connection',
  description: 'how two entities are connected (the shortest paths between them)',
  object: 'endpoint',
  query: 'ask-connection',
  parse(frame) {
    const slots = frame.usableSlots();
    if (slots.length < 2) return undefined;
    const [subject, object] = slots;
    if (frame.has(CONNECTION)) return { score: 3, subject, object };
    // Two names and nothing else understood: the connection is the best guess.
    return subject!.candidates.length && object!.candidates.length ? { score: 0.5, subject, object } : undefined;
  },
  examples: (facts) => (facts.distant ? [`How are ${facts.distant.start} and ${facts.distant.end} connected?`] : []),
  params: (subject, object) => ({ from: subject.id, to: object?.id ?? subject.id }),
  answer({ subject, object, rows }) {
    const other = object?.name ?? subject.name;
    const paths = rows.flatMap((row) => (row.path ? [row.path] : []));
    if (paths.length === 0) {
      return { sentence: noFact(`it holds no path between ${subject.name} and ${other} within ${MAX_PATH_LENGTH} relationships`), known: false, entities: [] };
    }
    const steps = paths[0]!.relationships.length;
    const nodes = new Map<string, GraphNode>();
    for (const path of paths) for (const node of path.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
    const listed = paths.slice(0, PATHS_LISTED).map((path) => pathText(path.nodes, path.relationships));
    const hidden = paths.length - PATHS_LISTED;
    const more = hidden > 0 ? `; and ${hidden} more path${hidden === 1 ? '' : 's'}` : '';
    const how = steps === 1 ? 'directly' : `in ${steps} steps`;
    return {
      sentence: `${captionOf(paths[0]!.nodes[0]!)} and ${captionOf(paths[0]!.nodes.at(-1)!)} are connected ${how}: ${listed.join('; ')}${more}.`,
      known: true,
      entities: [...nodes.values()],
    };
  },
};
