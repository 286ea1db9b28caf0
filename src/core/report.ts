/**
 * The command line's JSON document (docs/plan-check-json.md): a stable contract for reviewers' scripts.
 * Numbers are strings, rows are 1-based sheet rows, dates are YYYY-MM-DD.
 */
import { isMessageKey, t, type Lang, type MessageKey } from "../i18n";
import type { CheckResult } from "./check";
import { columnLetter } from "./grid";
import type { ColumnRole } from "./layout/vocabulary";
import type { Level, Measure, NationalMeasure, RowInfo } from "./plan";
import type { Finding, RuleId } from "./rules";

export const REPORT_VERSION = 1;

/** A rule's short title in the user's words ("Немає виконавця"): what people see instead of its id. */
export function ruleTitle(rule: RuleId, lang: Lang): string {
  return t(lang, `ruleTitle.${rule}` as MessageKey);
}

/**
 * Messages already worded, by the finding's parameters (its message depends on its rule and those alone): the
 * report, the findings sheet and the notes each word every finding, and a large plan has tens of thousands.
 */
const WORDED = new WeakMap<Finding["params"], { rule: RuleId } & Partial<Record<Lang, string>>>();

export function findingMessage(f: Finding, lang: Lang): string {
  let worded = WORDED.get(f.params);
  if (worded?.rule !== f.rule) WORDED.set(f.params, (worded = { rule: f.rule }));
  return (worded[lang] ??= wordFinding(f, lang));
}

function wordFinding(f: Finding, lang: Lang): string {
  const params: Record<string, string | number | null> = { ...f.params };
  if (f.rule === "deadline.unparsed" && typeof f.params.reason === "string") {
    params.reason = t(lang, `deadline.reason.${f.params.reason}` as MessageKey);
  }
  // a column's role in the words the pane and the report use for it, never its code
  if (
    f.rule === "layout.ambiguous" &&
    typeof f.params.role === "string" &&
    isMessageKey(`role.${f.params.role}`)
  )
    params.role = t(lang, `role.${f.params.role}` as MessageKey);
  if ((f.rule === "deadline.overdue" && !f.params.status) || f.params.status === null)
    params.status = t(lang, "status.none");
  // spellings that differ only where nobody sees it: the message names the difference
  if (f.rule === "executor.inconsistent" && typeof f.params.difference === "string")
    params.difference = f.params.difference
      .split(",")
      .map((d) => t(lang, `executor.difference.${d}` as MessageKey))
      .join(", ");
  const key = (
    f.rule === "executor.unknown" && f.params.suggestion
      ? "rule.executor.unknown.suggest"
      : f.rule === "executor.inconsistent" && f.params.difference
        ? "rule.executor.inconsistent.invisible"
        : `rule.${f.rule}`
  ) as MessageKey;
  return t(lang, key, params);
}

/**
 * How the report's long lists (rows, measures, findings) are made from the plan's: all at once, or, for a
 * writer that streams them, one entry at a time as each is written.
 */
export type ListMaker = <T, U>(
  items: readonly T[],
  entry: (item: T) => U,
  /**
   * The entry's JSON text made directly, the same as `JSON.stringify(entry(item))`, added to the pieces: for a
   * streaming writer.
   */
  text?: (out: string[], item: T) => void
) => U[];

const atOnce: ListMaker = (items, entry) => items.map(entry);

/** What JSON.stringify escapes in a string: quote, backslash, C0 controls, surrogates (lone ones). */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/**
 * A string's JSON text, added to the pieces: most of a plan's texts need no escaping, and quoting them is
 * cheaper than the call. Pieces are joined once a chunk of entries is made: one flat string, nothing between.
 */
function str(out: string[], s: string | null): void {
  if (s === null) out.push("null");
  else if (NEEDS_ESCAPE.test(s)) out.push(JSON.stringify(s));
  else out.push('"', s, '"');
}

/**
 * Values the entries' texts write by hand only when they are what the types say (a string or null, a finite
 * number): anything else — an undefined a JSON.stringify would leave out, say — takes the slow way.
 */
