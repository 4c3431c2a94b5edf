// The Ask question suite on the seed graph: many phrasings of every form, aliases, Chinese names, typos,
// possessives, negatives, unknown and ambiguous names. Expected answers are computed from the seed graph file
// (data/seed/alibaba.graph.json), never written down, so the suite follows the data. Used by
// ask-questions.test.ts and by the timing script ask-measure.ts.
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../server/config.ts';
import type { AskResponse } from '../../server/contract.ts';

interface SeedNode {
  key: string;
  labels: string[];
  properties: Record<string, unknown>;
}
interface SeedRelationship {
  type: string;
  start: string;
  end: string;
}

const SEED = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'data', 'seed', 'alibaba.graph.json'), 'utf8')) as {
  nodes: SeedNode[];
  relationships: SeedRelationship[];
};
const EVIDENCE_LAYER = new Set(['MENTIONED_IN', 'HAS_SENTENCE']);
export const seedNodes = new Map(SEED.nodes.map((node) => [node.key, node]));
const facts = SEED.relationships.filter((r) => !EVIDENCE_LAYER.has(r.type) && seedNodes.has(r.start) && seedNodes.has(r.end));

export const outOf = (type: string, key: string) => facts.filter((r) => r.type === type && r.start === key).map((r) => r.end);
export const into = (type: string, key: string) => facts.filter((r) => r.type === type && r.end === key).map((r) => r.start);
const both = (type: string, key: string) => [...outOf(type, key), ...into(type, key)];
const hasLabel = (key: string, label: string) => seedNodes.get(key)?.labels.includes(label) ?? false;

/** The truth of each form, read from the seed graph file. */
export const truth = {
  competitors: (k: string) => both('COMPETES_WITH', k),
  partners: (k: string) => both('PARTNERS_WITH', k),
  owners: (k: string) => [...into('OWNS', k), ...outOf('PART_OF', k)],
  holdings: (k: string) => [...outOf('OWNS', k), ...into('PART_OF', k)],
  ultimateOwners(k: string): string[] {
    const tops = new Set<string>();
    const walk = (key: string, lastWasOwns: boolean, seen: Set<string>) => {
      const up = [...into('OWNS', key).map((o) => ({ o, owns: true })), ...outOf('PART_OF', key).map((o) => ({ o, owns: false }))];
      if (up.length === 0 && lastWasOwns) tops.add(key);
      for (const { o, owns } of up) if (!seen.has(o)) walk(o, owns, new Set([...seen, o]));
    };
    walk(k, false, new Set([k]));
    return [...tops];
  },
  leaders: (k: string) => into('LEADS', k),
  formerLeaders: (k: string) => into('LED', k),
  leadershipRoles: (k: string) => [...outOf('LEADS', k), ...outOf('LED', k)],
  successors: (k: string) => into('SUCCEEDED', k),
  predecessors: (k: string) => outOf('SUCCEEDED', k),
  trafficSources: (k: string) => into('TRAFFIC_SOURCE_FOR', k),
  trafficBeneficiaries: (k: string) => outOf('TRAFFIC_SOURCE_FOR', k),
  events: (k: string) => [...(hasLabel(k, 'Event') ? [k] : []), ...facts.flatMap((r) => (r.start === k ? [r.end] : r.end === k ? [r.start] : [])).filter((o) => hasLabel(o, 'Event'))],
  figures(k: string, metric?: (figure: SeedNode) => boolean): string[] {
    const all = [...outOf('REPORTED', k), ...into('MEASURES', k), ...(hasLabel(k, 'Figure') && into('REPORTED', k).length ? [k] : [])].filter((o) => hasLabel(o, 'Figure'));
    return all.filter((o) => !metric || metric(seedNodes.get(o)!));
  },
  neighbours: (k: string) => facts.flatMap((r) => (r.start === k ? [r.end] : r.end === k ? [r.start] : [])),
  /** Steps on a shortest path, ignoring direction (breadth-first over the facts). */
  distance(a: string, b: string): number | undefined {
    let frontier = [a];
    const seen = new Set([a]);
    for (let steps = 1; frontier.length && steps <= 6; steps++) {
      const next: string[] = [];
      for (const key of frontier) {
        for (const other of truth.neighbours(key)) {
          if (other === b) return steps;
          if (!seen.has(other)) {
            seen.add(other);
            next.push(other);
          }
        }
      }
      frontier = next;
    }
    return undefined;
  },
};

