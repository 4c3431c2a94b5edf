// One ForceAtlas2 iteration (Jacomy, Venturini, Heymann, Bastian, "ForceAtlas2, a continuous graph layout
// algorithm", PLoS ONE 2014), written here for the worker: repulsion kr·m₁·m₂/d between all nodes (through a
// Barnes–Hut quadtree when asked), gravity toward the centre, attraction along edges (linear, or log in LinLog
// mode), and the paper's adaptive speeds: global speed τ·traction/swinging, rising at most 50% an iteration, and a
// local speed per node that slows the nodes that swing. The quadtree lives in typed arrays kept between
// iterations, so an iteration allocates nothing (growing a new tree of objects or arrays per iteration was what
// made 50,000 nodes cost seconds an iteration in Chromium's worker).
// Matrices: graphology's layout of 10 floats a node (x, y, dx, dy, old dx, old dy, mass, unused, size, fixed) and
// 3 an edge (source offset, target offset, weight), built by fa2Supervisor.ts.

export interface Fa2Settings {
  linLogMode: boolean;
  outboundAttractionDistribution: boolean;
  adjustSizes: boolean;
  edgeWeightInfluence: number;
  scalingRatio: number;
  strongGravityMode: boolean;
  gravity: number;
  slowDown: number;
  barnesHutOptimize: boolean;
  barnesHutTheta: number;
}

const PPN = 10;
const [X, Y, DX, DY, OLD_DX, OLD_DY, MASS, , SIZE, FIXED] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
/** Speed control: jitter tolerance τ and its ceiling, the speed's floor of efficiency, ceiling and rise per iteration. */
const JITTER_TOLERANCE = 1;
const MAX_JITTER = 10;
const MIN_EFFICIENCY = 0.05;
const MAX_SPEED = 1000;
const MAX_SPEED_RISE = 0.5;
/** With adjustSizes, no node moves by more than this in one iteration. */
const MAX_DISPLACEMENT = 10;
/** Below this a leaf keeps several nodes instead of splitting again (nodes on the same spot). */
const MAX_DEPTH = 24;

export class ForceAtlas2Stepper {
  private speed = 1;
  private efficiency = 1;
  // The quadtree: per region its square (x0, y0, side), mass and mass-weighted position sums, first child (four in
  // a row, -1 for a leaf) and first node (-1 if none; further nodes of a deepest leaf chained through `nextNode`).
  private x0 = new Float64Array(0);
  private y0 = new Float64Array(0);
  private side = new Float64Array(0);
  private mass = new Float64Array(0);
  private mx = new Float64Array(0);
  private my = new Float64Array(0);
  private child = new Int32Array(0);
  private firstNode = new Int32Array(0);
  private depth = new Int32Array(0);
  private nextNode = new Int32Array(0);
  /** Depth-first walk: at most three siblings wait per level, so this never fills. */
  private readonly stack = new Int32Array(4 * (MAX_DEPTH + 2));
  private regions = 0;

  step(settings: Fa2Settings, nodes: Float32Array, edges: Float32Array): void {
    const count = nodes.length / PPN;
    if (count === 0) return;
    for (let n = 0; n < nodes.length; n += PPN) {
      nodes[n + OLD_DX] = nodes[n + DX]!;
      nodes[n + OLD_DY] = nodes[n + DY]!;
      nodes[n + DX] = 0;
      nodes[n + DY] = 0;
    }
    if (settings.barnesHutOptimize) this.repelThroughTree(settings, nodes, count);
    else repelAllPairs(settings, nodes);
    applyGravity(settings, nodes);
    attract(settings, nodes, edges);
    this.move(settings, nodes);
  }