const strOk = (v: unknown) => v === null || typeof v === "string";
const numOk = (v: unknown) => typeof v === "number" && Number.isFinite(v);

/**
 * The JSON text of a value made once for each object that holds it (a level, a path, an executors' list, a
 * deadline: a plan's measures share them), or null where the value is not what the types say.
 */
function textOnce<K extends object, T extends string | null>(make: (k: K) => T): (k: K) => T {
  let made = new Map<K, T>();
  return (k) => {
    let s = made.get(k);
    if (s === undefined) {
      s = make(k);
      // the measures sharing an object stand together: a plan of 200,000 measures, each under a national
      // measure of its own, keeps no 200,000 texts; and texts kept a short while die young, never reaching
      // the old generation, where 160 MB of paths written once would wait for a full collection
      // (a new map, not clear(): a cleared map's texts were seen to go to the old generation all the same,
      // 70 MB over 60,000 measures)
      if (made.size >= TEXTS_KEPT) made = new Map();
      made.set(k, s);
    }
    return s;
  };
}

/** How many texts of each kind a report keeps at most. */
const TEXTS_KEPT = 256;

/** Pieces joined: a value's text made once. */
function joined(write: (out: string[]) => void): string {
  const out: string[] = [];
  write(out);
  return out.join("");
}

/**
 * Each key's text (`{"k":`, `,"k":`) and its value's (a string or null, as the caller has found), then `tail`
 * (more fields, already text) and the brace: the text of an object, or of its last fields, made once and
 * shared (a level, a deadline, a row's kind and reason).
 */
function objectText(
  keys: readonly string[],
  values: readonly (string | null)[],
  tail = ""
): string {
  const out: string[] = [];
  for (let i = 0; i < keys.length; i++) {
    out.push(keys[i]);
    str(out, values[i]);
  }
  out.push(tail, "}");
  return out.join("");
}

/** `{"a":`, `,"b":`…: the keys as they open each value's text. */
const keysText = (...keys: string[]) => keys.map((k, i) => `${i ? "," : "{"}${JSON.stringify(k)}:`);
const LEVEL_KEYS = keysText("kind", "number", "title");
const DEADLINE_KEYS = keysText("raw", "start", "end", "recurrence", "precision");

const levelText = (l: Level) =>
  typeof l.kind === "string" && strOk(l.number) && typeof l.title === "string" && numOk(l.row)
    ? objectText(LEVEL_KEYS, [l.kind, l.number, l.title], `,"row":${l.row}`)
    : JSON.stringify({ kind: l.kind, number: l.number, title: l.title, row: l.row });

/**
 * The texts a report's measures share, each made once: a measure's levels (most of its text), its path (one
 * array for the measures of a group), its executors (one frozen list a cell's text), its deadline (one object
 * a deadline's text).
 */
function sharedTexts() {
  const level = textOnce(levelText);
  // a path's pieces (its levels' texts), joined into one text only where the next measure has it too: most
  // paths of a plan whose every row has a national measure of its own are written once
  let lastPath: readonly Level[] | null = null;
  let lastPieces: string[] = [];
  let lastText: string | null = null;
  const path = (p: readonly Level[]): string | readonly string[] | null => {
    if (!Array.isArray(p)) return null;
    if (p === lastPath) return (lastText ??= lastPieces.join(""));
    const pieces = ["["];
    for (let i = 0; i < p.length; i++) {
      if (i) pieces.push(",");
      pieces.push(level(p[i]));
    }
    pieces.push("]");
    lastPath = p;
    lastPieces = pieces;
    lastText = null;
    return pieces;
  };
  const executors = textOnce((es: readonly string[]) =>
    Array.isArray(es) && es.every((e) => typeof e === "string")
      ? joined((out) => {
          out.push("[");
          for (let i = 0; i < es.length; i++) {
            if (i) out.push(",");
            str(out, es[i]);
          }
          out.push("]");
        })
      : null
  );
  const deadline = textOnce((d: Measure["deadline"]) =>
    typeof d === "object" &&
    d !== null &&
    typeof d.raw === "string" &&
    strOk(d.start) &&
    strOk(d.end) &&
    strOk(d.recurrence) &&
    strOk(d.precision)
      ? objectText(DEADLINE_KEYS, [d.raw, d.start, d.end, d.recurrence, d.precision])
      : null
  );
  return { path, executors, deadline };
}

