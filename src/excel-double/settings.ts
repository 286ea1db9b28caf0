/** Workbook.settings: key-value pairs kept in the file. */
import { ClientObject } from "./clientObject";
import type { ExcelDouble } from "./double";
import type { Path } from "./wire";

export class SettingCollectionDouble extends ClientObject {
  protected snapshot() {
    return {};
  }
  getItemOrNullObject(key: string): SettingDouble {
    return new SettingDouble(this.d, this.method("getItemOrNullObject", [key]), key);
  }
  add(key: string, value: unknown): void {
    this.call("add", [key, value], () => {
      this.d.settings.set(key, value);
    });
  }
}

export class SettingDouble extends ClientObject {
  constructor(
    d: ExcelDouble,
    path: Path,
    private readonly key: string
  ) {
    super(d, path);
  }
  protected snapshot() {
    const has = this.d.settings.has(this.key);
    return { isNullObject: !has, value: has ? this.d.settings.get(this.key) : null };
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get value(): unknown {
    return this.get("value");
  }
  protected alwaysLoaded(): string[] {
    return ["isNullObject"];
  }
}
