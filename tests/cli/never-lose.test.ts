/**
 * Nothing lost, ever: the command line never writes over a plan it reads (by name, symbolic link or hard
 * link), writes through a temporary file so a failed write leaves nothing half-written, prints nothing when it
 * fails after the check, and a folder run goes on past every file it cannot check.
 */
import {
  chmodSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { writeAtomically } from "../../src/cli/files";
import { CLEAN_PLAN, renderPlan } from "../fixtures/planModel";
import { fixtureWorkbook, tempDir } from "../fixtures/workbook";
import { run } from "../../src/cli/plan-check";
import { runCli } from "../fixtures/cli";

const cli = (args: string[]) => runCli(args);

let n = 0;
/** A fresh folder holding two real plans, a.xlsx and b.xlsx. */
async function folderOfPlans(): Promise<{ dir: string; a: string; b: string; bytes: Buffer }> {
  const dir = join(tempDir(), `never-lose-${++n}`);
  mkdirSync(dir, { recursive: true });
  const a = join(dir, "a.xlsx");
  const b = join(dir, "b.xlsx");
  await fixtureWorkbook([renderPlan(CLEAN_PLAN)]).xlsx.writeFile(a);
  await fixtureWorkbook([renderPlan(CLEAN_PLAN, { sheetName: "Другий" })]).xlsx.writeFile(b);
  return { dir, a, b, bytes: readFileSync(a) };
}

/** A refusal: exit 2, nothing on stdout, one line on stderr. */
const refused = (message: RegExp) => ({
  code: 2,
  out: "",
  err: expect.stringMatching(new RegExp(`^plan-check: [^\\n]*${message.source}[^\\n]*\\n$`)),
});

describe("--out never lands on a plan being checked", () => {
  test("a folder run whose --out names one of the folder's plans is refused and the plan is kept", async () => {
    const { dir, a, bytes } = await folderOfPlans();
    expect(await cli([dir, "--out", a])).toEqual(refused(/--out must name a new file/));
    expect(readFileSync(a).equals(bytes)).toBe(true);
  });

  test("several files whose --out names one of them is refused", async () => {
    const { a, b, bytes } = await folderOfPlans();
    expect(await cli([a, b, "--out", a])).toEqual(refused(/--out must name a new file/));
    expect(readFileSync(a).equals(bytes)).toBe(true);
  });

  test("the same file by another spelling of its path is refused", async () => {
    const { dir, a, bytes } = await folderOfPlans();
    expect(await cli([a, "--out", join(dir, ".", "..", `never-lose-${n}`, "a.xlsx")])).toEqual(
      refused(/--out must name a new file/)
    );
    expect(readFileSync(a).equals(bytes)).toBe(true);
  });

  test("--out as a symbolic link to the input is refused", async () => {
    const { dir, a, bytes } = await folderOfPlans();
    const link = join(dir, "link.xlsx");
    symlinkSync(a, link);
    expect(await cli([a, "--out", link])).toEqual(refused(/--out must name a new file/));
    expect(await cli([link, "--out", a])).toEqual(refused(/--out must name a new file/));
    expect(readFileSync(a).equals(bytes)).toBe(true);
  });

  test("--out as a hard link to the input is refused", async () => {
    const { dir, a, bytes } = await folderOfPlans();
    const hard = join(dir, "hard.xlsx");
    linkSync(a, hard);
    expect(await cli([a, "--out", hard])).toEqual(refused(/--out must name a new file/));
    expect(await cli([dir, "--as-of", "2021-06-30", "--out", join(dir, "c.xlsx")])).toMatchObject({
      code: 0,
    });
    expect(readFileSync(a).equals(bytes)).toBe(true);
  });

  test("a folder run's --out that is a hard link to one of its plans is refused", async () => {
    const { dir, b } = await folderOfPlans();
    const elsewhere = join(tempDir(), `hard-out-${n}.xlsx`);
    linkSync(b, elsewhere);
    expect(await cli([dir, "--out", elsewhere])).toEqual(refused(/--out must name a new file/));
  });
});

describe("a write either happens whole or not at all", () => {
  test("a checked copy is written through a temporary file renamed into place, which is then gone", async () => {
    const { dir, a } = await folderOfPlans();
    const out = join(dir, "checked.xlsx");
    const r = await cli([a, "--as-of", "2021-06-30", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.err).toBe(`Written: ${out}\n`);
    expect(readdirSync(dir).sort()).toEqual(["a.xlsx", "b.xlsx", "checked.xlsx"]);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });

  test("--out replacing a symbolic link replaces the link, never the file it points to", async () => {
    const { dir, a, b } = await folderOfPlans();
    const keep = readFileSync(b);
    const link = join(dir, "out-link.xlsx");
    symlinkSync(b, link);
    expect(await cli([a, "--as-of", "2021-06-30", "--out", link])).toMatchObject({ code: 0 });
    expect(readFileSync(b).equals(keep)).toBe(true);
  });

  test("a write that fails after the check prints no report: exit 2, one plain line", async () => {
    const { dir, a } = await folderOfPlans();
    const locked = join(dir, "locked");
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    // root writes into any folder of its own, but not into /sys
    const target = process.getuid?.() === 0 ? "/sys/plan-check-out.xlsx" : join(locked, "c.xlsx");
    const r = await cli([a, "--as-of", "2021-06-30", "--out", target]);
    expect(r).toEqual(refused(/(No permission|The disk is read-only)/));
    expect(readdirSync(locked)).toEqual([]);
    chmodSync(locked, 0o755);
  });

  test("a write that breaks halfway leaves the earlier file as it was and no temporary file", async () => {
    const { dir } = await folderOfPlans();
    const out = join(dir, "earlier.xlsx");
    writeFileSync(out, "the reviewer's earlier copy");
    const failed = await writeAtomically(out, async (tmp) => {
      writeFileSync(tmp, "half a workbook");
      throw Object.assign(new Error("no space"), { code: "ENOSPC" });
    });
    expect(failed).toEqual({ key: "error.disk-full", params: { file: out } });
    expect(readFileSync(out, "utf8")).toBe("the reviewer's earlier copy");
    expect(readdirSync(dir).sort()).toEqual(["a.xlsx", "b.xlsx", "earlier.xlsx"]);
  });

  test("--out naming a folder is refused before anything is checked", async () => {
    const { dir, a } = await folderOfPlans();
    mkdirSync(join(dir, "folder.xlsx"));
    expect(await cli([a, "--out", join(dir, "folder.xlsx")])).toEqual(
      refused(/This is a folder, not a workbook file/)
    );
  });
});

describe("every system error is said in plain words", () => {
  test.each([
    ["a missing file", (d: string) => join(d, "missing.xlsx"), /File not found/],
    [
      "a link to nowhere",
      (d: string) => {
        symlinkSync(join(d, "gone.xlsx"), join(d, "dangling.xlsx"));
        return join(d, "dangling.xlsx");
      },
      /File not found/,
    ],
    [
      "a loop of links",
      (d: string) => {
        symlinkSync(join(d, "loop2.xlsx"), join(d, "loop1.xlsx"));
        symlinkSync(join(d, "loop1.xlsx"), join(d, "loop2.xlsx"));
        return join(d, "loop1.xlsx");
      },
      /a chain of links that never ends/,
    ],
    [
      "a named pipe",
      (d: string) => {
        execFileSync("mkfifo", [join(d, "pipe.xlsx")]);
        return join(d, "pipe.xlsx");
      },
      /not an ordinary file/,
    ],
  ])("%s", async (_, make, message) => {
    const { dir } = await folderOfPlans();
    const r = await cli([make(dir)]);
    expect(r).toEqual(refused(message));
  });

  test("a file it may not read (when not run as root)", async () => {
    const { a } = await folderOfPlans();
    chmodSync(a, 0o000);
    const r = await cli([a]);
    if (process.getuid?.() === 0) expect(r.code).toBeLessThan(2);
    else expect(r).toEqual(refused(/No permission to read/));
    chmodSync(a, 0o644);
  });
});

test("an OpenDocument spreadsheet is named as such, not called an empty workbook", async () => {
  const zip = new JSZip();
  zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", { compression: "STORE" });
  zip.file("content.xml", "<office:document-content/>");
  const file = join(tempDir(), "plan.ods.xlsx");
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
  expect(await cli([file])).toEqual(refused(/An OpenDocument spreadsheet \(\.ods\)/));
});

describe("a folder run always finishes", () => {
  test("files it cannot open, pipes and link loops are listed with the reason, and the run goes on", async () => {
    const { dir } = await folderOfPlans();
    execFileSync("mkfifo", [join(dir, "c-pipe.xlsx")]);
    symlinkSync(join(dir, "d2.xlsx"), join(dir, "d1.xlsx"));
    symlinkSync(join(dir, "d1.xlsx"), join(dir, "d2.xlsx"));
    mkdirSync(join(dir, "e-folder.xlsx"));
    const r = await cli([dir, "--as-of", "2021-06-30", "--json"]);
    const doc = JSON.parse(r.out);
    expect(
      doc.files.map((f: { file: string; ok: boolean; reason: string | null }) => [
        f.file,
        f.ok,
        f.reason?.replace(/:.*/, ""),
      ])
    ).toEqual([
      ["a.xlsx", true, undefined],
      ["b.xlsx", true, undefined],
      ["c-pipe.xlsx", false, "This is not an ordinary file (a pipe, device or socket)"],
      ["d1.xlsx", false, "This path is a chain of links that never ends at a file"],
      ["d2.xlsx", false, "This path is a chain of links that never ends at a file"],
      ["e-folder.xlsx", false, "This is a folder, not a workbook file"],
    ]);
    // two plans were checked, without errors: their answer is the run's
    expect(r.code).toBe(0);
  });

  test("the consolidated workbook of a folder is written before the summary is printed", async () => {
    const { dir } = await folderOfPlans();
    const out = join(dir, "missing-folder", "all.xlsx");
    expect(await cli([dir, "--out", out])).toEqual(refused(/The folder for --out does not exist/));
    expect(existsSync(out)).toBe(false);
  });
});

describe("a folder run's exit code follows the plans it could check", () => {
  const SEED = join(__dirname, "..", "..", "seeds", "zhytomyr-1325-plan.xlsx");

  test("some files not checked, no errors in the others: exit 0, the report on stdout, the files not checked listed in it and last on stderr", async () => {
    const { dir } = await folderOfPlans();
    writeFileSync(join(dir, "c-broken.xlsx"), "not a workbook");
    const r = await cli([dir, "--as-of", "2021-06-30"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("2 of 3 files checked");
    expect(r.out).toMatch(/ {2}c-broken\.xlsx: Not an Excel workbook/);
    expect(r.err).toMatch(
      /\nNot checked: 1 of 3 files \(the others' report is printed\):\n {2}c-broken\.xlsx: Not an Excel workbook[^\n]*\n$/
    );
  });

  test("some files not checked, errors in a plan: exit 1", async () => {
    const { dir } = await folderOfPlans();
    writeFileSync(join(dir, "seed.xlsx"), readFileSync(SEED));
    writeFileSync(join(dir, "c-broken.xlsx"), "not a workbook");
    const r = await cli([dir, "--as-of", "2021-06-30", "--json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).totals).toMatchObject({ files: 4, checked: 3, failed: 1 });
    expect(r.err).toContain("Not checked: 1 of 4 files");
  });

  test("no file could be checked: exit 2, nothing on stdout, nothing written, one closing line on stderr", async () => {
    const dir = join(tempDir(), `none-checked-${++n}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "a.xlsx"), "not a workbook");
    mkdirSync(join(dir, "b.xlsx"));
    const out = join(tempDir(), `none-checked-${n}.xlsx`);
    const r = await cli([dir, "--out", out]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(existsSync(out)).toBe(false);
    const lines = r.err.trimEnd().split("\n");
    // each file's progress line with its reason, then the one line that says the run had no answer
    expect(lines.slice(0, 2)).toEqual([
      expect.stringMatching(/^\[1\/2\] a\.xlsx: Not an Excel workbook/),
      expect.stringMatching(/^\[2\/2\] b\.xlsx: This is a folder/),
    ]);
    expect(lines.slice(2)).toEqual([
      "plan-check: No file could be checked (2 files): each one's reason is above; nothing was printed or written",
    ]);
  });

  test("on a terminal, the line of a file not checked stays above the progress bar", async () => {
    const { dir } = await folderOfPlans();
    writeFileSync(join(dir, "a0-broken.xlsx"), "not a workbook");
    let err = "";
    await run(
      [dir, "--as-of", "2021-06-30"],
      { out: () => {}, err: (s) => (err += s), errIsTTY: true },
      {
        LANG: "en_US.UTF-8",
      }
    );
    // the bar's lines overwrite each other ("\r"); the broken file's ends with a line break of its own
    const kept = err.split("\n").map((l) => l.split("\r").pop());
    expect(kept).toContainEqual(
      // eslint-disable-next-line no-control-regex
      expect.stringMatching(/^\u001b\[2K\[#+\.+\] \[2\/3\] a0-broken\.xlsx: Not an Excel workbook/)
    );
  });
});

describe("what reaches a terminal or a spreadsheet stays inert", () => {
  test("control characters in cells are stripped from the printed report", async () => {
    const spec = structuredClone(CLEAN_PLAN);
    spec.goals[0].operationalGoals[0].tasks[0].nationalMeasures[0].measures[0].executors =
      "Відділ\u001b[2J\u001b]0;pwned\u0007 освіти\u009b31m";
    const dir = join(tempDir(), `controls-${++n}`);
    mkdirSync(dir, { recursive: true });
    const file = join(dir, "controls.xlsx");
    await fixtureWorkbook([renderPlan(spec)]).xlsx.writeFile(file);
    const text = await cli([file, "--as-of", "2021-06-30", "--directory", "/dev/null"]);
    // eslint-disable-next-line no-control-regex
    expect(text.out).not.toMatch(/[\u001b\u0007\u009b]/);
    const json = await cli([file, "--as-of", "2021-06-30", "--json"]);
    // eslint-disable-next-line no-control-regex
    expect(json.out).not.toMatch(/[\u001b\u0007\u009b]/);
    expect(JSON.parse(json.out).measures[0].executors[0]).toBe("Відділ[2J]0");
  });

  test("a control in the file's name or in the directory kept beside is escaped in the JSON too", async () => {
    // the workbook's own texts are plain: the JSON is escaped for what comes from elsewhere
    const dir = join(tempDir(), `controls-${++n}`);
    mkdirSync(dir, { recursive: true });
    const file = join(dir, "план\u009b2J.xlsx");
    await fixtureWorkbook([renderPlan(CLEAN_PLAN)]).xlsx.writeFile(file);
    const named = await cli([file, "--as-of", "2021-06-30", "--json"]);
    expect(named.code).not.toBe(2);
    expect(named.out).not.toMatch(/[\u009b]/);
    expect(named.out).toContain("\\u009b2J.xlsx");
    const directory = join(dir, "directory.txt");
    // a spelling close to one of the plan's bodies: the finding suggests it, separator and all
    writeFileSync(directory, "Департамент соціальної політик\u2028и\n");
    const plainName = join(dir, "plan.xlsx");
    await fixtureWorkbook([renderPlan(CLEAN_PLAN)]).xlsx.writeFile(plainName);
    const listed = await cli([
      plainName,
      "--as-of",
      "2021-06-30",
      "--json",
      "--directory",
      directory,
    ]);
    expect(listed.code).not.toBe(2);
    expect(listed.out).not.toMatch(/[\u2028\u009b]/);
    expect(listed.out).toContain("\\u2028");
  });

  test("impossible dates in options are refused", async () => {
    expect(await cli(["--period", "2025-99-99:2026-01-01"])).toEqual(refused(/--period takes/));
    expect(await cli(["--period", "2025-02-30:2026-01-01"])).toEqual(refused(/--period takes/));
    expect(await cli(["--as-of", "2023-02-29"])).toEqual(refused(/The as-of date is a day/));
    expect(await cli(["--as-of", "0003-06-24"])).toEqual(refused(/The as-of date is a day/));
  });
});

test("sheet names longer than Excel allows, twice the same once cut, are read and the copy is written", async () => {
  const long = "План заходів з виконання резолюції 1325 на 2021-2025 роки";
  const buf = await fixtureWorkbook([
    renderPlan(CLEAN_PLAN, { sheetName: "Один" }),
    renderPlan(CLEAN_PLAN, { sheetName: "Два" }),
  ]).xlsx.writeBuffer();
  const zip = await JSZip.loadAsync(buf);
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  zip.file(
    "xl/workbook.xml",
    xml.replace('name="Один"', `name="${long}"`).replace('name="Два"', `name="${long} (2)"`)
  );
  const file = join(tempDir(), "long-names.xlsx");
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
  const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  const out = join(tempDir(), "long-names-checked.xlsx");
  const r = await cli([file, "--as-of", "2021-06-30", "--json", "--out", out]);
  expect(warn).not.toHaveBeenCalled();
  warn.mockRestore();
  expect(r.code).toBe(0);
  const doc = JSON.parse(r.out);
  expect(doc.sheets.map((s: { sheet: string }) => s.sheet)).toEqual([long, `${long} (2)`]);
  expect(doc.measures).toHaveLength(7);
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.readFile(out);
  expect(copy.worksheets.slice(0, 2).map((w) => w.name)).toEqual([
    "План заходів з виконання резолю",
    "План заходів з виконання ре (2)",
  ]);
});

test("a copy of a workbook that already holds PlanData and PlanExecutors adds tables under free names", async () => {
  const input = join(tempDir(), "has-tables.xlsx");
  const first = join(tempDir(), "has-tables-checked.xlsx");
  const second = join(tempDir(), "has-tables-checked-again.xlsx");
  await fixtureWorkbook([renderPlan(CLEAN_PLAN)]).xlsx.writeFile(input);
  expect((await cli([input, "--as-of", "2021-06-30", "--out", first])).code).toBe(0);
  // the checked copy is checked again, as a reviewer does with last month's copy
  expect((await cli([first, "--as-of", "2021-06-30", "--out", second])).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(second);
  const names = wb.worksheets.flatMap((w) =>
    (w.getTables() as unknown as { table?: { name: string }; name?: string }[]).map(
      (t) => t.table?.name ?? t.name
    )
  );
  expect(names.sort()).toEqual(["PlanData", "PlanData2", "PlanExecutors", "PlanExecutors2"]);
});

test("the JSON written piece by piece is exactly the document JSON.stringify would write", async () => {
  const r = await cli(["--as-of", "2023-06-30", "--json"]);
  expect(r.out).toBe(`${JSON.stringify(JSON.parse(r.out))}\n`);
  expect(JSON.parse(r.out).measures).toHaveLength(65);
});

describe("the as-of date", () => {
  test("written as people write it, 30.06.2023, is the same day as 2023-06-30", async () => {
    const a = await cli(["--as-of", "30.06.2023", "--json"]);
    const b = await cli(["--as-of", "2023-06-30", "--json"]);
    expect(a.out).toBe(b.out);
    expect(JSON.parse(a.out)).toMatchObject({ asOf: "2023-06-30", asOfSource: "user" });
  });

  test("a title that says 'станом на 30.06.2023' sets it where no option does, and says so", async () => {
    const spec = structuredClone(CLEAN_PLAN);
    spec.title = [...spec.title, "Звіт про виконання станом на 30.06.2021 року"];
    const file = join(tempDir(), "as-of-title.xlsx");
    await fixtureWorkbook([renderPlan(spec)]).xlsx.writeFile(file);
    const json = JSON.parse((await cli([file, "--json"])).out);
    expect([json.asOf, json.asOfSource]).toEqual(["2021-06-30", "title"]);
    expect((await cli([file])).out).toContain("As of: 30 June 2021 (from the title)");
    const given = JSON.parse((await cli([file, "--json", "--as-of", "2022-01-01"])).out);
    expect([given.asOf, given.asOfSource]).toEqual(["2022-01-01", "user"]);
  });
});

test("a plan with macros (.xlsm) is copied to an .xlsm, which keeps them; never to an .xlsx Excel would refuse", async () => {
  const dir = join(tempDir(), `macros-${++n}`);
  mkdirSync(dir, { recursive: true });
  const plan = join(dir, "plan.xlsm");
  await fixtureWorkbook([renderPlan(CLEAN_PLAN)]).xlsx.writeFile(plan);
  expect(await cli([plan, "--out", join(dir, "checked.xlsx")])).toEqual(
    refused(/The plan is a macro-enabled workbook \(\.xlsm\)/)
  );
  expect(
    (await cli([plan, "--as-of", "2021-06-30", "--out", join(dir, "checked.xlsm")])).code
  ).toBe(0);
  expect(await cli([dir, "--out", join(dir, "all.xlsm")])).toEqual(
    refused(/--out writes an \.xlsx/)
  );
});
