// The committed seed graph file: up to date with its build (article + facts), the aliases the issue asks for,
// the contract's model (one type label, typed figures and dates), and exact evidence for every relationship.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedGraphText, SYMMETRIC_TYPES } from '../../data/seed/build.ts';
import { SEED_FILE, SEED_DOCUMENT_KEY } from '../../server/loader/seed.ts';
import { readGraphFiles } from '../../server/loader/read.ts';
import { sentenceIndexOf } from '../../server/evidence/offsets.ts';

const graph = readGraphFiles([SEED_FILE]);
const article = graph.documents[0]!;
const byKey = new Map(graph.nodes.map((n) => [n.key, n]));
const TYPES = ['Company', 'Product', 'Person', 'OrgUnit', 'Event', 'Figure'];
const typeOf = (key: string) => byKey.get(key)!.labels.find((l) => TYPES.includes(l));
const facts = graph.relationships.filter((r) => r.type !== 'MENTIONED_IN');

describe('the seed graph file', () => {
  it('is what data/seed/build.ts makes from the article and the facts (never edited by hand)', () => {
    expect(fs.readFileSync(SEED_FILE, 'utf8')).toBe(seedGraphText());
    expect(graph.documents.map((d) => d.key)).toEqual([SEED_DOCUMENT_KEY]);
  });

  it('names every entity the way the issue lists, in Latin and Chinese', () => {
    const expected: Record<string, string[]> = {
      alibaba: ['Ali', 'Alibaba', '阿里巴巴'],
      jd: ['Jingdong', 'JD', '京东'],
      douyin: ['Douyin', '抖音', 'TikTok live streaming'],
      'ele-me': ['Ele.me', 'Ele. Hungry', '饿了么'],
      'ma-yun': ['Ma Yun', 'Jack Ma', '马云'],
      pinduoduo: ['Pinduoduo', 'PDD', '拼多多'],
      'zhang-yong': ['Zhang Yong', '张勇'],
      taobao: ['淘宝'],
      youku: ['优酷'],
      meituan: ['美团'],
      kuaishou: ['快手'],
      bytedance: ['字节跳动'],
      vipshop: ['唯品会'],
      alimama: ['阿里妈妈'],
      'taobao-alliance': ['淘宝联盟'],
      'focus-media': ['分众传媒'],
      meiliduo: ['蘑菇街', '美丽说'],
      'tencent-video': ['腾讯视频'],
      iqiyi: ['爱奇艺'],
      weibo: ['微博'],
      toutiao: ['头条'],
      'watermelon-video': ['西瓜视频'],
      '36kr': ['36氪'],
    };
    for (const [key, aliases] of Object.entries(expected)) expect(byKey.get(key)?.properties.aliases, key).toEqual(expect.arrayContaining(aliases));
  });

  it('follows the model: Entity plus one type label, a name among the aliases, typed dates and figures', () => {
    for (const node of graph.nodes) {
      const p = node.properties;
      expect(node.labels[0], node.key).toBe('Entity');
      expect(node.labels.filter((l) => TYPES.includes(l)), node.key).toHaveLength(1);
      expect(p.aliases, node.key).toContain(p.name);
      expect(typeof p.description === 'string' && p.description.length > 10, node.key).toBe(true);
      if (typeOf(node.key) === 'Event') {
        expect(typeof p.date_text, node.key).toBe('string');
        if (p.date !== undefined) expect(p.date, node.key).toMatchObject({ $date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
      }
      if (typeOf(node.key) === 'Figure') {
        expect(p, node.key).toMatchObject({ metric: expect.any(String), unit: expect.any(String), period: expect.any(String), value: { $float: expect.any(Number) } });
      }
    }
  });

  it('holds the figures the article reports, as typed values', () => {
    const figure = (key: string) => byKey.get(key)!.properties;
    expect(figure('alibaba-revenue-2020q2')).toMatchObject({ value: { $float: 153_751_000_000 }, unit: 'CNY', change_pct: { $float: 34 } });
    expect(figure('alibaba-core-commerce-revenue-2020q2')).toMatchObject({ value: { $float: 133_318_000_000 }, share_pct: 86.7 });
    expect(figure('pinduoduo-new-active-buyers-2019q4')).toMatchObject({ value: { $float: 48_900_000 }, period: '2019-Q4' });
    expect(figure('alibaba-new-active-buyers-2019q4')).toMatchObject({ value: { $float: 18_000_000 }, period: '2019-Q4' });
    expect(figure('kuaishou-gmv-target-2020')).toMatchObject({ value: { $float: 250_000_000_000 }, period: '2020' });
    const reporters = facts.filter((r) => r.type === 'REPORTED').map((r) => `${r.start}>${r.end}`);
    expect(reporters).toEqual(expect.arrayContaining(['alibaba>alibaba-revenue-2020q2', 'pinduoduo>pinduoduo-new-active-buyers-2019q4', 'kuaishou>kuaishou-gmv-target-2020']));
  });

  it('gives every relationship its quote at exact offsets inside its sentence, and says whether it is inferred', () => {
    for (const r of graph.relationships) {
      const p = r.properties;
      const where = `${r.start}-[:${r.type}]->${r.end}`;
      expect(p.evidence_document, where).toBe(SEED_DOCUMENT_KEY);
      const start = p.evidence_start as number;
      const end = p.evidence_end as number;
      expect(article.text.slice(start, end), where).toBe(p.evidence_quote);
      expect(sentenceIndexOf(article.sentences, start, end), where).toBe(p.evidence_sentence);
      if (r.type !== 'MENTIONED_IN') expect(typeof p.inferred, where).toBe('boolean');
    }
    expect(facts.some((r) => r.properties.inferred === true)).toBe(true);
    expect(facts.some((r) => r.properties.inferred === false)).toBe(true);
  });

  it('stores symmetric relationships once per pair and links every entity to a sentence that mentions it', () => {
    const pairs = facts.filter((r) => SYMMETRIC_TYPES.includes(r.type)).map((r) => `${r.type}:${[r.start, r.end].sort().join('|')}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    const mentioned = new Set(graph.relationships.filter((r) => r.type === 'MENTIONED_IN').map((r) => r.start));
    expect(graph.nodes.filter((n) => !mentioned.has(n.key)).map((n) => n.key)).toEqual([]);
  });

  it('covers the relationship kinds people ask about, between entities of the right types', () => {
    const kinds = new Set(facts.map((r) => r.type));
    for (const type of ['OWNS', 'COMPETES_WITH', 'LEADS', 'LED', 'SUCCEEDED', 'PARTNERS_WITH', 'TRAFFIC_SOURCE_FOR', 'PARTICIPATED_IN', 'REPORTED']) expect(kinds, type).toContain(type);
    for (const r of facts) {
      if (r.type === 'REPORTED') expect([typeOf(r.start), typeOf(r.end)], `${r.start}>${r.end}`).toEqual(['Company', 'Figure']);
      if (r.type === 'LEADS' || r.type === 'LED') expect([typeOf(r.start), typeOf(r.end)]).toEqual(['Person', 'Company']);
      if (r.type === 'SUCCEEDED') expect([typeOf(r.start), typeOf(r.end)]).toEqual(['Person', 'Person']);
      if (r.type === 'PARTICIPATED_IN') expect(typeOf(r.end), `${r.start}>${r.end}`).toBe('Event');
    }
  });
});
