// Reading who is who in a question about a directed relationship. The graph stores OWNS as owner → owned;
// a question names one side and asks for the other. Word order decides which:
//   passive  "Youku is owned by X" / "what is owned by Alibaba"  – the slot after the cue is the agent;
//   active   "who owns Youku" / "what does Alibaba own"           – the slot before the verb is the agent;
//   noun     "the owner of Youku", "Youku's owner"                 – the noun names the role asked for,
//            unless the slot itself fills it ("what is Youku a subsidiary of").
// With a slot on each side the question checks a fact ("does Alibaba own Youku?").
import type { DirectedVocabulary } from './concepts.ts';
import type { CueHit, Frame, Slot } from './frame.ts';

export type Role = 'agent' | 'patient';

export interface DirectedReading {
  /** The role the question asks for; `subject` fills the other one. */
  asked: Role;
  subject?: Slot;
  /** A second name on the asked side: the question checks whether it is one of the answers. */
  object?: Slot;
  /** 3 for a verb, 2 for a role noun, 1 for a loose noun ("products"). */
  strength: number;
  cue: string;
}

const other = (role: Role): Role => (role === 'agent' ? 'patient' : 'agent');
const LINKING = new Set(['of', 'for', 'to', 'at', 'in', 'on', 'with', 'the', 'a', 'an', 'from']);
const ARTICLES = new Set(['the', 'a', 'an']);

export function readDirected(frame: Frame, vocabulary: DirectedVocabulary, options: { whoseMeansAgent?: boolean } = {}): DirectedReading | undefined {
  const slots = frame.usableSlots();
  const position = (slot: Slot) => frame.positionOf(slot);
  const before = (hit: CueHit) => slots.filter((slot) => position(slot) < hit.from).at(-1);
  const after = (hit: CueHit) => slots.find((slot) => position(slot) >= hit.to);

  const verbReading = (hit: CueHit, beforeRole: Role): DirectedReading => {
    const first = before(hit);
    const second = markedPatient(hit) ?? after(hit);
    if (first) return { asked: other(beforeRole), subject: first, object: second, strength: 3, cue: hit.cue };
    if (second) return { asked: beforeRole, subject: second, strength: 3, cue: hit.cue };
    return { asked: beforeRole, strength: 3, cue: hit.cue };
  };
  // "took over Alibaba from Jack Ma": the marked slot is the patient, whatever comes between.
  const markedPatient = (hit: CueHit) => {
    if (!vocabulary.patientMarkers?.length) return undefined;
    const marker = frame.findCues(vocabulary.patientMarkers).find((m) => m.from >= hit.to);
    const slot = marker && slots.find((s) => position(s) === marker.to);
    return slot && beforeRoleIsAgent(hit) ? slot : undefined;
  };
  const beforeRoleIsAgent = (hit: CueHit) => [...(vocabulary.active ?? [])].includes(hit.cue);
  // "Alibaba's head", "the chair": a verb word used as a noun is left to the noun rules.
  const verbs = (cues: readonly string[] | undefined) =>
    frame.findCues(cues ?? []).filter((hit) => {
      const previous = frame.lemmaAt(hit.from - 1) ?? '';
      return previous !== "'s" && !ARTICLES.has(previous);
    });

  const passive = verbs(vocabulary.passive)[0];
  if (passive) return verbReading(passive, 'patient');
  const inversePassive = verbs(vocabulary.inversePassive)[0];
  if (inversePassive) return verbReading(inversePassive, 'agent');
  const active = verbs(vocabulary.active)[0];
  if (active) return verbReading(active, 'agent');
  const inverseActive = verbs(vocabulary.inverseActive)[0];
  if (inverseActive) return verbReading(inverseActive, 'patient');

  const nouns: { hit: CueHit; role: Role; strength: number }[] = [
    ...frame.findCues(vocabulary.agentNouns).map((hit) => ({ hit, role: 'agent' as Role, strength: 2 })),
    ...frame.findCues(vocabulary.patientNouns).map((hit) => ({ hit, role: 'patient' as Role, strength: 2 })),
    ...frame.findCues(vocabulary.weakPatientNouns ?? []).map((hit) => ({ hit, role: 'patient' as Role, strength: 1 })),
  ].sort((a, b) => b.strength - a.strength || a.hit.from - b.hit.from);
  const noun = nouns[0];
  if (noun) return nounReading(frame, slots, noun.hit, noun.role, noun.strength);

  const chineseWhose = frame.items.some((item, i) => item.kind === 'word' && item.lemma === '谁' && frame.lemmaAt(i + 1) === "'s");
  if (options.whoseMeansAgent && (frame.has(['whose']) || chineseWhose)) {
    return { asked: 'agent', subject: slots[0], strength: 2, cue: 'whose' };
  }
  return undefined;
}

function nounReading(frame: Frame, slots: Slot[], hit: CueHit, role: Role, strength: number): DirectedReading {
  const position = (slot: Slot) => frame.positionOf(slot);
  // "owner of Youku": only linking words between the noun and the slot after it.
  const following = slots.find((slot) => position(slot) >= hit.to);
  const followsClosely = following && range(hit.to, position(following)).every((i) => LINKING.has(frame.lemmaAt(i) ?? ''));
  const preceding = slots.filter((slot) => position(slot) < hit.from).at(-1);
  // "Zhang Yong's predecessor at Alibaba": an explicit possessive names the subject; what follows is context.
  const between = preceding ? range(position(preceding) + 1, hit.from).map((i) => frame.lemmaAt(i) ?? '') : [];
  if (preceding && between.includes("'s") && between.every((lemma) => lemma === "'s" || ARTICLES.has(lemma))) {
    return { asked: role, subject: preceding, strength, cue: hit.cue };
  }
  if (following && followsClosely) {
    return { asked: role, subject: following, object: preceding, strength, cue: hit.cue };
  }
  // "what is Youku a subsidiary of?": the noun ends in a dangling preposition, the slot fills the noun's role.
  const dangling = !following && LINKING.has(frame.lemmaAt(hit.to) ?? '') && !ARTICLES.has(frame.lemmaAt(hit.to) ?? '');
  if (preceding && dangling) return { asked: other(role), subject: preceding, strength, cue: hit.cue };
  // "Youku's owner", "Alibaba CEO", "优酷的母公司".
  if (preceding && range(position(preceding) + 1, hit.from).every((i) => frame.lemmaAt(i) === "'s" || ARTICLES.has(frame.lemmaAt(i) ?? ''))) {
    return { asked: role, subject: preceding, strength, cue: hit.cue };
  }
  return { asked: role, subject: following ?? preceding, strength, cue: hit.cue };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}
