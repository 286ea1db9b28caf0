/**
 * The manifest, checked offline (the official validator posts it to Microsoft's service): it parses, its
 * elements come in schema order, every resource id resolves and fits, strings fit and have a Ukrainian
 * override, URLs are https, icons exist at their sizes, and every ribbon function is registered.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { OfficeAddinManifest } from "office-addin-manifest";
import { parseStringPromise } from "xml2js";

const ROOT = join(__dirname, "..", "..");
const MANIFEST = join(ROOT, "manifest.xml");

interface Node {
  "#name": string;
  $?: Record<string, string>;
  $$?: Node[];
  _?: string;
}

let root: Node;
beforeAll(async () => {
  const doc = await parseStringPromise(readFileSync(MANIFEST, "utf8"), {
    explicitChildren: true,
    preserveChildrenOrder: true,
    explicitRoot: true,
  });
  root = doc.OfficeApp as Node;
});

const kids = (n: Node) => n.$$ ?? [];
const child = (n: Node, name: string) => kids(n).find((k) => k["#name"] === name);
const all = (n: Node, pred: (k: Node) => boolean, out: Node[] = []): Node[] => {
  if (pred(n)) out.push(n);
  for (const k of kids(n)) all(k, pred, out);
  return out;
};
const names = (n: Node) => kids(n).map((k) => k["#name"]);

/** Children must appear in this relative order (optional ones may be absent). */
function expectOrder(n: Node, order: string[]) {
  const seen = names(n).filter((x) => order.includes(x));
  const positions = seen.map((x) => order.indexOf(x));
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
}

