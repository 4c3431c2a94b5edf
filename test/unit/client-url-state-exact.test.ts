// URL state, exactly: the query text each part of a view becomes (links people share must stay stable), and
// each malformed piece read on its own — a bad step, a half filter, a bad date, broken escapes — is ignored
// without losing the rest.
import { describe, expect, it } from 'vitest';
import { decodeView, defaultView, encodeView, type UrlView } from '../../client/state/urlState.ts';

const view = (change: (v: UrlView) => void): UrlView => {
  const v = defaultView();
  change(v);
  return v;
};

describe('encodeView', () => {
  it('writes every part under its own name, escaping "~" and "," inside refs', () => {
    const full = view((v) => {
      v.selected = 'a b';
      v.steps = [
        { kind: 'open', ref: 'x~y' },
        { kind: 'expand', ref: 'k', type: null, direction: 'out' },
        { kind: 'expand', ref: 'k', type: 'T', direction: 'in' },
        { kind: 'dismiss', refs: ['a', 'b,c'] },
        { kind: 'path', from: 'p', to: 'q' },
      ];
      v.filters = { hiddenLabels: ['A', 'B,C'], hiddenTypes: ['T'], property: { key: 'k', value: 'v' }, dates: { from: '2020-01-01', to: '2020-12-31' } };
      v.colour = 'community';
      v.size = 'uniform';
    });
    expect(encodeView(full)).toBe(
      'sel=a+b&step=open%7Ex%257Ey&step=exp%7Ek%7E*%7Eout&step=exp%7Ek%7ET%7Ein&step=drop%7Ea%7Eb%252Cc&step=path%7Ep%7Eq' +
        '&hl=A%2CB%252CC&ht=T&pk=k&pv=v&df=2020-01-01&dt=2020-12-31&colour=community&size=uniform',
    );
    expect(decodeView(encodeView(full))).toEqual(full);
  });

  it('escapes every "~" in a ref, not only the first', () => {
    const steps = view((v) => (v.steps = [{ kind: 'open', ref: 'a~b~c' }, { kind: 'dismiss', refs: ['x~1', 'y~2'] }]));
    expect(encodeView(steps)).toBe('step=open%7Ea%257Eb%257Ec&step=drop%7Ex%257E1%7Ey%257E2');
    expect(decodeView(encodeView(steps))).toEqual(steps);
  });

  it('writes each caption as label~keys, escaping both, and leaves out a label with no keys', () => {
    const captions = view((v) => (v.captions = { Person: ['name', 'surname'], 'A~B': ['x,y'], Empty: [] }));
    expect(encodeView(captions)).toBe('cap=Person%7Ename%2Csurname&cap=A%257EB%7Ex%252Cy');
    expect(decodeView(encodeView(captions)).captions).toEqual({ Person: ['name', 'surname'], 'A~B': ['x,y'] });
  });

  it('writes only what differs from the default', () => {
    expect(encodeView(view((v) => (v.selected = 's')))).toBe('sel=s');
    expect(encodeView(view((v) => (v.filters.hiddenTypes = ['T'])))).toBe('ht=T');
    expect(encodeView(view((v) => (v.filters.hiddenLabels = ['L'])))).toBe('hl=L');
    expect(encodeView(view((v) => (v.size = 'pagerank')))).toBe('size=pagerank');
    expect(encodeView(view((v) => (v.colour = 'community')))).toBe('colour=community');
    expect(encodeView(view((v) => (v.filters.dates = { from: '2001-02-03', to: '2004-05-06' })))).toBe('df=2001-02-03&dt=2004-05-06');
  });
});

describe('decodeView', () => {
  it('reads each kind of step and keeps their order', () => {
    expect(decodeView('step=path~a~b&step=open~o&step=drop~x~y&step=exp~r~*~both&step=exp~r~T~out').steps).toEqual([
      { kind: 'path', from: 'a', to: 'b' },
      { kind: 'open', ref: 'o' },
      { kind: 'dismiss', refs: ['x', 'y'] },
      { kind: 'expand', ref: 'r', type: null, direction: 'both' },
      { kind: 'expand', ref: 'r', type: 'T', direction: 'out' },
    ]);
  });

  it.each([
    ['open with no ref', 'step=open'],
    ['open with an empty ref', 'step=open~'],
    ['expand with no type', 'step=exp~r'],
    ['expand with an empty ref', 'step=exp~~T~out'],
    ['expand with an empty type', 'step=exp~r~~out'],
    ['expand with no direction', 'step=exp~r~T'],
    ['a dismissal of nothing', 'step=drop'],
    ['a path with one end', 'step=path~a'],
    ['a path with an empty start', 'step=path~~b'],
    ['an unknown kind', 'step=zoom~a'],
  ])('drops a step that is %s', (_, query) => {
    expect(decodeView(`${query}&step=open~kept`).steps).toEqual([{ kind: 'open', ref: 'kept' }]);
  });

  it('keeps a ref whose escapes are broken as it is written', () => {
    expect(decodeView('step=open~%25E0%25A4%25A').steps).toEqual([{ kind: 'open', ref: '%E0%A4%A' }]);
    expect(decodeView('hl=%25ZZ').filters.hiddenLabels).toEqual(['%ZZ']);
  });

  it('reads an empty selection as none, and skips empty list items', () => {
    expect(decodeView('sel=').selected).toBeNull();
    expect(decodeView('sel=x').selected).toBe('x');
    expect(decodeView('hl=A,,B&ht=,T,').filters).toMatchObject({ hiddenLabels: ['A', 'B'], hiddenTypes: ['T'] });
    expect(decodeView('hl=').filters.hiddenLabels).toEqual([]);
  });

  it('needs both halves of the property filter and of the date range', () => {
    expect(decodeView('pk=name&pv=Ali').filters.property).toEqual({ key: 'name', value: 'Ali' });
    expect(decodeView('pv=Ali').filters.property).toBeNull();
    expect(decodeView('pk=name&pv=').filters.property).toBeNull();
    expect(decodeView('df=2020-01-01&dt=2020-02-01').filters.dates).toEqual({ from: '2020-01-01', to: '2020-02-01' });
    expect(decodeView('df=2020-01-01').filters.dates).toBeNull();
    expect(decodeView('dt=2020-01-01').filters.dates).toBeNull();
    expect(decodeView('df=2020-1-01&dt=2020-02-01').filters.dates).toBeNull();
    expect(decodeView('df=x2020-01-01&dt=2020-02-01').filters.dates).toBeNull();
    expect(decodeView('df=2020-01-01&dt=2020-02-01x').filters.dates).toBeNull();
  });

  it('reads every colour and size mode it knows', () => {
    expect(decodeView('colour=community&size=uniform')).toMatchObject({ colour: 'community', size: 'uniform' });
    expect(decodeView('colour=label&size=pagerank')).toMatchObject({ colour: 'label', size: 'pagerank' });
    expect(decodeView('size=degree').size).toBe('degree');
  });

  it('reads a query with or without the leading "?", and a "?" that is part of a value', () => {
    expect(decodeView('?sel=a').selected).toBe('a');
    expect(decodeView('sel=%3Fa').selected).toBe('?a');
  });
});
