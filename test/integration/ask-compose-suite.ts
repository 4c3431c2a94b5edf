// The composed-question suite on the seed graph: chains, and/or/not, counts and superlatives, types as nouns, time,
// figures compared, yes / no / not recorded, attributes of events, and trap questions whose right answer is
// "I could not use …" or "not recorded". Expected answers are computed from the seed graph file with the truth
// helpers of ask-suite.ts, never written down. Used by ask-compose.test.ts.
import type { AskResponse } from '../../server/contract.ts';
import { formatDate, formatPeriod } from '../../server/ask/plan/time.ts';
import { into, outOf, seedNodes, truth } from './ask-suite.ts';

export type ComposeExpectation =
  /** The answer's entities are exactly these keys; empty: the graph holds no such fact. */
  | { kind: 'entities'; keys: string[] }
  /** A number in the answer and in `value`, with the entities counted. */
  | { kind: 'count'; value: number; keys: string[] }
  /** Yes / no / not recorded; for "no", the fact that says so names `instead`. */
  | { kind: 'verdict'; verdict: 'yes' | 'no' | 'not recorded'; instead?: string }
  /** A date or period written as people write it, for the event `key`. */
  | { kind: 'date'; key: string; text: string }
  /** Figures compared: `winner` comes first, its figure's value stated. */
  | { kind: 'compare'; winner: string; loser: string; value: number }
  /** A trap: part of the question cannot be used; the answer says so and is marked incomplete. */
  | { kind: 'incomplete'; unused: string };

export interface ComposeCase {
  question: string;
  category: string;
  expect: ComposeExpectation;
}

const labelOf = (key: string) => seedNodes.get(key)?.labels.find((label) => label !== 'Entity');
const keysWith = (label: string) => [...seedNodes.values()].filter((node) => node.labels.includes(label)).map((node) => node.key);
const sorted = (keys: Iterable<string>) => [...new Set(keys)].sort();
const and = (...lists: string[][]) => lists.reduce((a, b) => a.filter((key) => b.includes(key)));
const minus = (a: string[], b: string[]) => a.filter((key) => !b.includes(key));
const chain = (from: string[], step: (key: string) => string[]) => sorted(from.flatMap(step));
const entities = (keys: string[]): ComposeExpectation => ({ kind: 'entities', keys: sorted(keys) });
const count = (keys: string[]): ComposeExpectation => ({ kind: 'count', value: new Set(keys).size, keys: sorted(keys) });

/** Events whose date, at its precision, lies inside [from, to). */
function eventsBetween(from: string, to: string): string[] {
  return [...seedNodes.values()]
    .filter((node) => node.labels.includes('Event'))
    .filter((node) => {
      const raw = (node.properties.date as { $date?: string } | undefined)?.$date;
      if (!raw) return false;
      const date = new Date(`${raw}T00:00:00Z`);
      const end = new Date(date);
      const precision = node.properties.date_precision;
      if (precision === 'year') end.setUTCFullYear(end.getUTCFullYear() + 1);
      else if (precision === 'month') end.setUTCMonth(end.getUTCMonth() + 1);
      else end.setUTCDate(end.getUTCDate() + 1);
      return raw >= from && end.toISOString().slice(0, 10) <= to;
    })
    .map((node) => node.key);
}

function dateOf(key: string): string {
  const node = seedNodes.get(key)!;
  return formatDate((node.properties.date as { $date: string }).$date, node.properties.date_precision);
}

/** The figure of `owner` whose metric holds every word, in a period. */
function figureValue(owner: string, words: string[], period: string): number | undefined {
  const figure = truth
    .figures(owner)
    .map((key) => seedNodes.get(key)!)
    .find((node) => words.every((word) => String(node.properties.metric).includes(word)) && node.properties.period === period);
  const value = figure?.properties.value as { $float?: number } | number | undefined;
  return typeof value === 'number' ? value : value?.$float;
}

function compare(a: string, b: string, words: string[], period: string, order: 'more' | 'less'): ComposeExpectation {
  const va = figureValue(a, words, period)!;
  const vb = figureValue(b, words, period)!;
  const aWins = order === 'more' ? va > vb : va < vb;
  return { kind: 'compare', winner: aWins ? a : b, loser: aWins ? b : a, value: aWins ? va : vb };
}