export type Expectation =
  /** The answer's entities are exactly these keys (empty: the graph holds no such fact). */
  | { kind: 'entities'; keys: string[] }
  /** A yes/no question about two entities: when yes, the answer's one entity is one of the two. */
  | { kind: 'check'; yes: boolean; pair: [string, string] }
  | { kind: 'connection'; from: string; to: string; steps: number | undefined }
  | { kind: 'about'; subject: string; keys: string[] }
  | { kind: 'unknown-entity'; text: string }
  | { kind: 'ambiguous'; keys: string[] }
  | { kind: 'not-understood' };

export interface AskCase {
  question: string;
  /** What the case exercises, for the report. */
  topic: string;
  expect: Expectation;
}

const set = (keys: string[]) => [...new Set(keys)].sort();
const entities = (keys: string[]): Expectation => ({ kind: 'entities', keys: set(keys) });
/** "Does A own B?": yes when B is among A's truth. */
const check = (subject: string, truthKeys: string[], other: string): Expectation => ({ kind: 'check', yes: truthKeys.includes(other), pair: [subject, other] });
const metricHas = (word: string) => (figure: SeedNode) => String(figure.properties.metric ?? '').toLowerCase().includes(word);

const cases = (topic: string, expect: Expectation, questions: string[]): AskCase[] => questions.map((question) => ({ question, topic, expect }));