/** A measure's entry in the report (below) added to the pieces; false where JSON.stringify must make it. */
function measureText(
  out: string[],
  m: Measure,
  sheet: string,
  shared: ReturnType<typeof sharedTexts>
): boolean {
  if (
    !(strOk(m.number) && typeof (m.sheet ?? sheet) === "string" && numOk(m.row)) ||
    !(typeof m.cell === "string" && strOk(m.strategicGoal) && strOk(m.operationalGoal)) ||
    !(strOk(m.task) && strOk(m.nationalMeasure) && typeof m.text === "string") ||
    !(strOk(m.status) && numOk(m.item) && numOk(m.items) && typeof m.extra === "object" && m.extra)
  )
    return false;
  // the texts of the objects measures share, made once (null where one is not what the types say)
  const executors = m.executors ? shared.executors(m.executors) : null;
  const deadline = m.deadline ? shared.deadline(m.deadline) : null;
  const path = m.path ? shared.path(m.path) : null;
  if (executors === null || deadline === null || path === null) return false;
  out.push('{"number":');
  str(out, m.number);
  out.push(',"sheet":');
  str(out, m.sheet ?? sheet);
  out.push(',"row":', String(m.row), ',"cell":');
  str(out, m.cell);
  out.push(',"strategicGoal":');
  str(out, m.strategicGoal);
  out.push(',"operationalGoal":');
  str(out, m.operationalGoal);
  out.push(',"task":');
  str(out, m.task);
  out.push(',"nationalMeasure":');
  str(out, m.nationalMeasure);
  out.push(',"text":');
  str(out, m.text);
  out.push(',"executors":', executors, ',"deadline":', deadline, ',"status":');
  str(out, m.status);
  out.push(',"item":', String(m.item), ',"items":', String(m.items), ',"path":');
  if (typeof path === "string") out.push(path);
  else for (const piece of path) out.push(piece);
  if (Object.keys(m.extra).length) out.push(',"extra":', JSON.stringify(m.extra));
  out.push("}");
  return true;
}

const PAIR_KEYS = [',"kind":', ',"reason":'];

const rowEntry = (r: RowInfo) => ({ row: r.row, kind: r.kind, reason: r.reason });

/** `,"kind":…,"reason":…}` by kind and reason, made once a pair (a plan has a handful of pairs). */
function textsOfPairs(): (kind: string, reason: string) => string {
  let made = new Map<string, Map<string, string>>();
  return (kind, reason) => {
    let byReason = made.get(kind);
    if (!byReason) {
      if (made.size >= TEXTS_KEPT) made = new Map();
      made.set(kind, (byReason = new Map()));
    }
    let s = byReason.get(reason);
    if (s === undefined) {
      s = objectText(PAIR_KEYS, [kind, reason]);
      if (byReason.size < TEXTS_KEPT) byReason.set(reason, s);
    }
    return s;
  };
}

/** A row's entry in the report's layout added to the pieces; false where JSON.stringify must make it. */
function rowText(
  out: string[],
  r: RowInfo,
  pair: (kind: string, reason: string) => string
): boolean {
  if (!numOk(r.row) || typeof r.kind !== "string" || typeof r.reason !== "string") return false;
  out.push('{"row":', String(r.row), pair(r.kind, r.reason));
  return true;
}

const nationalMeasureEntry = (n: NationalMeasure) => ({
  number: n.number,
  task: n.task,
  operationalGoal: n.operationalGoal,
  strategicGoal: n.strategicGoal,
  text: n.text,
  row: n.row,
  cell: n.cell,
  measures: n.measureCount,
});