/** Who has the most relationships of a kind, among a label's nodes. */
function most(label: string, step: (key: string) => string[]): string[] {
  const counts = keysWith(label).map((key) => ({ key, n: new Set(step(key)).size }));
  const top = Math.max(...counts.map((c) => c.n));
  return counts.filter((c) => c.n === top).map((c) => c.key);
}

const rivals = truth.competitors;
/** Owners and holdings by OWNS alone: the planner's "owns" reads the OWNS type (PART_OF makes a part, not a holding). */
const ownsOwners = (k: string) => into('OWNS', k);
const ownsHoldings = (k: string) => outOf('OWNS', k);

const cases = (category: string, expect: ComposeExpectation, questions: string[]): ComposeCase[] => questions.map((question) => ({ question, category, expect }));

export const COMPOSE_SUITE: ComposeCase[] = [
  // Chains: the answer of one step is the start of the next.
  ...cases('chain', entities(chain(rivals('youku'), ownsOwners)), ["Who owns Youku's rivals?", 'Who owns the competitors of Youku?', 'owners of rivals of Youku']),
  ...cases('chain', entities(chain(and(ownsHoldings('bytedance'), keysWith('Product')), rivals)), ["What do ByteDance's products compete with?"]),
  ...cases('chain', entities(chain(ownsHoldings('alibaba'), rivals)), ["Who are the competitors of Alibaba's subsidiaries?", "Who competes with Alibaba's subsidiaries?"]),
  ...cases('chain', entities(minus(and(chain(ownsOwners('douyin'), ownsHoldings), keysWith('Product')), ['douyin'])), ["What other products does Douyin's owner have?"]),
  ...cases('chain', entities(chain(rivals('meituan'), (k) => truth.partners(k))), ["Who are the partners of Meituan's rivals?"]),
  ...cases('chain', entities(chain(truth.successors('ma-yun'), truth.leadershipRoles)), ["What does Ma Yun's successor lead?"]),

  // And, or, not.
  ...cases('and/or/not', entities(and(rivals('alibaba'), truth.partners('kuaishou'))), ['Which rival of Alibaba is a partner of Kuaishou?', 'rivals of Alibaba that partner with Kuaishou']),
  ...cases('and/or/not', entities(and(keysWith('Company'), rivals('alibaba'), truth.partners('jd'))), ['Which companies compete with Alibaba and also partner with JD?']),
  ...cases('and/or/not', entities(and(rivals('alibaba'), rivals('jd'))), ['Who competes with both Alibaba and JD?']),
  ...cases('and/or/not', entities(sorted([...rivals('youku'), ...rivals('meituan')])), ['Who competes with Youku or Meituan?']),
  ...cases('and/or/not', entities(minus(rivals('alibaba'), ownsHoldings('bytedance'))), ['rivals of Alibaba not owned by ByteDance', 'Which rivals of Alibaba are not owned by ByteDance?']),
  ...cases('and/or/not', entities(and(keysWith('Product'), rivals('alibaba'))), ['Which products compete with Alibaba?']),

  // Counts and superlatives, with the number in the answer.
  ...cases('count', count(rivals('youku')), ['How many competitors does Youku have?', 'How many rivals does Youku have?']),
  ...cases('count', count(and(keysWith('Company'), rivals('alibaba'))), ['How many companies compete with Alibaba?']),
  ...cases('count', count(keysWith('Event')), ['How many events are there?']),
  ...cases('count', count(keysWith('Person')), ['How many people are in the graph?']),
  ...cases('count', count(ownsHoldings('bytedance')), ['How many subsidiaries does ByteDance have?']),
  ...cases('superlative', entities(most('Company', rivals)), ['Which company has the most rivals?', 'Which company has the most competitors?']),
  ...cases('superlative', entities(most('Company', ownsHoldings)), ['Which company has the most subsidiaries?']),
  ...cases('superlative', entities(keysWith('Company').filter((k) => new Set(rivals(k)).size > 1)), ['Which companies have more than one rival?']),

  // Types as nouns, from the graph's labels.
  ...cases('types', entities(keysWith('Person')), ['Which people are in the graph?', 'Who are the people?', 'list the people']),
  ...cases('types', entities(keysWith('Event')), ['Which events are there?']),
  ...cases('types', entities(and(keysWith('Product'), ownsHoldings('alibaba'))), ['Which products does Alibaba own?']),
  ...cases('types', entities(and(keysWith('Company'), ownsOwners('youku'))), ['Which company owns Youku?']),

  // Time: filters and answers as people write them.
  ...cases('time', entities(eventsBetween('2020-06-01', '2020-07-01')), ['What happened in June 2020?', 'Which events happened in June 2020?']),
  ...cases('time', entities(eventsBetween('2019-01-01', '2020-01-01')), ['What happened in 2019?']),
  ...cases('time', entities(eventsBetween('2018-10-01', '2019-01-01')), ['What happened in Q4 2018?', 'What happened in the fourth quarter of 2018?']),
  ...cases('time', entities(eventsBetween('2020-10-09', '2020-10-10')), ['What happened on 9 October 2020?']),
  ...cases('time', { kind: 'date', key: 'douyin-third-party-link-ban', text: dateOf('douyin-third-party-link-ban') }, ['When were JD and Taobao links barred from Douyin live rooms?', 'When did Douyin bar third-party links?']),
  ...cases('time', { kind: 'date', key: 'alibaba-succession-2019', text: dateOf('alibaba-succession-2019') }, ['When did Zhang Yong take over from Ma Yun?']),
  ...cases('time', { kind: 'date', key: 'bytedance-ecommerce-department-founded', text: dateOf('bytedance-ecommerce-department-founded') }, ['When did ByteDance set up its e-commerce department?']),
  ...cases('time', { kind: 'date', key: 'pinduoduo-new-active-buyers-2019q4', text: formatPeriod('2019-Q4') }, ['How many new active buyers did Pinduoduo add?']),

  // Figures compared.
  ...cases('figures compared', compare('pinduoduo', 'alibaba', ['new', 'buyer'], '2019-Q4', 'more'), [
    'Who added more new buyers in Q4 2019, Pinduoduo or Alibaba?',
    'Which added more new active buyers in the fourth quarter of 2019, Alibaba or Pinduoduo?',
  ]),
  ...cases('figures compared', compare('pinduoduo', 'alibaba', ['new', 'buyer'], '2019-Q4', 'less'), ['Who added fewer new buyers in Q4 2019, Pinduoduo or Alibaba?']),

  // Yes / No / not recorded.
  ...cases('yes/no', { kind: 'verdict', verdict: 'no', instead: truth.leaders('alibaba')[0] }, ['Is Ma Yun still the head of Alibaba?', 'Does Ma Yun lead Alibaba?']),
  ...cases('yes/no', { kind: 'verdict', verdict: 'no', instead: ownsOwners('youku')[0] }, ['Is Youku owned by Tencent?', 'Does ByteDance own Youku?']),
  ...cases('yes/no', { kind: 'verdict', verdict: 'yes' }, ['Is Zhang Yong the head of Alibaba?', 'Does Alibaba own Youku?', 'Are Pinduoduo and Alibaba rivals?']),
  ...cases('yes/no', { kind: 'verdict', verdict: 'not recorded' }, ['Does Alibaba compete with Tencent?', 'Does Alibaba own Weibo?', 'Is Zhang Yong the head of Tencent?']),
  // An event has several participants: another one is no "No".
  ...cases('yes/no', { kind: 'verdict', verdict: 'not recorded' }, ['Did Kuaishou take part in Double Eleven 2018?']),

  // Attributes of events and facts: who reported, who took part, when.
  ...cases('attributes', entities([...into('REPORTED_ON', 'douyin-third-party-link-ban'), ...into('REPORTED', 'douyin-third-party-link-ban')]), ['Who reported on the Douyin link ban?']),
  ...cases('attributes', entities(truth.neighbours('alibaba-succession-2019').filter((k) => labelOf(k) === 'Person')), ['Which people took part in Zhang Yong takes over from Ma Yun?']),

  // Traps: a part the plan cannot use is said back; never a confident answer to another question.
  ...cases('trap', { kind: 'incomplete', unused: 'vertical' }, ['Which companies are vertical e-commerce players?']),
  ...cases('trap', { kind: 'incomplete', unused: 'profitable' }, ['Which rivals of Alibaba are profitable?']),
  ...cases('trap', { kind: 'incomplete', unused: 'headquartered' }, ['Which companies headquartered in Hangzhou compete with JD?']),
  ...cases('trap', { kind: 'verdict', verdict: 'not recorded' }, ['Does Tencent own Weibo?', 'Is Kuaishou a partner of Alibaba?']),
  ...cases('trap', entities([]), ['Who owns the rivals of Focus Media?', 'What happened in March 2017?']),
];

