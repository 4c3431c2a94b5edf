// URL state: the view (selection, steps, filters, look) survives a round trip through a query string.
import { describe, expect, it } from 'vitest';
import { decodeView, defaultView, encodeView, type UrlView } from '../../client/state/urlState.ts';

describe('URL state', () => {
  it('round-trips selection, steps, filters and look, with refs that need escaping', () => {
    const view: UrlView = {
      selected: 'youku',
      steps: [
        { kind: 'dismiss', refs: ['alibaba', 'id:4:abc:12', 'odd~key,with comma'] },
        { kind: 'expand', ref: 'youku', type: 'OWNS', direction: 'in' },
        { kind: 'expand', ref: 'youku', type: null, direction: 'both' },
        { kind: 'open', ref: '阿里巴巴' },
        { kind: 'path', from: 'youku', to: 'pinduoduo' },
      ],
      filters: {
        hiddenLabels: ['Company', 'Odd,Label'],
        hiddenTypes: ['COMPETES_WITH'],
        property: { key: 'description', value: 'video & more' },
        dates: { from: '2019-01-01', to: '2020-06-30' },
      },
      colour: 'community',
      size: 'pagerank',
      captions: { Person: ['name', 'surname'], Product: ['productName'], 'Odd~Label,x': ['key,with comma', 'plain'] },
    };
    const query = encodeView(view);
    expect(decodeView(query)).toEqual(view);
    expect(decodeView(`?${query}`)).toEqual(view);
  });

  it('leaves defaults out, and reads an empty query as the default view', () => {
    expect(encodeView(defaultView())).toBe('');
    expect(decodeView('')).toEqual(defaultView());
  });

  it('ignores what it cannot read instead of failing', () => {
    const view = decodeView('step=exp~x~T~sideways&step=bogus&step=open~ok&colour=purple&size=huge&df=2020-01-01&dt=nope&pk=name');
    expect(view.steps).toEqual([{ kind: 'open', ref: 'ok' }]);
    expect(view.colour).toBe('label');
    expect(view.size).toBe('degree');
    expect(view.filters.dates).toBeNull();
    expect(view.filters.property).toBeNull();
    expect(decodeView('cap=Person&cap=~name&cap=Movie~title~extra&cap=Product~productName').captions).toEqual({ Product: ['productName'] });
  });
});
