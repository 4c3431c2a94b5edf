// Ask, the forms: the registry is complete and well-formed, and each form is understood in many phrasings
// (word order, possessives, passives, synonyms, Chinese), on a small synthetic catalog.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config.ts';
import { FORMS } from '../../server/ask/forms/index.ts';
import { FORM_IDS, type GraphFacts } from '../../server/ask/forms/types.ts';
import { EntityIndex, type CatalogEntry } from '../../server/ask/language/linking.ts';
import { ruleBasedTranslator } from '../../server/ask/translator.ts';

const entry = (key: string, name: string, type: string, aliases: string[] = []): CatalogEntry => ({ id: `id-${key}`, key, name, labels: ['Entity', type], aliases });
const index = new EntityIndex([
  entry('acme', 'Acme', 'Company', ['Acme Group', '阿克米']),
  entry('globex', 'Globex', 'Company', ['格罗贝克斯']),
  entry('widget', 'Widget TV', 'Product', ['微件']),
  entry('jane', 'Jane Smithers', 'Person', ['JS']),
  entry('john', 'John Doe', 'Person'),
  entry('fair', 'Spring Fair', 'Event'),
]);

async function read(question: string) {
  const { readings } = await ruleBasedTranslator.translate(question, index);
  const first = readings[0];
  return {
    form: first?.form,
    subject: first?.subject?.candidates.map((c) => c.key).join('|') || first?.subject?.text,
    object: first?.object?.candidates.map((c) => c.key).join('|') || first?.object?.text,
    options: first?.options,
  };
}

const PHRASINGS: [string, string, string, string?][] = [
  // [question, form, subject, object]
  ['who competes with Acme?', 'competitors', 'acme'],
  ["Acme's rivals", 'competitors', 'acme'],
  ['Who does Acme compete with?', 'competitors', 'acme'],
  ['competitors of the Acme Group', 'competitors', 'acme'],
  ['阿克米的竞争对手', 'competitors', 'acme'],
  ['Does Acme compete with Globex?', 'competitors', 'acme', 'globex'],
  ['who owns Widget TV?', 'owner', 'widget'],
  ['What is the parent company of Widget TV?', 'owner', 'widget'],
  ['Widget TV belongs to', 'owner', 'widget'],
  ['To whom does Widget TV belong?', 'owner', 'widget'],
  ['whose is Widget TV', 'owner', 'widget'],
  ["Widget TV's owner", 'owner', 'widget'],
  ['Which company is Widget TV a subsidiary of?', 'owner', 'widget'],
  ['谁拥有微件', 'owner', 'widget'],
  ['微件属于谁', 'owner', 'widget'],
  ['Is Widget TV owned by Acme?', 'owner', 'widget', 'acme'],
  ['Who ultimately owns Widget TV?', 'ultimate-owner', 'widget'],
  ['who is the ultimate owner of Widget TV', 'ultimate-owner', 'widget'],
  ['What does Acme own?', 'holdings', 'acme'],
  ["Acme's subsidiaries", 'holdings', 'acme'],
  ['what is owned by Acme', 'holdings', 'acme'],
  ['Which products does Acme have?', 'holdings', 'acme'],
  ['阿克米拥有什么', 'holdings', 'acme'],
  ['Does Acme own Widget TV?', 'holdings', 'acme', 'widget'],
  ['who leads Acme?', 'leader', 'acme'],
  ['Who is the CEO of Acme?', 'leader', 'acme'],
  ["Acme's head", 'leader', 'acme'],
  ["Who's running Acme?", 'leader', 'acme'],
  ['Acme is led by whom?', 'leader', 'acme'],
  ['who is in charge of Acme', 'leader', 'acme'],
  ['Who led Acme before?', 'former-leader', 'acme'],
  ['who used to run Acme', 'former-leader', 'acme'],
  ['Who was the former chairman of Acme?', 'former-leader', 'acme'],
  ['What does Jane Smithers lead?', 'leadership-roles', 'jane'],
  ['What is Jane Smithers the CEO of?', 'leadership-roles', 'jane'],
  ['Who succeeded John Doe?', 'successor', 'john'],
  ["John Doe's successor", 'successor', 'john'],
  ['Who took over from John Doe?', 'successor', 'john'],
  ['Who took over Acme from John Doe?', 'successor', 'john'],
  ['John Doe was succeeded by whom?', 'successor', 'john'],
  ['Whom did Jane Smithers succeed?', 'predecessor', 'jane'],
  ["Who was Jane Smithers's predecessor?", 'predecessor', 'jane'],
  ['who came before Jane Smithers', 'predecessor', 'jane'],
  ['Who preceded Jane Smithers?', 'predecessor', 'jane'],
  ["Who are Acme's partners?", 'partners', 'acme'],
  ['who does Acme work with', 'partners', 'acme'],
  ['Where does Acme get its traffic from?', 'traffic-sources', 'acme'],
  ["Acme's traffic sources", 'traffic-sources', 'acme'],
  ['Whom does Acme bring traffic to?', 'traffic-beneficiaries', 'acme'],
  ['What figures did Acme report?', 'figures', 'acme'],
  ["What is Acme's revenue?", 'figures', 'acme'],
  ['What events involved Acme?', 'events', 'acme'],
  ['When was the Spring Fair?', 'events', 'fair'],
  ['How are Acme and Globex connected?', 'connection', 'acme', 'globex'],
  ['What is the relationship between Acme and Globex?', 'connection', 'acme', 'globex'],
  ['Acme Globex', 'connection', 'acme', 'globex'],
  ['What do we know about Acme?', 'about', 'acme'],
  ['Tell me about 阿克米', 'about', 'acme'],
  ['Who is Jane Smithers?', 'about', 'jane'],
  ['Acme?', 'about', 'acme'],
  ['who owns Foobar?', 'owner', 'Foobar'],
];

