// Sigma 3's node and edge programs, drawn without instancing, and edge picking drawn only while edge events are on.
// Sigma 3 draws every node and edge as one instance of a small mesh (drawArraysInstanced). Where WebGL runs on the
// CPU (SwiftShader, llvmpipe: machines without a GPU, virtual desktops, headless browsers) every instance costs a
// draw's setup: 5,000 nodes / 20,000 edges took ~1 s of GPU-process CPU a frame instanced and ~0.2 s flattened
// (bench/render). Flattened programs write each item's vertices out in full (the same shaders, attributes and
// picture) and draw them with one drawArrays; the price is a larger buffer upload (6 vertices × 10 floats per edge
// instead of 8 floats), which a real GPU takes in its stride.
// Sigma 3 also draws every edge a second time into its picking buffer on every frame whenever the layer was created
// with picking, even after `enableEdgeEvents` is turned off; here the edge picking pass follows the setting.
import type Sigma from 'sigma';
import {
  createEdgeCompoundProgram,
  EdgeArrowHeadProgram,
  EdgeClampedProgram,
  EdgeRectangleProgram,
  getAttributesItemsCount,
  NodeCircleProgram,
  type EdgeProgramType,
  type NodeProgramType,
} from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';

interface ProgramDefinitionLike {
  VERTICES: number;
  ATTRIBUTES: { size: number; type: number }[];
  CONSTANT_ATTRIBUTES?: { size: number; type: number }[];
  CONSTANT_DATA?: number[][];
}

interface ProgramLike {
  array: Float32Array;
  pickProgram: unknown;
  renderer: Sigma;
  getDefinition(): ProgramDefinitionLike;
  processVisibleItem(index: number, startIndex: number, ...data: unknown[]): void;
  render(params: RenderParams): void;
}

type ProgramClass = new (...args: any[]) => ProgramLike;

/**
 * The same program without instancing: the per-item attributes and the per-vertex constants (the mesh) are written
 * out for each vertex. Edge programs skip their picking pass while the renderer's `enableEdgeEvents` is off.
 */
export function flattened<T>(Base: T, kind: 'node' | 'edge'): T {
  const BaseClass = Base as unknown as ProgramClass;
  const definition = BaseClass.prototype.getDefinition.call(Object.create(BaseClass.prototype)) as ProgramDefinitionLike;
  const constants = definition.CONSTANT_DATA ?? [];
  const instanced = !!definition.CONSTANT_ATTRIBUTES;
  const itemFloats = getAttributesItemsCount(definition.ATTRIBUTES as Parameters<typeof getAttributesItemsCount>[0]);
  const scratch = new Float32Array(itemFloats);

  const Flat = class extends BaseClass {
    override getDefinition(): ProgramDefinitionLike {
      const def = super.getDefinition();
      if (!def.CONSTANT_ATTRIBUTES) return def;
      const { CONSTANT_ATTRIBUTES, CONSTANT_DATA: _mesh, ...rest } = def;
      return { ...rest, ATTRIBUTES: [...def.ATTRIBUTES, ...CONSTANT_ATTRIBUTES] };
    }

    override processVisibleItem(index: number, startIndex: number, ...data: unknown[]): void {
      if (!instanced) return super.processVisibleItem(index, startIndex, ...data);
      const target = this.array;
      this.array = scratch;
      try {
        super.processVisibleItem(index, 0, ...data);
      } finally {
        this.array = target;
      }
      let at = startIndex;
      for (const vertex of constants) {
        target.set(scratch, at);
        at += itemFloats;
        for (const value of vertex) target[at++] = value;
      }
    }

    override render(params: RenderParams): void {
      const pick = this.pickProgram;
      if (kind !== 'edge' || !pick || this.renderer.getSetting('enableEdgeEvents')) return super.render(params);
      this.pickProgram = null;
      try {
        super.render(params);
      } finally {
        this.pickProgram = pick;
      }
    }
  };
  return Flat as unknown as T;
}

export const FlatNodeCircleProgram: NodeProgramType = flattened(NodeCircleProgram, 'node');
export const FlatEdgeRectangleProgram: EdgeProgramType = flattened(EdgeRectangleProgram, 'edge');
export const FlatEdgeArrowProgram: EdgeProgramType = createEdgeCompoundProgram([
  flattened(EdgeClampedProgram, 'edge'),
  flattened(EdgeArrowHeadProgram, 'edge'),
]);
