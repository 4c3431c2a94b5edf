// URL state read from links written by hand or pasted twice: a step is read by its kind alone (a dismissal or
// a path whose parts look like an expansion stays what it says), and a "?" is taken off only at the front.
import { describe, expect, it } from 'vitest';
import { decodeView } from '../../client/state/urlState.ts';

describe('steps', () => {
  it('reads a dismissal or a path as such even when their parts look like an expansion', () => {
    expect(decodeView('step=drop~a~T~in').steps).toEqual([{ kind: 'dismiss', refs: ['a', 'T', 'in'] }]);
    expect(decodeView('step=path~a~b~out').steps).toEqual([{ kind: 'path', from: 'a', to: 'b' }]);
  });

  it('drops a step of an unknown kind even when its parts look like an expansion', () => {
    expect(decodeView('step=zoom~a~T~out&step=open~kept').steps).toEqual([{ kind: 'open', ref: 'kept' }]);
  });
});

describe('the "?" in front', () => {
  it('keeps a "?" at the end of the query as part of the last value', () => {
    expect(decodeView('sel=x?').selected).toBe('x?');
    expect(decodeView('?hl=A,B?').filters.hiddenLabels).toEqual(['A', 'B?']);
  });

  it('reads a link pasted with a second "?" in front', () => {
    expect(decodeView('??sel=x').selected).toBe('x');
  });
});