/** A measure of the national plan's entry in the report added to the pieces; false where JSON.stringify must. */
function nationalMeasureText(out: string[], n: NationalMeasure): boolean {
  if (
    !(strOk(n.number) && strOk(n.task) && strOk(n.operationalGoal) && strOk(n.strategicGoal)) ||
    !(
      typeof n.text === "string" &&
      numOk(n.row) &&
      typeof n.cell === "string" &&
      numOk(n.measureCount)
    )
  )
    return false;
  out.push('{"number":');
  str(out, n.number);
  out.push(',"task":');
  str(out, n.task);
  out.push(',"operationalGoal":');
  str(out, n.operationalGoal);
  out.push(',"strategicGoal":');
  str(out, n.strategicGoal);
  out.push(',"text":');
  str(out, n.text);
  out.push(',"row":', String(n.row), ',"cell":');
  str(out, n.cell);
  out.push(',"measures":', String(n.measureCount), "}");
  return true;
}

export function buildReport(
  result: CheckResult,
  file: string,
  asOf: string,
  lang: Lang,
  list: ListMaker = atOnce
) {
  const { plan } = result;
  const columns: Record<string, string> = {};
  for (const [role, col] of Object.entries(plan.layout.columns) as [ColumnRole, number][])
    columns[role] = columnLetter(col);
  const measureEntry = (m: Measure) => ({
    number: m.number,
    sheet: m.sheet ?? plan.sheet,
    row: m.row,
    cell: m.cell,
    strategicGoal: m.strategicGoal,
    operationalGoal: m.operationalGoal,
    task: m.task,
    nationalMeasure: m.nationalMeasure,
    text: m.text,
    executors: m.executors,
    deadline: {
      raw: m.deadline.raw,
      start: m.deadline.start,
      end: m.deadline.end,
      recurrence: m.deadline.recurrence,
      precision: m.deadline.precision,
    },
    status: m.status,
    item: m.item,
    items: m.items,
    path: m.path.map((l) => ({ kind: l.kind, number: l.number, title: l.title, row: l.row })),
    ...(Object.keys(m.extra).length ? { extra: m.extra } : {}),
  });
  const shared = sharedTexts();
  // a row's kind and reason are one of a few pairs: their text made once each
  const kindAndReason = textsOfPairs();
  return {
    version: REPORT_VERSION,
    file,
    sheet: plan.sheet,
    planSheets: plan.planSheets ?? [plan.sheet],
    asOf,
    asOfSource: result.asOf.date === asOf ? result.asOf.source : "user",
    lang,
    sheets: result.sheets,
    title: plan.title,
    period: result.period,
    layout: {
      headerRows: plan.layout.headerRows,
      columns,
      firstRow: plan.layout.firstRow,
      lastRow: plan.layout.lastRow,
      rows: list(plan.layout.rows, rowEntry, (out, r) => {
        if (!rowText(out, r, kindAndReason)) out.push(JSON.stringify(rowEntry(r)));
      }),
    },
    strategicGoals: plan.strategicGoals.map((g) => ({
      number: g.number,
      title: g.title,
      row: g.row,
    })),
    operationalGoals: plan.operationalGoals.map((g) => ({
      number: g.number,
      strategicGoal: g.strategicGoal,
      title: g.title,
      row: g.row,
    })),
    nationalTasks: list(plan.nationalTasks, (n) => ({
      number: n.number,
      text: n.text,
      row: n.row,
      cell: n.cell,
      operationalGoal: n.operationalGoal,
    })),
    nationalMeasures: list(plan.nationalMeasures, nationalMeasureEntry, (out, n) => {
      if (!nationalMeasureText(out, n)) out.push(JSON.stringify(nationalMeasureEntry(n)));
    }),
    measures: list(plan.measures, measureEntry, (out, m) => {
      if (!measureText(out, m, plan.sheet, shared)) out.push(JSON.stringify(measureEntry(m)));
    }),
    findings: list(result.findings, (f) => ({
      rule: f.rule,
      title: ruleTitle(f.rule, lang),
      sheet: f.sheet ?? plan.sheet,
      severity: f.severity,
      measure: f.measure,
      cell: f.cell,
      row: f.row,
      message: findingMessage(f, lang),
      params: f.params,
    })),
    summary: result.summary,
  };
}

export type PlanReport = ReturnType<typeof buildReport>;
