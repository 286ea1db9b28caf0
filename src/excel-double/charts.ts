/** Excel.ChartCollection and Excel.Chart. */
import type ExcelJS from "exceljs";
import { ClientObject } from "./clientObject";
import type { ExcelDouble } from "./double";
import type { RangeDouble } from "./range";
import type { ChartRecord } from "./records";
import { child, PATH, type Path } from "./wire";

export class ChartCollectionDouble extends ClientObject {
  constructor(
    d: ExcelDouble,
    path: Path,
    private readonly ws: () => ExcelJS.Worksheet
  ) {
    super(d, path);
  }
  protected snapshot() {
    return {
      items: this.d.metaOf(this.ws()).charts.map((c, i) =>
        new ChartDouble(this.d, child(this.path, PATH.indexer, "", [i]), this.ws, c).preload({
          name: c.title,
        })
      ),
    };
  }
  get items(): ChartDouble[] {
    return this.get("items");
  }
  add(type: string, source: RangeDouble, seriesBy: string): ChartDouble {
    const rec: ChartRecord = { type, source: "", seriesBy, title: null, position: null };
    const path = this.method("add", [type, "{range}", seriesBy]);
    this.d.request.touch(path);
    this.d.enqueue(() => {
      this.d.guardSheet(this.ws());
      rec.source = source.a1();
      this.d.metaOf(this.ws()).charts.push(rec);
    });
    return new ChartDouble(this.d, path, this.ws, rec);
  }
}

export class ChartDouble extends ClientObject {
  constructor(
    d: ExcelDouble,
    path: Path,
    private readonly ws: () => ExcelJS.Worksheet,
    private readonly rec: ChartRecord
  ) {
    super(d, path);
  }
  protected snapshot() {
    return { name: this.rec.title };
  }
  get title() {
    const path = this.nav("title");
    const d = this.d;
    const rec = this.rec;
    return {
      set text(t: string) {
        d.request.action(4, "text", path, [t]);
        d.enqueue(() => void (rec.title = t));
      },
    };
  }
  setPosition(a: string, b: string): void {
    this.call("setPosition", [a, b], () => void (this.rec.position = [a, b]));
  }
  delete(): void {
    this.call("delete", [], () => {
      const m = this.d.metaOf(this.ws());
      m.charts = m.charts.filter((c) => c !== this.rec);
    });
  }
}
