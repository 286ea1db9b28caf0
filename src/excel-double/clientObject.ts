/** The base of every proxy: an object path, loaded values, and the rule that unloaded ones cannot be read. */
import type { ExcelDouble } from "./double";
import { notLoaded } from "./errors";
import { ACTION, child, PATH, utf8, type Path } from "./wire";

export abstract class ClientObject {
  protected loaded = new Map<string, unknown>();
  /** The paths of the load being run, for snapshots whose items load nested properties. */
  protected loading: string[] = [];
  constructor(
    protected readonly d: ExcelDouble,
    readonly path: Path
  ) {}
  /** The properties a load reads, by their top-level name. */
  protected abstract snapshot(): Record<string, unknown>;
  protected get cls(): string {
    return this.constructor.name.replace(/Double$/, "");
  }
  /** Properties that come with every load (isNullObject on the *OrNullObject proxies). */
  protected alwaysLoaded(): string[] {
    return [];
  }
  /** Checks a load before it runs: Excel refuses some whole requests for one path (conditional formats). */
  protected checkLoad(_paths: string[]): void {}
  load(props?: string | string[] | Record<string, unknown>): this {
    const list = (
      typeof props === "string"
        ? props.split(",")
        : Array.isArray(props)
          ? props
          : props
            ? Object.keys(props)
            : []
    ).map((p) => p.trim());
    const names = new Set(list.map((p) => p.split("/")[0]));
    if (names.size) for (const p of this.alwaysLoaded()) names.add(p);
    this.d.request.query(this.path, list);
    this.d.enqueue(() => {
      this.checkLoad(list);
      this.loading = list;
      const snap = this.snapshot();
      const keys = names.size ? [...names] : Object.keys(snap);
      let bytes = 30;
      for (const k of keys) {
        if (!(k in snap)) throw new Error(`${this.cls} has no property ${k} in the double`);
        this.loaded.set(k, snap[k]);
        bytes += k === "items" ? 0 : utf8(JSON.stringify(snap[k] ?? null)) + k.length + 4;
      }
      return bytes;
    });
    return this;
  }
  protected get<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw notLoaded(this.cls, prop);
    return this.loaded.get(prop) as T;
  }
  /** Marks properties as loaded, as the items of a loaded collection come. */
  preload(values: Record<string, unknown>): this {
    for (const [k, v] of Object.entries(values)) this.loaded.set(k, v);
    return this;
  }
  /** A property set: sized as Office.js sends it, applied at sync. */
  protected set(name: string, value: unknown, run: () => void): void {
    this.d.request.action(ACTION.set, name, this.path, [value]);
    this.d.enqueue(run);
  }
  /** A method call without a proxy for its result. */
  protected call(name: string, args: unknown[], run: () => void): void {
    this.d.request.action(ACTION.method, name, this.path, args);
    this.d.enqueue(run);
  }
  /** The path of a navigation property or of a method's result. */
  protected nav(name: string): Path {
    return child(this.path, PATH.property, name);
  }
  protected method(name: string, args: unknown[]): Path {
    return child(this.path, PATH.method, name, args);
  }
}
