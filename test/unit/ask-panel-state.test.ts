// Ask panel state: pure producers; a late answer to an earlier question never replaces the current one.
import { describe, expect, it } from 'vitest';
import type { AskResponse } from '../../server/contract.ts';
import { failAsking, getEmptyAskState, highlightOf, nodeIdOf, receiveAnswer, startAsking } from '../../client/ui/ask/state.ts';

const response = (answer: string): AskResponse => ({
  answer,
  known: true,
  entities: [{ key: 'alibaba', name: 'Alibaba', labels: ['Entity', 'Company'], aliases: [] }],
  cypher: 'MATCH (n) RETURN n',
  params: {},
  evidence: [],
  subgraph: {
    nodes: [
      { id: '4:x:1', labels: ['Company'], properties: { key: 'alibaba', name: 'Alibaba' }, caption: 'Alibaba' },
      { id: '4:x:2', labels: ['Product'], properties: { name: 'Youku' }, caption: 'Youku' },
    ],
    relationships: [{ id: '5:x:9', type: 'OWNS', start: '4:x:1', end: '4:x:2', properties: {} }],
  },
  suggestions: [],
});

describe('ask panel state', () => {
  it('goes idle → asking → answered', () => {
    const asking = startAsking('who owns Youku?')(getEmptyAskState());
    expect(asking).toMatchObject({ status: 'asking', question: 'who owns Youku?', turn: 1 });
    const answered = receiveAnswer(1, response('Youku is owned by Alibaba.'))(asking);
    expect(answered.status).toBe('answered');
    expect(answered.response?.answer).toBe('Youku is owned by Alibaba.');
  });

  it('ignores an answer or a failure of an older question', () => {
    const first = startAsking('one')(getEmptyAskState());
    const second = startAsking('two')(first);
    expect(receiveAnswer(1, response('old'))(second)).toBe(second);
    expect(failAsking(1, 'boom')(second)).toBe(second);
    expect(failAsking(2, 'boom')(second)).toMatchObject({ status: 'failed', error: 'boom' });
  });

  it('highlights the whole subgraph and finds an entity node by key or id', () => {
    const r = response('x');
    expect(highlightOf(r)).toEqual({ nodes: ['4:x:1', '4:x:2'], relationships: ['5:x:9'] });
    expect(nodeIdOf(r, 'alibaba')).toBe('4:x:1');
    expect(nodeIdOf(r, '4:x:2')).toBe('4:x:2');
    expect(nodeIdOf(r, 'missing')).toBeUndefined();
  });
});
