// Limits on the size of a console text's structure, checked on its tokens before Neo4j sees it. Neo4j's parser
// and planner take time that grows faster than the text for deep nesting (1,000 nested parentheses: no answer
// after 120 s), long operator chains (500 ORs: 7.6 s to plan) and many UNIONs (100: 13.5 s), holding a
// connection all along. Each limit is far above what a written query needs; one linear pass over the tokens.
import type { Token } from './lexer.ts';

export const COMPLEXITY_LIMITS = {
  /** Parentheses, brackets and braces open at once. */
  depth: 50,
  /** Tokens other than comments. */
  tokens: 5_000,
  /** Operators (arithmetic, comparison, boolean, string and list predicates). */
  operators: 300,
  /** UNION clauses. */
  unions: 20,
} as const;

export type ComplexityLimits = { readonly [limit in keyof typeof COMPLEXITY_LIMITS]: number };

export interface ComplexityRefusal {
  message: string;
  offset: number;
}

const OPENERS = new Set(['(', '[', '{']);
const CLOSERS = new Set([')', ']', '}']);
const OPERATOR_PUNCT = new Set(['+', '-', '*', '/', '%', '^', '=', '<', '>', '~', '|']);
const OPERATOR_WORDS = new Set(['AND', 'OR', 'XOR', 'NOT', 'IN', 'STARTS', 'ENDS', 'CONTAINS', 'IS']);

const ADVICE = 'pass large values as parameters ($name) and split the query';

/** The first limit the tokens (comments already dropped) go past, or undefined. */
export function checkComplexity(tokens: readonly Token[], limits: ComplexityLimits = COMPLEXITY_LIMITS): ComplexityRefusal | undefined {
  if (tokens.length > limits.tokens) {
    return { message: `The query has more than ${limits.tokens} tokens, the console's limit: ${ADVICE}.`, offset: tokens[limits.tokens]!.start };
  }
  let depth = 0;
  let operators = 0;
  let unions = 0;
  for (const token of tokens) {
    if (token.kind === 'punct') {
      if (OPENERS.has(token.text)) {
        if (++depth > limits.depth) {
          return { message: `The query nests parentheses, brackets or braces more than ${limits.depth} deep, the console's limit: ${ADVICE}.`, offset: token.start };
        }
      } else if (CLOSERS.has(token.text)) {
        depth = Math.max(0, depth - 1);
      } else if (OPERATOR_PUNCT.has(token.text) && ++operators > limits.operators) {
        return { message: `The query has more than ${limits.operators} operators, the console's limit: ${ADVICE}.`, offset: token.start };
      }
    } else if (token.kind === 'word') {
      const word = token.name.toUpperCase();
      if (OPERATOR_WORDS.has(word) && ++operators > limits.operators) {
        return { message: `The query has more than ${limits.operators} operators, the console's limit: ${ADVICE}.`, offset: token.start };
      }
      if (word === 'UNION' && ++unions > limits.unions) {
        return { message: `The query has more than ${limits.unions} UNION clauses, the console's limit: split it into several queries.`, offset: token.start };
      }
    }
  }
  return undefined;
}