export const ASK_SUITE: AskCase[] = [
  ...cases('competitors', entities(truth.competitors('meituan')), [
    'who competes with Meituan?',
    "Meituan's rivals",
    'Who does Meituan compete with?',
    'rivals of Meituan',
    'Which companies are competitors of Meituan?',
    'who is Meituan up against',
    'MEITUAN COMPETITORS',
    'who competes with meitaun?',
    '美团的竞争对手有哪些？',
    'who competes with Meituan Dianping?',
  ]),
  ...cases('competitors', entities(truth.competitors('alibaba')), ["Ali's rivals", 'Who are the competitors of Alibaba Group?', '阿里巴巴的竞争对手是谁', 'Alibabas opponents']),
  ...cases('competitors', entities(truth.competitors('pinduoduo')), ['Pinduoduos rivals', 'who fights PDD', 'Who is competing with 拼多多?']),
  ...cases('competitors', entities(truth.competitors('youku')), ['Who are Youku’s competitors?']),
  ...cases('competitors (none)', entities(truth.competitors('focus-media')), ['who competes with Focus Media?']),
  ...cases('competitors (check)', check('alibaba', truth.competitors('alibaba'), 'pinduoduo'), ['Does Alibaba compete with Pinduoduo?', 'Are Pinduoduo and Alibaba rivals?']),
  ...cases('competitors (check)', check('douyin', truth.competitors('douyin'), 'kuaishou'), ['Is Kuaishou a rival of Douyin?']),
  ...cases('competitors (check)', check('jd', truth.competitors('jd'), 'meituan'), ['Does JD compete with Meituan?']),

  ...cases('owner', entities(truth.owners('youku')), [
    'who owns Youku?',
    'Who is the parent company of Youku?',
    'Youku belongs to',
    'Youku belongs to whom?',
    'To whom does Youku belong?',
    'whose is Youku?',
    "Youku's owner",
    'Which company is Youku a subsidiary of?',
    'Who owns Youku Tudou?',
    'who owns Youkou?',
    'WHO OWNS YOUKU',
    '谁拥有优酷？',
    '优酷属于谁',
    '优酷的母公司',
    'Who currently owns Youku?',
    'Who has Youku been acquired by?',
  ]),
  ...cases('owner', entities(truth.owners('ele-me')), ['Who owns Ele. Hungry?', 'who is the owner of Eleme', 'Ele.me is part of which group?']),
  ...cases('owner', entities(truth.owners('douyin')), ['Who owns TikTok live streaming?', 'Which company controls Douyin?', '抖音属于哪家公司']),
  ...cases('owner', entities(truth.owners('taobao')), ['淘宝是谁的', 'Who acquired Taobao?', 'Who controls Taobao?']),
  ...cases('owner (part of)', entities(truth.owners('douyin-store')), ['What is Douyin Store part of?']),
  ...cases('owner (none)', entities(truth.owners('alibaba')), ['who owns Alibaba?', "Who is Ali's parent company?"]),
  ...cases('owner (none)', entities(truth.owners('weibo')), ['Who owns Weibo?']),
  ...cases('owner (check)', check('youku', truth.owners('youku'), 'alibaba'), ['Is Youku owned by Alibaba?', 'Does Alibaba own Youku?', 'Is Youku a subsidiary of Alibaba?']),
  ...cases('owner (check)', check('youku', truth.owners('youku'), 'tencent'), ['Is Youku owned by Tencent?']),
  ...cases('owner (check)', check('alibaba', truth.holdings('alibaba'), 'weibo'), ['Does Alibaba own Weibo?']),

  ...cases('ultimate owner', entities(truth.ultimateOwners('douyin-store')), [
    'Who ultimately owns Douyin Store?',
    'Who is the ultimate owner of Douyin Store?',
    'Who owns Douyin Store at the top of the chain?',
    'who is the ultimate owner of Douyin shop',
  ]),
  ...cases('ultimate owner', entities(truth.ultimateOwners('youku')), ['Who ultimately owns Youku?']),
  ...cases('ultimate owner (none)', entities(truth.ultimateOwners('alibaba')), ['Who ultimately owns Alibaba?']),

  ...cases('holdings', entities(truth.holdings('bytedance')), [
    'What does ByteDance own?',
    'what is owned by ByteDance',
    '字节跳动拥有什么',
    '字节跳动旗下有什么',
    'What are the subsidiaries of Bytedance?',
  ]),
  ...cases('holdings (products)', entities(truth.holdings('bytedance').filter((k) => hasLabel(k, 'Product'))), ["ByteDance's products", 'Which products does Bytedance have?']),
  ...cases('holdings', entities(truth.holdings('alibaba')), ["Ali's subsidiaries", 'Alibaba’s subsidiaries', 'What does Alibaba own?', 'what belongs to Alibaba']),
  ...cases('holdings', entities(truth.holdings('douyin')), ['What is part of Douyin?']),
  ...cases('holdings', entities(truth.holdings('bytedance')), ['What apps does ByteDance run?']),
  ...cases('holdings', entities(truth.holdings('tencent')), ["Tencent's holdings"]),
  ...cases('holdings (none)', entities(truth.holdings('pinduoduo')), ['What does Pinduoduo own?']),

  ...cases('leader', entities(truth.leaders('alibaba')), [
    'who leads Alibaba?',
    'Who is the CEO of Ali?',
    'who runs Alibaba Group',
    'Who heads Alibaba?',
    "Alibaba's boss",
    "Alibaba's head",
    'who is in charge of Alibaba',
    'Who is the chairman of 阿里巴巴?',
    '阿里巴巴的掌门人是谁',
    'who leads Alibabba',
    'Alibaba is led by whom?',
    "Who's running Alibaba these days?",
  ]),
  ...cases('leader (none)', entities(truth.leaders('tencent')), ['Who leads Tencent?', 'Who is the CEO of Pinduoduo?']),
  ...cases('former leader', entities(truth.formerLeaders('alibaba')), [
    'Who led Alibaba before?',
    'who used to run Ali?',
    'Who was the former chairman of Alibaba?',
    "Who was Alibaba's previous CEO?",
  ]),
  ...cases('leadership roles', entities(truth.leadershipRoles('zhang-yong')), ['What does Zhang Yong lead?', 'Which company does Daniel Zhang run?', 'What is Zhang Yong the CEO of?']),
  ...cases('leadership roles', entities(truth.leadershipRoles('ma-yun')), ['What did Jack Ma lead?']),

  ...cases('successor', entities(truth.successors('ma-yun')), [
    'who succeeded Ma Yun?',
    'Who replaced Jack Ma?',
    "Ma Yun's successor",
    'Who took over from Ma Yun?',
    'Who came after Jack Ma?',
    'Ma Yun was succeeded by whom?',
    'Who took over Alibaba from Jack Ma?',
    '马云的继任者是谁',
    'who is the successor of 马云',
  ]),
  ...cases('successor (none)', entities(truth.successors('zhang-yong')), ['Who succeeded Zhang Yong?']),
  ...cases('predecessor', entities(truth.predecessors('zhang-yong')), [
    'whom did Zhang Yong succeed?',
    "Who was Zhang Yong's predecessor?",
    'Who did Daniel Zhang take over from?',
    'who came before Zhang Yong',
    'Who preceded 张勇?',
    '张勇接替了谁',
    'whom did Zhang Yongg succeed?',
    "Who is Zhang Yong's predecessor at Alibaba?",
  ]),
  ...cases('succession (check)', check('zhang-yong', truth.predecessors('zhang-yong'), 'ma-yun'), ['Did Zhang Yong succeed Ma Yun?']),

  ...cases('partners', entities(truth.partners('kuaishou')), ["Who are Kuaishou's partners?", 'who does Kuaishou partner with', '快手的合作伙伴']),
  ...cases('partners', entities(truth.partners('jd')), ['Who works with JD?', "Jingdong's allies"]),
  ...cases('partners', entities(truth.partners('alibaba')), ['Who partners with Alibaba?']),
  ...cases('partners (none)', entities(truth.partners('pinduoduo')), ['Who partners with Pinduoduo?']),

  ...cases('traffic sources', entities(truth.trafficSources('alibaba')), ['Where does Alibaba get its traffic from?', "Alibaba's traffic sources", 'What are the sources of traffic for Ali?']),
  ...cases('traffic beneficiaries', entities(truth.trafficBeneficiaries('focus-media')), ['Whom does Focus Media bring traffic to?']),

  ...cases('events', entities(truth.events('alibaba')), ['What events involved Alibaba?', "Alibaba's timeline", 'what happened to Alibaba']),
  ...cases('events (took part)', entities(outOf('PARTICIPATED_IN', 'alibaba')), ['Which events did Ali take part in?']),
  ...cases('events', entities(truth.events('kuaishou')), ['When did things happen at Kuaishou?', 'What events did Kuaishou participate in?']),
  ...cases('events', entities(truth.events('double-11-2018')), ['When was Double Eleven 2018?', 'When did 2018双十一 happen?']),
  ...cases('events (none)', entities(truth.events('tencent')), ['What events involved Tencent?']),

  ...cases('figures', entities(truth.figures('alibaba')), ['What figures did Alibaba report?', "Ali's numbers", 'Alibaba financial results']),
  ...cases('figures', entities(truth.figures('alibaba', metricHas('revenue'))), ["What is Alibaba's revenue?", 'How much revenue did Alibaba make?', 'Alibaba revenue']),
  ...cases('figures', entities(truth.figures('pinduoduo', metricHas('buyer'))), ['How many new active buyers did Pinduoduo add?']),
  ...cases('figures', entities(truth.figures('kuaishou', metricHas('target'))), ["What is Kuaishou's GMV target?", 'Kuaishou GMV target']),
  ...cases('figures', entities(truth.figures('alibaba', (f) => 'change_pct' in f.properties || 'growth_factor_min' in f.properties)), ["What was Alibaba's revenue growth?"]),
  ...cases('figures', entities(truth.figures('alibaba', (f) => String(f.properties.period ?? '').includes('2019'))), ['What did Alibaba report in 2019?']),
  ...cases('figures', entities(truth.figures('douyin')), ['What figures measure Douyin?']),
  ...cases('figures (none)', entities(truth.figures('jd')), ['What figures did JD report?']),
  ...cases('figures (none)', entities(truth.figures('pinduoduo', metricHas('revenue'))), ["What is Pinduoduo's revenue?"]),

  ...cases('connection', { kind: 'connection', from: 'youku', to: 'meituan', steps: truth.distance('youku', 'meituan') }, [
    'How are Youku and Meituan connected?',
    'What is the relationship between Youku and Meituan?',
    'Youku Meituan',
  ]),
  ...cases('connection', { kind: 'connection', from: 'ma-yun', to: 'pinduoduo', steps: truth.distance('ma-yun', 'pinduoduo') }, ['Is there a path from Jack Ma to Pinduoduo?', 'what connects 马云 and 拼多多']),
  ...cases('connection', { kind: 'connection', from: 'focus-media', to: 'toutiao', steps: truth.distance('focus-media', 'toutiao') }, ['How is Focus Media related to Toutiao?']),

  ...cases('about', { kind: 'about', subject: 'douyin', keys: set(truth.neighbours('douyin')) }, ['What do we know about Douyin?', 'Tell me about 抖音', 'Douyin?', 'describe douyin']),
  ...cases('about', { kind: 'about', subject: 'zhang-yong', keys: set(truth.neighbours('zhang-yong')) }, ['Who is Zhang Yong?', 'What do you know about Daniel Zhang?']),
  ...cases('about', { kind: 'about', subject: '36kr', keys: set(truth.neighbours('36kr')) }, ['What is 36Kr?']),

  ...cases('unknown entity', { kind: 'unknown-entity', text: 'Foobar' }, ['who owns Foobar?']),
  ...cases('unknown entity', { kind: 'unknown-entity', text: 'Acme Widgets' }, ['Who competes with Acme Widgets?']),
  ...cases('unknown entity', { kind: 'unknown-entity', text: 'Zyxwv' }, ['What do we know about Zyxwv?']),
  ...cases('ambiguous', { kind: 'ambiguous', keys: ['tencent-video', 'watermelon-video'] }, ['who owns the video?']),
  ...cases('ambiguous', { kind: 'ambiguous', keys: ['douyin-store', 'kuaishou-store'] }, ['Who owns Store?']),
  ...cases('not understood', { kind: 'not-understood' }, ['asdf qwer zxcv', 'What colour is the sky?', 'how do I bake bread?', 'why?']),
];