const keysOf = (response: AskResponse) => sorted(response.entities.map((entity) => entity.key));
const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** What is wrong with a response to a case; empty when it is right. */
export function composeProblems(test: ComposeCase, response: AskResponse): string[] {
  const problems: string[] = [];
  const e = test.expect;
  const complete = () => {
    if (response.complete !== true) problems.push(`marked incomplete (unused ${JSON.stringify(response.unused)}): ${response.answer}`);
  };
  switch (e.kind) {
    case 'entities':
      complete();
      if (!same(keysOf(response), e.keys)) problems.push(`entities ${JSON.stringify(keysOf(response))}, expected ${JSON.stringify(e.keys)}: ${response.answer}`);
      if (response.known !== e.keys.length > 0) problems.push(`known is ${response.known}: ${response.answer}`);
      if (e.keys.length === 0 && !/holds no such fact|None/.test(response.answer)) problems.push(`a negative answer should say so: ${response.answer}`);
      break;
    case 'count':
      complete();
      if (response.value !== e.value) problems.push(`value ${response.value}, expected ${e.value}: ${response.answer}`);
      if (!new RegExp(`\\b${e.value}\\b`).test(response.answer)) problems.push(`the number ${e.value} is not in the answer: ${response.answer}`);
      if (!same(keysOf(response), e.keys)) problems.push(`entities ${JSON.stringify(keysOf(response))}, expected ${JSON.stringify(e.keys)}`);
      break;
    case 'verdict':
      complete();
      if (response.verdict !== e.verdict) problems.push(`verdict ${response.verdict}, expected ${e.verdict}: ${response.answer}`);
      if (e.verdict === 'no') {
        if (!/^No\b/.test(response.answer)) problems.push(`should open with "No": ${response.answer}`);
        const name = String(seedNodes.get(e.instead!)?.properties.name);
        if (!response.answer.includes(name)) problems.push(`should name ${name}, the fact that says no: ${response.answer}`);
        if (response.evidence.length === 0) problems.push('a "No" without evidence');
      }
      if (e.verdict === 'yes' && !/^Yes\b/.test(response.answer)) problems.push(`should open with "Yes": ${response.answer}`);
      if (e.verdict === 'not recorded' && (response.known || !/holds no such fact/.test(response.answer))) problems.push(`should say it is not recorded: ${response.answer}`);
      break;
    case 'date':
      complete();
      if (!response.entities.some((entity) => entity.key === e.key)) problems.push(`entities ${JSON.stringify(keysOf(response))} lack ${e.key}`);
      if (!response.answer.includes(e.text)) problems.push(`the answer should give “${e.text}”: ${response.answer}`);
      break;
    case 'compare':
      complete();
      if (response.entities[0]?.key !== e.winner) problems.push(`${response.entities[0]?.key} first, expected ${e.winner}: ${response.answer}`);
      if (response.value !== e.value) problems.push(`value ${response.value}, expected ${e.value}`);
      if (!response.answer.startsWith(String(seedNodes.get(e.winner)?.properties.name))) problems.push(`should open with the winner: ${response.answer}`);
      break;
    case 'incomplete':
      if (response.complete !== false) problems.push(`should be marked incomplete: ${response.answer}`);
      if (!(response.unused ?? []).some((part) => part.includes(e.unused))) problems.push(`unused ${JSON.stringify(response.unused)} lacks “${e.unused}”`);
      if (!response.answer.includes('I could not use') || !response.answer.includes(e.unused)) problems.push(`should say what it could not use: ${response.answer}`);
      break;
  }
  return problems;
}
