// The seam between words and forms. A translator reads a question into a form, its entity slots and options;
// it never writes Cypher. The rule-based translator below is the only one; an LLM-backed translator can
// implement the same interface later (asked to choose a form id and quote the names, linked with linkText).
import { FORMS, type FormId } from './forms/index.ts';
import type { FormOptions } from './forms/types.ts';
import { buildFrame, type Slot } from './language/frame.ts';
import type { EntityIndex } from './language/linking.ts';

export interface Reading {
  form: FormId;
  subject?: Slot;
  /** A second name: checked against the answers, or the other end of a connection. */
  object?: Slot;
  options: FormOptions;
}

export interface Interpretation {
  /** The readings of the question, surest first; empty when it fits no form. When the surest one finds no fact,
   * the service tries the next relation readings of the same subject ("what apps does ByteDance run": leads, or owns). */
  readings: Reading[];
}

export interface QuestionTranslator {
  readonly name: string;
  translate(question: string, index: EntityIndex): Promise<Interpretation>;
}

/** Reads every form against the question's frame; surer readings first, ties in the registry's order. */
export const ruleBasedTranslator: QuestionTranslator = {
  name: 'rules',
  async translate(question, index) {
    const frame = buildFrame(question, index);
    const matches = FORMS.flatMap((form, order) => {
      const match = form.parse(frame);
      return match && match.score > 0 ? [{ form, order, ...match }] : [];
    }).sort((a, b) => b.score - a.score || a.order - b.order);
    return {
      readings: matches.map((match) => ({
        form: match.form.id,
        subject: match.subject,
        object: match.form.object === 'none' ? undefined : keepObject(match.subject, match.object, match.form.object === 'endpoint'),
        options: match.options ?? {},
      })),
    };
  },
};

/** A second name counts if the graph knows it, or if it clearly is a name ("Foobar", "36Kr", "优酷"). */
function keepObject(subject: Slot | undefined, object: Slot | undefined, required: boolean): Slot | undefined {
  if (!object || object === subject) return undefined;
  if (required || object.candidates.length > 0) return object;
  return /\p{Lu}|\d|\p{Script=Han}/u.test(object.text) ? object : undefined;
}

/** For translators that find names themselves: links a quoted name to the graph's entities. */
export function linkText(index: EntityIndex, text: string, position = 0): Slot {
  const mention = index.resolve(text);
  return {
    index: position,
    text,
    start: 0,
    end: text.length,
    candidates: mention?.candidates ?? [],
    match: mention?.match ?? 'unknown',
    nameLike: true,
  };
}
