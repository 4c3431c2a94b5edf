// Small helpers the forms share for reading slots and grouping rows.
import type { GraphNode } from '../../contract.ts';
import type { Frame, Slot } from '../language/frame.ts';
import type { AskRow } from './types.ts';
import { captionOf, listNames } from './phrasing.ts';

/** The first two usable slots: the subject, and a second name if the question has one. */
export function subjectAndObject(frame: Frame): { subject?: Slot; object?: Slot } {
  const [subject, object] = frame.usableSlots();
  return { subject, object };
}

/** Answers grouped by the type of the relationship that reached them. */
export function answersByType(rows: readonly AskRow[]): Map<string, GraphNode[]> {
  const groups = new Map<string, GraphNode[]>();
  for (const row of rows) {
    if (!row.answer) continue;
    const type = row.path?.relationships.at(0)?.type ?? '';
    const group = groups.get(type) ?? [];
    if (!group.some((node) => node.id === row.answer!.id)) group.push(row.answer);
    groups.set(type, group);
  }
  return groups;
}

/** "is owned by Alibaba and is part of Douyin": one clause per relationship type, in the given order. */
export function clauses(groups: Map<string, GraphNode[]>, phrases: Record<string, string>): string {
  const parts: string[] = [];
  for (const [type, phrase] of Object.entries(phrases)) {
    const nodes = groups.get(type);
    if (nodes?.length) parts.push(`${phrase} ${listNames(nodes.map(captionOf))}`);
  }
  return parts.join(' and ');
}
