// A question's frame: its words as lemmas, with every name replaced by a slot. Forms read frames, never raw
// text: "who owns Youku", "Youku's owner" and "Youku belongs to whom" are three frames around one slot.
import { editDistance } from '../../text/distance.ts';
import type { CatalogEntry, EntityIndex, MatchKind, Mention } from './linking.ts';
import { isVocabulary, lemmatize, LONG_VOCABULARY, POSSESSIVE, splitCue } from './lexicon.ts';
import { tokenize, type Token } from './text.ts';

export interface Slot {
  /** Order among the question's slots. */
  index: number;
  /** The words as typed, and where they are in the question. */
  text: string;
  start: number;
  end: number;
  /** The entities the words may mean; empty when nothing in the graph is called that. */
  candidates: CatalogEntry[];
  match: MatchKind | 'unknown';
  /** An unknown slot that looks like a name (capitals, digits, Chinese) rather than a stray word. */
  nameLike: boolean;
}

export type FrameItem = { kind: 'word'; lemma: string; norm: string; raw: string } | { kind: 'slot'; slot: Slot };

const CONTRACTED = new Set(['who', 'what', 'where', 'when', 'how', 'that', 'it', 'there', 'here', 'he', 'she', 'which']);
const CLEARLY_A_NAME = /\p{Lu}|\d|\p{Script=Han}/u;

export interface CueHit {
  cue: string;
  /** Item span, end exclusive. */
  from: number;
  to: number;
}

export class Frame {
  readonly slots: Slot[];

  constructor(
    readonly question: string,
    readonly items: readonly FrameItem[],
  ) {
    this.slots = items.flatMap((item) => (item.kind === 'slot' ? [item.slot] : []));
  }

  /** Every place where one of the cues occurs, longest cue first at each place. */
  findCues(cues: readonly string[]): CueHit[] {
    const hits: CueHit[] = [];
    const phrases = cues.map((cue) => ({ cue, words: splitCue(cue) })).sort((a, b) => b.words.length - a.words.length);
    for (let from = 0; from < this.items.length; from++) {
      for (const { cue, words } of phrases) {
        if (words.every((word, offset) => this.lemmaAt(from + offset) === word)) {
          hits.push({ cue, from, to: from + words.length });
          break;
        }
      }
    }
    return hits;
  }

  has(cues: readonly string[]): boolean {
    return this.findCues(cues).length > 0;
  }

  lemmaAt(position: number): string | undefined {
    const item = this.items[position];
    return item?.kind === 'word' ? item.lemma : undefined;
  }

  positionOf(slot: Slot): number {
    return this.items.findIndex((item) => item.kind === 'slot' && item.slot === slot);
  }

  /**
   * The slots a form should fill: names the graph knows and words that clearly are names ("Foobar" mid-sentence,
   * "36Kr", "优酷"); failing those, any name-like words ("who owns foobar"); failing those, whatever is left.
   */
  usableSlots(): Slot[] {
    const clear = this.slots.filter((slot) => slot.candidates.length > 0 || (slot.nameLike && slot.start > 0 && CLEARLY_A_NAME.test(slot.text)));
    if (clear.length) return clear;
    const nameLike = this.slots.filter((slot) => slot.nameLike);
    return nameLike.length ? nameLike : this.slots;
  }

  /** Words of the frame that are neither stop words nor cues: what the question says besides names. */
  words(): string[] {
    return this.items.flatMap((item) => (item.kind === 'word' ? [item.lemma] : []));
  }
}

/** Builds the frame: names linked through the index, typos in frame words corrected, the rest left as slots. */
export function buildFrame(question: string, index: EntityIndex): Frame {
  const tokens = tokenize(question);
  const mentions = index.findMentions(question, tokens);
  const mentionAt = new Map<number, Mention>(mentions.map((mention) => [mention.from, mention]));
  const items: FrameItem[] = [];
  let unknown: Token[] = [];
  const slots: Slot[] = [];
  const addSlot = (slot: Omit<Slot, 'index'>) => {
    const full = { ...slot, index: slots.length };
    slots.push(full);
    items.push({ kind: 'slot', slot: full });
  };
  const flushUnknown = () => {
    if (unknown.length === 0) return;
    const start = unknown[0]!.start;
    const end = unknown.at(-1)!.end;
    addSlot({ text: question.slice(start, end), start, end, candidates: [], match: 'unknown', nameLike: looksLikeName(unknown) });
    unknown = [];
  };

  for (let position = 0; position < tokens.length; ) {
    const mention = mentionAt.get(position);
    if (mention) {
      flushUnknown();
      addSlot({ text: mention.text, start: mention.start, end: mention.end, candidates: mention.candidates, match: mention.match, nameLike: true });
      position = mention.to;
      continue;
    }
    const token = tokens[position]!;
    // "who's", "what's", "it's": a contraction of "is", not a possessive.
    const contraction = token.kind === 'possessive' && CONTRACTED.has(tokens[position - 1]?.norm ?? '');
    const lemma = contraction ? 'be' : token.kind === 'possessive' ? POSSESSIVE : frameLemma(token.norm);
    if (token.kind !== 'possessive' && !isVocabulary(lemma)) {
      unknown.push(token);
    } else {
      flushUnknown();
      items.push({ kind: 'word', lemma, norm: token.norm, raw: token.raw });
    }
    position++;
  }
  flushUnknown();
  return new Frame(question, items);
}

/** The lemma of a frame word, with one typo forgiven in long words ("compets" → compete, "sucessor" → successor). */
function frameLemma(norm: string): string {
  const lemma = lemmatize(norm);
  if (isVocabulary(lemma) || norm.length < 5 || /\d/.test(norm)) return lemma;
  const forms = [norm, ...[/ies$/, /es$/, /s$/, /ed$/, /ing$/].filter((suffix) => suffix.test(norm)).map((suffix) => norm.replace(suffix, ''))];
  for (const form of forms) {
    for (const word of LONG_VOCABULARY) {
      if (Math.abs(word.length - form.length) <= 1 && editDistance(form, word, 1) <= 1) return word;
    }
  }
  return lemma;
}

function looksLikeName(tokens: readonly Token[]): boolean {
  if (tokens.every((token) => /^\d+$/.test(token.norm))) return false;
  if (tokens.some((token) => token.kind === 'han' || /\p{Lu}/u.test(token.raw) || /\d/.test(token.raw))) return true;
  return !tokens.at(-1)!.norm.endsWith('ly');
}
