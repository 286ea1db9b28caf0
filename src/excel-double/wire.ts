/**
 * The size of a request as Office.js serializes it: every proxy used in a request costs an object path
 * (`ObjectPaths`) and an instantiate action, every property set, method call and load an action of its own,
 * each naming the ids of the paths it refers to. This is the shape `OfficeExtension` sends to Excel on the web
 * (`{"Actions":[…],"ObjectPaths":{…}}`); tests/double/wire.test.ts checks the sizes against Office.js's own
 * serializer run in jsdom.
 */
const encoder = new TextEncoder();
export const utf8 = (s: string): number => encoder.encode(s).length;

export const PATH = { root: 1, method: 3, property: 4, indexer: 5 } as const;
export const ACTION = { instantiate: 1, query: 2, method: 3, set: 4 } as const;

/** An object path: how Office.js names a proxy to the host, from its parent. */
export interface Path {
  type: number;
  name: string;
  parent: Path | null;
  args?: unknown[];
}

const ROOT: Path = { type: PATH.root, name: "", parent: null };
export const rootPath = (): Path => ROOT;

export const child = (parent: Path, type: number, name: string, args?: unknown[]): Path => ({
  type,
  name,
  parent,
  args,
});

/** Office.js's property and method names are PascalCase on the wire. */
const wireName = (n: string) => (n ? n[0].toUpperCase() + n.slice(1) : n);

/** One request being queued: paths once each, then actions in order; ids run on for the whole context. */
export class WireRequest {
  private ids = new Map<Path, number>();
  private bytes = 0;
  private count = 0;
  constructor(private readonly nextId: () => number) {}

  /** Instantiates the proxy's path in this request (a method that creates an object does so at once). */
  touch(p: Path): void {
    this.use(p);
  }

  private use(p: Path): number {
    const known = this.ids.get(p);
    if (known !== undefined) return known;
    const parent = p.parent ? this.use(p.parent) : null;
    const id = this.nextId();
    this.ids.set(p, id);
    const args = p.args ? `,"ArgumentInfo":{"Arguments":${JSON.stringify(p.args)}}` : "";
    const parentRef = parent === null ? "" : `,"ParentObjectPathId":${parent}`;
    this.add(
      `"${id}":{"Id":${id},"ObjectPathType":${p.type},"Name":${JSON.stringify(wireName(p.name))}${parentRef}${args}}`
    );
    this.add(`{"Id":${this.nextId()},"ActionType":1,"Name":"","ObjectPathId":${id}}`);
    return id;
  }

  private add(part: string): void {
    this.bytes += utf8(part) + 1; // and its comma
    this.count++;
  }

  /** A property set or method call on the proxy at `p`. */
  action(type: number, name: string, p: Path, args?: unknown[]): void {
    const id = this.use(p);
    const argText = args ? `,"ArgumentInfo":{"Arguments":${JSON.stringify(args)}}` : "";
    this.add(
      `{"Id":${this.nextId()},"ActionType":${type},"Name":${JSON.stringify(wireName(name))},"ObjectPathId":${id}${argText},"L":[${id}]}`
    );
  }

  /** A load: the selected properties, and the ids of the proxy's whole chain. */
  query(p: Path, select: string[]): void {
    const id = this.use(p);
    const chain: number[] = [];
    for (let q: Path | null = p; q; q = q.parent) chain.unshift(this.ids.get(q)!);
    this.add(
      `{"Id":${this.nextId()},"ActionType":2,"Name":"","ObjectPathId":${id},"QueryInfo":{"Select":${JSON.stringify(select)}},"L":[${chain.join(",")}]}`
    );
  }

  get size(): number {
    return this.count === 0 ? 0 : this.bytes + utf8('{"Actions":[],"ObjectPaths":{}}');
  }
}