  private repelThroughTree(settings: Fa2Settings, nodes: Float32Array, count: number): void {
    this.buildTree(nodes, count);
    const kr = settings.scalingRatio;
    const theta2 = settings.barnesHutTheta * settings.barnesHutTheta;
    const stack = this.stack;
    for (let i = 0; i < count; i++) {
      const n = i * PPN;
      const x = nodes[n + X]!;
      const y = nodes[n + Y]!;
      const m = nodes[n + MASS]!;
      let fx = 0;
      let fy = 0;
      let top = 0;
      stack[top++] = 0;
      while (top > 0) {
        const r = stack[--top]!;
        if (this.child[r]! < 0) {
          for (let j = this.firstNode[r]!; j >= 0; j = this.nextNode[j]!) {
            if (j === i) continue;
            const o = j * PPN;
            const vx = x - nodes[o + X]!;
            const vy = y - nodes[o + Y]!;
            const f = repulsion(settings, kr, m, nodes[o + MASS]!, vx, vy, nodes[n + SIZE]!, nodes[o + SIZE]!);
            fx += vx * f;
            fy += vy * f;
          }
          continue;
        }
        const vx = x - this.mx[r]! / this.mass[r]!;
        const vy = y - this.my[r]! / this.mass[r]!;
        const d2 = vx * vx + vy * vy;
        if (this.side[r]! * this.side[r]! < theta2 * d2) {
          const f = (kr * m * this.mass[r]!) / d2;
          fx += vx * f;
          fy += vy * f;
        } else {
          const c = this.child[r]!;
          for (let k = 0; k < 4; k++) if (this.mass[c + k]! > 0) stack[top++] = c + k;
        }
      }
      nodes[n + DX] = nodes[n + DX]! + fx;
      nodes[n + DY] = nodes[n + DY]! + fy;
    }
  }

