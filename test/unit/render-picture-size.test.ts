// The renderer's size rule (client/renderer/pictureSize.ts): full edge work on small pictures, on demand on large ones.
import { describe, expect, it } from 'vitest';
import { edgeWorkFor, isLargePicture, LARGE_PICTURE_EDGES } from '../../client/renderer/pictureSize.ts';

describe('edge work by picture size', () => {
  it('draws edge labels and edge picking on a small picture whatever the view', () => {
    expect(isLargePicture(LARGE_PICTURE_EDGES)).toBe(false);
    expect(edgeWorkFor({ edges: LARGE_PICTURE_EDGES })).toEqual({ edgeEvents: true, edgeLabels: true });
  });

  it('on a large picture, picks edges only when zoomed in and labels them only when one can show', () => {
    const edges = LARGE_PICTURE_EDGES + 1;
    expect(isLargePicture(edges)).toBe(true);
    expect(edgeWorkFor({ edges })).toEqual({ edgeEvents: false, edgeLabels: false });
    expect(edgeWorkFor({ edges, hovering: true })).toEqual({ edgeEvents: false, edgeLabels: true });
    expect(edgeWorkFor({ edges, focused: true })).toEqual({ edgeEvents: false, edgeLabels: true });
    expect(edgeWorkFor({ edges, zoomedIn: true })).toEqual({ edgeEvents: true, edgeLabels: true });
  });
});