const keysOf = (response: AskResponse) => set(response.entities.map((entity) => entity.key));
const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** What is wrong with a response to a case; empty when it is right. */
export function problemsWith(test: AskCase, response: AskResponse): string[] {
  const problems: string[] = [];
  const expectKnown = (known: boolean) => {
    if (response.known !== known) problems.push(`known is ${response.known}, expected ${known} (answer: ${response.answer})`);
  };
  const expectNoFact = () => {
    if (!/holds no such fact/.test(response.answer)) problems.push(`a negative answer should say the graph holds no such fact: ${response.answer}`);
    if (response.entities.length) problems.push('a negative answer has entities');
  };
  const e = test.expect;
  switch (e.kind) {
    case 'entities':
      expectKnown(e.keys.length > 0);
      if (!same(keysOf(response), e.keys)) problems.push(`entities ${JSON.stringify(keysOf(response))}, expected ${JSON.stringify(e.keys)}`);
      if (e.keys.length === 0) expectNoFact();
      else if (response.evidence.length === 0) problems.push('no evidence for a known answer');
      break;
    case 'check':
      if (!/^No\. /.test(response.answer)) expectKnown(e.yes);
      if (e.yes && !(same(keysOf(response), [e.pair[0]]) || same(keysOf(response), [e.pair[1]]))) {
        problems.push(`entities ${JSON.stringify(keysOf(response))}, expected one of ${JSON.stringify(e.pair)}`);
      }
      // "No" with the fact that says so (another owner), or no such fact at all.
      if (!e.yes && !/^No\. /.test(response.answer)) expectNoFact();
      break;
    case 'connection': {
      expectKnown(e.steps !== undefined);
      const keys = keysOf(response);
      if (e.steps !== undefined && !(keys.includes(e.from) && keys.includes(e.to))) problems.push(`path nodes ${JSON.stringify(keys)} lack ${e.from} or ${e.to}`);
      const steps = response.subgraph.relationships.length && e.steps !== undefined ? Number(/in (\d+) steps|directly/.exec(response.answer)?.[1] ?? 1) : undefined;
      if (steps !== e.steps) problems.push(`${steps} steps, expected ${e.steps}: ${response.answer}`);
      break;
    }
    case 'about':
      expectKnown(true);
      if (!same(keysOf(response), e.keys)) problems.push(`neighbours ${JSON.stringify(keysOf(response))}, expected ${JSON.stringify(e.keys)}`);
      if (!response.answer.startsWith(String(seedNodes.get(e.subject)?.properties.name))) problems.push(`the answer should open with the subject: ${response.answer}`);
      break;
    case 'unknown-entity':
      expectKnown(false);
      if (!response.answer.includes(`no entity called “${e.text}”`)) problems.push(`should say there is no entity called “${e.text}”: ${response.answer}`);
      if (response.suggestions.length === 0) problems.push('no closest names suggested');
      break;
    case 'ambiguous':
      expectKnown(false);
      for (const key of e.keys) {
        const name = String(seedNodes.get(key)?.properties.name);
        if (!response.answer.includes(name)) problems.push(`the question back should list ${name}: ${response.answer}`);
        if (!response.suggestions.some((s) => s.includes(name))) problems.push(`no suggestion naming ${name}`);
      }
      if (!/which one/i.test(response.answer)) problems.push(`should ask which one: ${response.answer}`);
      break;
    case 'not-understood':
      expectKnown(false);
      if (!/did not understand/.test(response.answer)) problems.push(`should say it did not understand: ${response.answer}`);
      if (response.suggestions.length < 5) problems.push(`only ${response.suggestions.length} suggestions`);
      break;
  }
  return problems;
}