  private buildTree(nodes: Float32Array, count: number): void {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let n = 0; n < nodes.length; n += PPN) {
      minX = Math.min(minX, nodes[n + X]!);
      maxX = Math.max(maxX, nodes[n + X]!);
      minY = Math.min(minY, nodes[n + Y]!);
      maxY = Math.max(maxY, nodes[n + Y]!);
    }
    this.reserve(count);
    this.regions = 0;
    this.addRegion(minX, minY, Math.max(maxX - minX, maxY - minY, 1e-9) * 1.0001, 0);
    for (let i = 0; i < count; i++) this.insert(i, nodes[i * PPN + X]!, nodes[i * PPN + Y]!, nodes[i * PPN + MASS]!);
  }

  private insert(i: number, x: number, y: number, m: number): void {
    this.nextNode[i] = -1;
    let r = 0;
    for (;;) {
      this.mass[r] = this.mass[r]! + m;
      this.mx[r] = this.mx[r]! + m * x;
      this.my[r] = this.my[r]! + m * y;
      if (this.child[r]! >= 0) {
        r = this.quadrant(r, x, y);
        continue;
      }
      const resident = this.firstNode[r]!;
      if (resident < 0) {
        this.firstNode[r] = i;
        return;
      }
      if (this.depth[r]! >= MAX_DEPTH) {
        this.nextNode[i] = resident;
        this.firstNode[r] = i;
        return;
      }
      // Split: the resident node moves down to its quadrant, then the new one goes on from here.
      const half = this.side[r]! / 2;
      const first = this.regions;
      for (let k = 0; k < 4; k++) this.addRegion(this.x0[r]! + (k & 1) * half, this.y0[r]! + (k >> 1) * half, half, this.depth[r]! + 1);
      this.child[r] = first;
      this.firstNode[r] = -1;
      const rm = this.mass[r]! - m;
      const rx = (this.mx[r]! - m * x) / rm;
      const ry = (this.my[r]! - m * y) / rm;
      const down = this.quadrant(r, rx, ry);
      this.firstNode[down] = resident;
      this.mass[down] = rm;
      this.mx[down] = rm * rx;
      this.my[down] = rm * ry;
      r = this.quadrant(r, x, y);
    }
  }

  private quadrant(r: number, x: number, y: number): number {
    const half = this.side[r]! / 2;
    const k = (x >= this.x0[r]! + half ? 1 : 0) + (y >= this.y0[r]! + half ? 2 : 0);
    return this.child[r]! + k;
  }

  private addRegion(x0: number, y0: number, side: number, depth: number): void {
    if (this.regions === this.x0.length) this.growRegions(this.x0.length * 2);
    const r = this.regions++;
    this.x0[r] = x0;
    this.y0[r] = y0;
    this.side[r] = side;
    this.depth[r] = depth;
    this.mass[r] = 0;
    this.mx[r] = 0;
    this.my[r] = 0;
    this.child[r] = -1;
    this.firstNode[r] = -1;
  }

  /** Room for `count` nodes' chain links; the region arrays grow in addRegion when a tree needs more. */
  private reserve(count: number): void {
    if (this.nextNode.length < count) this.nextNode = new Int32Array(count);
    if (this.x0.length === 0) this.growRegions(Math.max(64, count * 4));
  }

  private growRegions(capacity: number): void {
    const floats = <T extends Float64Array | Int32Array>(old: T, make: new (n: number) => T): T => {
      const next = new make(capacity);
      next.set(old as never);
      return next;
    };
    this.x0 = floats(this.x0, Float64Array);
    this.y0 = floats(this.y0, Float64Array);
    this.side = floats(this.side, Float64Array);
    this.mass = floats(this.mass, Float64Array);
    this.mx = floats(this.mx, Float64Array);
    this.my = floats(this.my, Float64Array);
    this.child = floats(this.child, Int32Array);
    this.firstNode = floats(this.firstNode, Int32Array);
    this.depth = floats(this.depth, Int32Array);
  }

  /** The paper's adaptive speeds, then every free node moves by its local speed times its force. */
  private move(settings: Fa2Settings, nodes: Float32Array): void {
    let swinging = 0;
    let traction = 0;
    for (let n = 0; n < nodes.length; n += PPN) {
      if (nodes[n + FIXED]) continue;
      const m = nodes[n + MASS]!;
      swinging += m * Math.hypot(nodes[n + DX]! - nodes[n + OLD_DX]!, nodes[n + DY]! - nodes[n + OLD_DY]!);
      traction += (m * Math.hypot(nodes[n + DX]! + nodes[n + OLD_DX]!, nodes[n + DY]! + nodes[n + OLD_DY]!)) / 2;
    }
    if (swinging > 0) {
      // The tolerated jitter grows with the graph (about 0.05·√N, within [√(0.05·√N), 10]); while the graph swings
      // more than it travels, the speed's efficiency drops, and it recovers as the layout settles.
      const count = nodes.length / PPN;
      const estimated = 0.05 * Math.sqrt(count);
      let jitter = JITTER_TOLERANCE * Math.max(Math.sqrt(estimated), Math.min(MAX_JITTER, (estimated * traction) / (count * count)));
      if (swinging / traction > 2) {
        if (this.efficiency > MIN_EFFICIENCY) this.efficiency *= 0.5;
        jitter = Math.max(jitter, JITTER_TOLERANCE);
      }
      const target = (jitter * this.efficiency * traction) / swinging;
      if (swinging > jitter * traction) {
        if (this.efficiency > MIN_EFFICIENCY) this.efficiency *= 0.7;
      } else if (this.speed < MAX_SPEED) {
        this.efficiency *= 1.3;
      }
      this.speed += Math.min(target - this.speed, MAX_SPEED_RISE * this.speed);
    }
    const speed = this.speed;
    for (let n = 0; n < nodes.length; n += PPN) {
      if (nodes[n + FIXED]) continue;
      const fx = nodes[n + DX]!;
      const fy = nodes[n + DY]!;
      const swing = nodes[n + MASS]! * Math.hypot(fx - nodes[n + OLD_DX]!, fy - nodes[n + OLD_DY]!);
      const force = Math.hypot(fx, fy);
      let local = speed / (1 + Math.sqrt(speed * swing));
      // With sizes, overlap forces are huge: a node moves at most MAX_DISPLACEMENT in one iteration.
      if (settings.adjustSizes && force > 0) local = Math.min(local, MAX_DISPLACEMENT / force);
      nodes[n + X] = nodes[n + X]! + (fx * local) / settings.slowDown;
      nodes[n + Y] = nodes[n + Y]! + (fy * local) / settings.slowDown;
    }
  }
}