describe("manifest.xml", () => {
  test("parses with office-addin-manifest and describes an Excel task pane add-in", async () => {
    const info = await OfficeAddinManifest.readManifestFile(MANIFEST);
    expect(info.displayName).toBe("Plan Check");
    expect(info.hosts).toEqual(["Workbook"]);
    expect(info.defaultLocale).toBe("en-US");
    expect(info.permissions).toBe("ReadWriteDocument");
    expect(info.officeAppType).toBe("TaskPaneApp");
    expect(root.$!["xsi:type"]).toBe("TaskPaneApp");
  });

  test("requires ExcelApi 1.8 at least", () => {
    const set = all(root, (k) => k["#name"] === "Set")[0];
    expect(set.$).toEqual({ Name: "ExcelApi", MinVersion: "1.8" });
  });

  test("elements come in schema order", () => {
    expectOrder(root, [
      "Id",
      "AlternateId",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ]);
    const vo = child(root, "VersionOverrides")!;
    expectOrder(vo, ["Description", "Requirements", "Hosts", "Resources"]);
    for (const host of all(vo, (k) => k["#name"] === "Host"))
      expectOrder(host, ["Runtimes", "AllFormFactors", "DesktopFormFactor"]);
    const dff = all(vo, (k) => k["#name"] === "DesktopFormFactor")[0];
    expectOrder(dff, ["GetStarted", "FunctionFile", "ExtensionPoint"]);
    for (const g of all(vo, (k) => k["#name"] === "Group"))
      expectOrder(g, ["Label", "Icon", "Control"]);
    for (const c of all(vo, (k) => k["#name"] === "Control"))
      expectOrder(c, ["Label", "Supertip", "Icon", "Action"]);
    expectOrder(child(vo, "Resources")!, [
      "bt:Images",
      "bt:Urls",
      "bt:ShortStrings",
      "bt:LongStrings",
    ]);
  });

  test("the ribbon's commands and the pane share one long-lived runtime: the pane's page", () => {
    const runtimes = all(root, (k) => k["#name"] === "Runtime");
    expect(runtimes.map((r) => r.$)).toEqual([{ resid: "Taskpane.Url", lifetime: "long" }]);
    const functionFile = all(root, (k) => k["#name"] === "FunctionFile")[0];
    expect(functionFile.$!.resid).toBe("Taskpane.Url");
    const paneSource = all(root, (k) => k["#name"] === "SourceLocation" && !!k.$?.resid);
    expect(paneSource.map((p) => p.$!.resid)).toEqual(["Taskpane.Url"]);
  });

  test("has a group with Validate plan, Clear highlights, Build summary and Open pane", () => {
    const controls = all(root, (k) => k["#name"] === "Control");
    const actions = controls.map((c) => [c.$!.id, child(c, "Action")!.$!["xsi:type"]]);
    expect(actions).toEqual([
      ["PlanCheck.Validate", "ExecuteFunction"],
      ["PlanCheck.Clear", "ExecuteFunction"],
      ["PlanCheck.Summary", "ExecuteFunction"],
      ["PlanCheck.OpenPane", "ShowTaskpane"],
    ]);
  });

  test("every resid resolves to a resource, and every resource id is at most 32 characters", () => {
    const resources = all(
      child(root, "VersionOverrides")!,
      (k) => ["bt:Image", "bt:Url", "bt:String"].includes(k["#name"]) && !!k.$?.id
    );
    const ids = resources.map((r) => r.$!.id);
    const refs = all(root, (k) => !!k.$?.resid).map((k) => k.$!.resid);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) expect(ids).toContain(ref);
    for (const id of [...ids, ...refs]) expect(id.length).toBeLessThanOrEqual(32);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("short strings are at most 125 characters, long strings at most 250, in every language", () => {
    const vo = child(root, "VersionOverrides")!;
    const texts = (listName: string) =>
      all(vo, (k) => k["#name"] === listName).flatMap((list) =>
        kids(list).flatMap((s) => [s.$!.DefaultValue, ...kids(s).map((o) => o.$!.Value)])
      );
    const short = texts("bt:ShortStrings");
    const long = texts("bt:LongStrings");
    expect(short.length).toBeGreaterThan(0);
    for (const s of short) expect(s.length).toBeLessThanOrEqual(125);
    for (const s of long) expect(s.length).toBeLessThanOrEqual(250);
    expect(child(root, "DisplayName")!.$!.DefaultValue.length).toBeLessThanOrEqual(125);
    expect(child(root, "Description")!.$!.DefaultValue.length).toBeLessThanOrEqual(250);
  });

  test("every user-visible string has a uk-UA override", () => {
    const strings = [
      child(root, "DisplayName")!,
      child(root, "Description")!,
      ...all(root, (k) => k["#name"] === "bt:String"),
    ];
    for (const s of strings) {
      const overrides = kids(s).filter((o) => o["#name"].endsWith("Override"));
      expect(overrides.map((o) => o.$!.Locale)).toEqual(["uk-UA"]);
      expect(overrides[0].$!.Value.trim()).not.toBe("");
    }
  });

  test("every URL is https", () => {
    const urls = [
      ...all(
        root,
        (k) =>
          ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"].includes(
            k["#name"]
          ) && !!k.$?.DefaultValue
      ).map((k) => k.$!.DefaultValue),
      ...all(root, (k) => ["bt:Image", "bt:Url"].includes(k["#name"]) && !!k.$?.DefaultValue).map(
        (k) => k.$!.DefaultValue
      ),
      ...all(root, (k) => k["#name"] === "AppDomain").map((k) => k._ as string),
    ];
    expect(urls.length).toBeGreaterThan(15);
    for (const u of urls) expect(u).toMatch(/^https:\/\//);
  });

  test("every icon exists in assets/ as a PNG of its size", () => {
    const images = all(root, (k) => k["#name"] === "bt:Image" && !!k.$?.DefaultValue);
    for (const img of images) {
      const file = join(ROOT, "assets", img.$!.DefaultValue.split("/assets/")[1]);
      expect(existsSync(file)).toBe(true);
      const png = readFileSync(file);
      const size = Number(/(\d+)x\d+$/.exec(img.$!.id)![1]);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
    for (const size of [16, 32, 64, 80])
      expect(existsSync(join(ROOT, "assets", `icon-${size}.png`))).toBe(true);
  });

  test("every FunctionName is registered by the commands code with Office.actions.associate", async () => {
    const functionNames = all(root, (k) => k["#name"] === "FunctionName").map((k) => k._ as string);
    expect(functionNames).toEqual(["validatePlan", "clearHighlights", "buildSummary"]);
    const associated: string[] = [];
    const g = globalThis as unknown as { Office: unknown };
    // registered at once, before Office is ready and the pane's bundles load (office-js #5176)
    g.Office = {
      onReady: () => new Promise(() => undefined),
      actions: { associate: (name: string) => associated.push(name) },
    };
    jest.isolateModules(() => {
      require("../../src/commands/commands");
    });
    expect(associated.sort()).toEqual([...functionNames].sort());
  });

  test("the production manifest keeps no localhost AppDomain, and points every URL at the deployment", () => {
    const { productionManifest } = require("../../webpack.config.js");
    const out: string = productionManifest(
      readFileSync(MANIFEST, "utf8"),
      "https://plancheck.example.org/"
    );
    expect(out).not.toContain("localhost");
    expect(out).toContain("https://plancheck.example.org/taskpane.html");
  });

  test("the pane's page loads the commands chunk first, and a command's dialog is a page of its own", async () => {
    const config = await require("../../webpack.config.js")(
      { WEBPACK_BUILD: true },
      { mode: "production" }
    );
    const pages = config.plugins
      .filter((p: { userOptions?: { filename?: string } }) => p.userOptions?.filename)
      .map((p: { userOptions: { filename: string; chunks: string[] } }) => p.userOptions);
    const page = (f: string) => pages.find((p: { filename: string }) => p.filename === f);
    expect(page("taskpane.html").chunks).toEqual(["commands", "boot"]);
    expect(page("dialog.html").chunks).toEqual(["dialog"]);
    expect(readFileSync(join(ROOT, "src", "commands", "run.ts"), "utf8")).toContain(
      "/dialog.html?message="
    );
  });

  test("the pane mounts in its own page and in a shared runtime, never on a hidden command page", () => {
    const { paneMayMount } = require("../../src/commands/page");
    const page = { inOffice: true, sharedRuntime: false, visible: true, width: 320 };
    expect(paneMayMount(page)).toBe(true);
    expect(paneMayMount({ ...page, sharedRuntime: true, visible: false, width: 0 })).toBe(true);
    expect(paneMayMount({ ...page, visible: false, width: 0 })).toBe(false);
    expect(paneMayMount({ ...page, width: 0 })).toBe(false);
    expect(paneMayMount({ ...page, inOffice: false, visible: false, width: 0 })).toBe(true);
    // the pane's page loads the pane's code only through boot, which asks paneMayMount first
    const boot = readFileSync(join(ROOT, "src", "commands", "boot.ts"), "utf8");
    expect(boot).toMatch(
      /paneMayMount\(pageFacts\(\)\)[\s\S]*import\([^)]*"..\/taskpane\/index"\)/
    );
  });
});
