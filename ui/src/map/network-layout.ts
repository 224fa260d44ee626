/**
 * A static layout of the entity network: d3-force run for a fixed number of ticks (deterministic for the same
 * input, no animation), then fitted into the drawing box.
 */
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationNodeDatum,
} from "d3-force";
import type { EntityNetwork } from "../api.js";

export const NET_WIDTH = 900;
export const NET_HEIGHT = 600;
/** Enough for the layout to settle for a few hundred nodes; fixed so the picture is the same every time. */
const TICKS = 300;
const PAD = 24;
/** Room on the right for the labels of the right-most nodes. */
const LABEL_ROOM = 110;
/** Pull towards the centre: keeps unconnected names near the rest instead of at the edges. */
const GRAVITY = 0.07;

export interface PlacedNode {
  readonly name: string;
  readonly type: string;
  readonly count: number;
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

export interface PlacedEdge {
  readonly source: PlacedNode;
  readonly target: PlacedNode;
  readonly count: number;
}

interface SimNode extends SimulationNodeDatum {
  readonly name: string;
  readonly type: string;
  readonly count: number;
  readonly r: number;
}

export function layoutNetwork(net: EntityNetwork): { nodes: PlacedNode[]; edges: PlacedEdge[] } {
  const maxCount = Math.max(1, ...net.nodes.map((n) => n.count));
  // Initial positions on a circle: d3's default phyllotaxis is fine too, but explicit keeps it obviously stable.
  const nodes: SimNode[] = net.nodes.map((n, i) => ({
    ...n,
    r: 4 + 12 * Math.sqrt(n.count / maxCount),
    x: Math.cos((2 * Math.PI * i) / net.nodes.length) * 200,
    y: Math.sin((2 * Math.PI * i) / net.nodes.length) * 200,
  }));
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const links = net.edges
    .filter((e) => byName.has(e.source) && byName.has(e.target))
    .map((e) => ({ source: e.source, target: e.target, count: e.count }));
  const sim = forceSimulation(nodes)
    .force(
      "link",
      forceLink<SimNode, { source: string | SimNode; target: string | SimNode; count: number }>(links)
        .id((d) => d.name)
        .distance(60)
        .strength(0.4),
    )
    .force("charge", forceManyBody().strength(-260))
    .force(
      "collide",
      forceCollide<SimNode>((d) => d.r + 8),
    )
    .force("x", forceX(0).strength(GRAVITY))
    .force("y", forceY(0).strength(GRAVITY))
    .stop();
  sim.tick(TICKS);
  const xs = nodes.map((n) => n.x ?? 0);
  const ys = nodes.map((n) => n.y ?? 0);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min(
    (NET_WIDTH - 2 * PAD - LABEL_ROOM) / Math.max(1, maxX - minX),
    (NET_HEIGHT - 2 * PAD) / Math.max(1, maxY - minY),
    1.5,
  );
  const placed = new Map<string, PlacedNode>();
  for (const n of nodes)
    placed.set(n.name, {
      name: n.name,
      type: n.type,
      count: n.count,
      r: n.r,
      x: PAD + ((n.x ?? 0) - minX) * scale + (NET_WIDTH - 2 * PAD - LABEL_ROOM - (maxX - minX) * scale) / 2,
      y: PAD + ((n.y ?? 0) - minY) * scale + (NET_HEIGHT - 2 * PAD - (maxY - minY) * scale) / 2,
    });
  const edges: PlacedEdge[] = [];
  for (const e of net.edges) {
    const s = placed.get(e.source);
    const t = placed.get(e.target);
    if (s && t) edges.push({ source: s, target: t, count: e.count });
  }
  return { nodes: [...placed.values()], edges };
}