/** Repulsion between two nodes, as a factor of the vector between them (so the force is (vx, vy) × factor). */
function repulsion(settings: Fa2Settings, kr: number, m1: number, m2: number, vx: number, vy: number, s1: number, s2: number): number {
  const d2 = vx * vx + vy * vy;
  if (d2 === 0) return 0;
  if (!settings.adjustSizes) return (kr * m1 * m2) / d2;
  const d = Math.sqrt(d2);
  const gap = d - s1 - s2;
  // Overlapping nodes push each other apart hard, as the paper's "prevent overlapping" asks.
  return gap > 0 ? (kr * m1 * m2) / (gap * d) : (100 * kr * m1 * m2) / d;
}

function repelAllPairs(settings: Fa2Settings, nodes: Float32Array): void {
  const kr = settings.scalingRatio;
  for (let n = 0; n < nodes.length; n += PPN) {
    for (let o = n + PPN; o < nodes.length; o += PPN) {
      const vx = nodes[n + X]! - nodes[o + X]!;
      const vy = nodes[n + Y]! - nodes[o + Y]!;
      const f = repulsion(settings, kr, nodes[n + MASS]!, nodes[o + MASS]!, vx, vy, nodes[n + SIZE]!, nodes[o + SIZE]!);
      nodes[n + DX] = nodes[n + DX]! + vx * f;
      nodes[n + DY] = nodes[n + DY]! + vy * f;
      nodes[o + DX] = nodes[o + DX]! - vx * f;
      nodes[o + DY] = nodes[o + DY]! - vy * f;
    }
  }
}

/** Towards the centre: kg·m (strong gravity: kg·m·d), whatever the distance. */
function applyGravity(settings: Fa2Settings, nodes: Float32Array): void {
  const kg = settings.gravity;
  for (let n = 0; n < nodes.length; n += PPN) {
    const x = nodes[n + X]!;
    const y = nodes[n + Y]!;
    const d = Math.hypot(x, y);
    if (d === 0) continue;
    const f = settings.strongGravityMode ? kg * nodes[n + MASS]! : (kg * nodes[n + MASS]!) / d;
    nodes[n + DX] = nodes[n + DX]! - x * f;
    nodes[n + DY] = nodes[n + DY]! - y * f;
  }
}

/** Along edges: linear in the distance (LinLog: its logarithm), weighted by weight^influence. */
function attract(settings: Fa2Settings, nodes: Float32Array, edges: Float32Array): void {
  let meanMass = 0;
  if (settings.outboundAttractionDistribution) {
    for (let n = 0; n < nodes.length; n += PPN) meanMass += nodes[n + MASS]!;
    meanMass /= nodes.length / PPN;
  }
  for (let e = 0; e < edges.length; e += 3) {
    const s = edges[e]!;
    const t = edges[e + 1]!;
    if (s === t) continue;
    const weight = edges[e + 2]!;
    const influence = settings.edgeWeightInfluence === 0 ? 1 : settings.edgeWeightInfluence === 1 ? weight : Math.pow(weight, settings.edgeWeightInfluence);
    const coefficient = settings.outboundAttractionDistribution ? meanMass / nodes[s + MASS]! : 1;
    const vx = nodes[s + X]! - nodes[t + X]!;
    const vy = nodes[s + Y]! - nodes[t + Y]!;
    let d = Math.hypot(vx, vy);
    if (settings.adjustSizes) d -= nodes[s + SIZE]! + nodes[t + SIZE]!;
    if (d <= 0) continue;
    const f = settings.linLogMode ? (-coefficient * influence * Math.log(1 + d)) / d : -coefficient * influence;
    nodes[s + DX] = nodes[s + DX]! + vx * f;
    nodes[s + DY] = nodes[s + DY]! + vy * f;
    nodes[t + DX] = nodes[t + DX]! - vx * f;
    nodes[t + DY] = nodes[t + DY]! - vy * f;
  }
}