describe('question forms, read from many phrasings', () => {
  it.each(PHRASINGS)('%s → %s', async (question, form, subject, object) => {
    const reading = await read(question);
    expect(reading.form).toBe(form);
    expect(reading.subject).toBe(subject);
    expect(reading.object).toBe(object);
  });

  it('reads a metric and a year from a figures question', async () => {
    expect((await read("What was Acme's revenue growth in 2019?")).options).toEqual({ metric: 'growth', period: '2019' });
    expect((await read('How many buyers did Acme add?')).options).toEqual({ metric: 'buyer', period: null });
  });

  it('understands nothing in questions that fit no form', async () => {
    for (const question of ['asdf qwer', 'what colour is the sky?', 'why?', 'how do I bake bread']) {
      expect((await read(question)).form, question).toBeUndefined();
    }
  });

  it('ignores a lower-case stray word as a second name, but not a capitalised one', async () => {
    expect(await read('who competes with Acme in retail')).toMatchObject({ form: 'competitors', subject: 'acme', object: undefined });
    expect(await read('does Acme compete with Foobar')).toMatchObject({ form: 'competitors', subject: 'acme', object: 'Foobar' });
  });
});

describe('the form registry', () => {
  it('lists every form once, in the order of FORM_IDS', () => {
    expect(FORMS.map((form) => form.id)).toEqual([...FORM_IDS]);
  });

  it('gives each form a description, a query file with a header naming its params and columns', () => {
    for (const form of FORMS) {
      expect(form.description.length, form.id).toBeGreaterThan(10);
      expect(form.query.startsWith('ask-'), form.id).toBe(true);
      const text = fs.readFileSync(path.join(PROJECT_ROOT, 'cypher', 'queries', `${form.query}.cypher`), 'utf8');
      expect(text, form.query).toMatch(/^\/\/ Params: /m);
      expect(text, form.query).toMatch(/^\/\/ Columns: answer/m);
      const params = Object.keys(form.params(index.entries[0]!, index.entries[1], { metric: null, period: null }));
      for (const param of params) expect(text, `${form.query} uses $${param}`).toContain(`$${param}`);
    }
  });

  it('builds examples only from facts the graph holds', () => {
    const empty: GraphFacts = { pairs: {} };
    for (const form of FORMS) expect(form.examples(empty), form.id).toEqual([]);
    const full: GraphFacts = {
      pairs: Object.fromEntries(
        ['COMPETES_WITH', 'OWNS', 'LEADS', 'LED', 'SUCCEEDED', 'PARTNERS_WITH', 'TRAFFIC_SOURCE_FOR', 'PARTICIPATED_IN', 'REPORTED'].map((type) => [type, { start: 'Acme', end: 'Globex' }]),
      ),
      central: 'Acme',
      distant: { start: 'Acme', end: 'Widget TV' },
    };
    for (const form of FORMS) expect(form.examples(full).length, form.id).toBeGreaterThan(0);
  });

  it('understands its own examples as the form that made them', async () => {
    const full: GraphFacts = {
      pairs: Object.fromEntries(
        ['COMPETES_WITH', 'OWNS', 'LEADS', 'LED', 'SUCCEEDED', 'PARTNERS_WITH', 'TRAFFIC_SOURCE_FOR', 'PARTICIPATED_IN', 'REPORTED'].map((type) => [
          type,
          { start: type === 'LEADS' || type === 'LED' || type === 'SUCCEEDED' ? 'Jane Smithers' : 'Acme', end: type === 'SUCCEEDED' ? 'John Doe' : type === 'PARTICIPATED_IN' ? 'Spring Fair' : 'Globex' },
        ]),
      ),
      central: 'Acme',
      distant: { start: 'Acme', end: 'Widget TV' },
    };
    for (const form of FORMS) {
      for (const example of form.examples(full)) expect((await read(example)).form, example).toBe(form.id);
    }
  });
});
