/** The pane's state and actions: the hook calls the Excel adapter; components only render. */
import { builtAtText, todayIso } from "../../core/names";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { CheckResult } from "../../core/check";
import { columnLetter } from "../../core/grid";
import { COLUMN_ROLES, type ColumnRole } from "../../core/layout/vocabulary";
import type { MessageKey, Params } from "../../i18n";
import type { Lang } from "../../i18n";
import {
  buildSummary,
  clearHighlights,
  inspect,
  saveChoices,
  selectCell,
  validate,
  type Outcome,
} from "../../excel/operations";
import { hostCapabilities, readWorkbook } from "../../excel/read";
import type { AddinState } from "../../excel/state";
import { runExcel } from "../../excel/run";
import {
  OUTCOME_EVENT,
  OUTCOME_KEY,
  readOutcome,
  storageKey,
  storeOutcome,
  summaryTold,
  type SharedOutcome,
} from "../../shared/outcome";
import { whose } from "../whose";
import { ribbonChanges } from "../changesView";
import { keptColumns, sheetRows, type SheetRow } from "../layoutView";
import type { Changes } from "../../core/summary/changes";
import {
  changedSince,
  earlierValidation,
  settingsOf,
  type ResultSettings,
  type Stale,
} from "../staleness";

export type Action = "inspect" | "validate" | "clear" | "summary";

export interface Kept {
  period?: { start: string; end: string };
  directory?: string[];
  columns?: Partial<Record<ColumnRole, string>>;
  headerRow?: number;
  asOf?: string;
}

export interface Message {
  ok: boolean;
  key: MessageKey;
  params: Params;
}

/** Where the as-of date the pane shows came from. */
export type AsOfOrigin = "typed" | "kept" | "title" | "today";

/** The rows of a sheet to choose the header from, for the manual layout. */
export interface LayoutChoice {
  sheets: string[];
  sheet: string;
  rows: SheetRow[];
}

/** What Excel's errors mean to the user; anything else is said with Excel's own words after ours. */
const EXCEL_ERRORS: Record<string, MessageKey> = {
  InvalidOperationInCellEditMode: "excel.cell-edit",
  AccessDenied: "pane.error.access-denied",
  RequestPayloadSizeLimitExceeded: "pane.error.too-large",
  ResponsePayloadSizeLimitExceeded: "pane.error.too-large",
  ItemNotFound: "pane.error.changed",
  InvalidOperation: "pane.error.changed",
};

export function errorMessage(e: unknown): Message {
  const code = (e as { code?: string }).code;
  const key = code ? EXCEL_ERRORS[code] : undefined;
  if (key) return { ok: false, key, params: {} };
  return {
    ok: false,
    key: "excel.error",
    params: { message: e instanceof Error ? e.message : String(e) },
  };
}

export function usePlanCheck(lang: Lang) {
  const [running, setRunning] = useState<Action | null>(null);
  const [result, setResult] = useState<CheckResult | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [notices, setNotices] = useState<MessageKey[]>([]);
  /** What the user set and the workbook keeps. */
  const [kept, setKept] = useState<Kept>({});
  /** The as-of date typed in this session (kept in the workbook too). */
  const [typed, setTyped] = useState<string | null>(null);
  /** True when the last reading found no plan table: the pane offers the manual layout. */
  const [noPlan, setNoPlan] = useState(false);
  /** The settings the highlights and findings sheet (and the summary) were last written with. */
  const [validated, setValidated] = useState<{ with: ResultSettings; sheet?: string } | null>(null);
  const [summarized, setSummarized] = useState<ResultSettings | null>(null);
  const [layout, setLayout] = useState<LayoutChoice | null>(null);
  /** Where the workbook's highlights are and the stamp of the Validate that wrote them, as last read. */
  const [marked, setMarked] = useState<
    Pick<AddinState, "marks" | "validated" | "planSheet" | "headerRow" | "columns"> | undefined
  >();
  /** What Build summary in this session found changed since the summary before it. */
  const [changes, setChanges] = useState<{ changes: Changes | null; sheet?: string } | null>(null);
  /** The workbook's id as last read (none before the add-in first saved its state there). */
  const workbook = useRef<string | undefined>(undefined);

  const run = useCallback(
    async (action: Action): Promise<(Outcome & { state?: AddinState }) | null> => {
      setRunning(action);
      try {
        // no date: the one the workbook keeps (the user's), else the title's, else today's
        const o = { lang, today: todayIso(), caps: hostCapabilities(), builtAt: builtAtText() };
        const out: Outcome = await runExcel((ctx) =>
          action === "validate"
            ? validate(ctx, o)
            : action === "clear"
              ? clearHighlights(ctx, o)
              : action === "summary"
                ? buildSummary(ctx, o)
                : inspect(ctx, o)
        );
        if (out.result) setResult(out.result);
        const state = (out as { state?: AddinState }).state;
        if (out.workbook ?? state?.workbook) workbook.current = out.workbook ?? state?.workbook;
        if (state) {
          setKept({
            period: state.period,
            directory: state.directory,
            columns: state.columns,
            headerRow: state.headerRow,
            asOf: state.asOf,
          });
          setMarked({
            marks: state.marks,
            validated: state.validated,
            planSheet: state.planSheet,
            headerRow: state.headerRow,
            columns: state.columns,
          });
        }
        if (action === "inspect") {
          setNoPlan(!out.ok && out.key === "excel.no-plan");
          if (!out.ok) setResult(null);
        }
        if (out.notices) setNotices(out.notices);
        // no plan on opening is said by the offer of the manual layout, not as an error
        if (action !== "inspect" || (!out.ok && out.key !== "excel.no-plan"))
          setMessage({ ok: out.ok, key: out.key, params: out.params });
        if (out.ok && out.result) {
          const made = settingsOf(out.result, state?.directory ?? kept.directory);
          if (action === "validate") setValidated({ with: made, sheet: out.sheets?.findings });
          if (action === "summary") {
            setSummarized(made);
            setChanges({ changes: out.changes ?? null, sheet: out.sheets?.changes });
            // kept for this pane opened again on the workbook, as the ribbon's run is
            const summary = summaryTold(out);
            if (summary)
              storeOutcome({
                command: "buildSummary",
                ok: true,
                key: out.key,
                params: out.params,
                at: builtAtText(),
                ...(out.workbook ? { workbook: out.workbook } : {}),
                summary,
              });
          }
        }
        if (out.ok && action === "clear") {
          setValidated(null);
          setMarked(undefined);
        }
        return out;
      } catch (e) {
        setMessage(errorMessage(e));
        return null;
      } finally {
        setRunning(null);
      }
    },
    [lang, kept.directory]
  );

  useEffect(() => {
    /**
     * A ribbon's Build summary of this workbook: its changes listed as after the pane's own, and the summary
     * made with the settings read now. Known on opening too (from localStorage), where that summary is
     * still the workbook's last one.
     */
    const adoptSummary = (
      told: SharedOutcome | null,
      out: (Outcome & { state?: AddinState }) | null
    ): boolean => {
      const listed = ribbonChanges(told, out?.state);
      if (!listed || !out?.result) return false;
      setChanges(listed);
      setSummarized(settingsOf(out.result, out.state?.directory));
      return true;
    };
    void run("inspect").then((out) => adoptSummary(readOutcome(), out));
    // the ribbon's commands tell the pane what they did, through the shared outcome
    const heard = (told: SharedOutcome | null, via: "page" | "storage") => {
      const o = told ?? readOutcome();
      if (!o) return;
      // localStorage is shared by every workbook open in Excel: another's outcome is not this pane's
      const w = whose(o, via, workbook.current);
      if (w === "theirs") return;
      // a summary is said once it is known to be this workbook's last one
      const summary = o.ok && o.command === "buildSummary" && !!o.summary;
      const say = () => {
        if (!summary) setMessage({ ok: o.ok, key: o.key, params: o.params });
        // the ribbon's Clear removed the highlights: nothing of this session's Validate is left to be stale
        if (o.ok && o.command === "clearHighlights") setValidated(null);
      };
      if (w === "ours") say();
      void run("inspect").then((out) => {
        // the command gave this workbook its id: the outcome is this workbook's if it names that one
        if (w === "read-first") {
          if (!o.workbook || o.workbook !== (out?.workbook ?? out?.state?.workbook)) return;
          say();
        }
        // the ribbon's Validate wrote the highlights: a setting changed later makes them stale too
        if (o.ok && o.command === "validatePlan" && out?.result)
          setValidated({
            with: settingsOf(out.result, out.state?.directory),
            sheet: typeof o.params.sheet === "string" ? o.params.sheet : undefined,
          });
        if (summary && adoptSummary(o, out)) setMessage({ ok: o.ok, key: o.key, params: o.params });
      });
    };
    const onStorage = (e: StorageEvent) => {
      if (e.key === storageKey(OUTCOME_KEY)) heard(null, "storage");
    };
    // the shared runtime: this page raised the event, whose outcome is whole even where storage was full
    const onOutcome = (e: Event) => heard((e as CustomEvent<SharedOutcome>).detail ?? null, "page");
    // a separate runtime: another page wrote the outcome
    window.addEventListener("storage", onStorage);
    window.addEventListener(OUTCOME_EVENT, onOutcome);
    return () => {
      window.removeEventListener("storage", onStorage);
      window.removeEventListener(OUTCOME_EVENT, onOutcome);
    };
  }, []);

  /** Keeps a choice in the workbook's settings, then reads the plan again with it. */
  const keep = useCallback(
    async (patch: Parameters<typeof saveChoices>[2]) => {
      // a message about what was done before the change no longer describes what the pane shows
      setMessage(null);
      try {
        await runExcel((ctx) => saveChoices(ctx, hostCapabilities(), patch));
      } catch (e) {
        setMessage(errorMessage(e));
        return;
      }
      await run("inspect");
    },
    [run]
  );

  const changeAsOf = useCallback(
    async (date: string) => {
      setTyped(date);
      await keep({ asOf: date });
    },
    [keep]
  );

  /** Forgets the user's date: the title's, else today's, is taken again. */
  const resetAsOf = useCallback(async () => {
    setTyped(null);
    await keep({ asOf: undefined });
  }, [keep]);

  const correctRole = useCallback(
    async (col: number, role: ColumnRole | null) => {
      if (!result) return;
      // the roles the user put in no column stay there; the rest as they were read
      const current: Partial<Record<ColumnRole, string>> = Object.fromEntries(
        Object.entries(kept.columns ?? {}).filter(([, letter]) => letter === "")
      );
      for (const [r, c] of Object.entries(result.plan.layout.columns))
        current[r as ColumnRole] = columnLetter(c as number);
      const letter = columnLetter(col);
      for (const [r, l] of Object.entries(current))
        if (l === letter) current[r as ColumnRole] = role === null ? "" : undefined;
      if (role) current[role] = letter;
      for (const r of Object.keys(current) as ColumnRole[])
        if (current[r] === undefined) delete current[r];
      await keep({ columns: current, planSheet: result.plan.sheet });
    },
    [result, kept.columns, keep]
  );

  const chooseSheet = useCallback(
    (sheet: string) => keep({ planSheet: sheet, columns: {}, headerRow: undefined }),
    [keep]
  );

  /** Reads the first rows of a sheet, to choose the header row from. */
  const openLayout = useCallback(
    async (sheet?: string) => {
      try {
        const choice = await runExcel(async (ctx) => {
          const snap = await readWorkbook(ctx, hostCapabilities());
          const sheets = snap.sheets.filter((s) => s.grid).map((s) => s.name);
          const name =
            (sheet && sheets.includes(sheet) ? sheet : undefined) ??
            (result && sheets.includes(result.plan.sheet) ? result.plan.sheet : undefined) ??
            (snap.state.planSheet && sheets.includes(snap.state.planSheet)
              ? snap.state.planSheet
              : undefined) ??
            sheets[0];
          const grid = snap.sheets.find((s) => s.name === name)?.grid;
          return { sheets, sheet: name ?? "", rows: grid ? sheetRows(grid) : [] };
        });
        setLayout(choice);
      } catch (e) {
        setMessage(errorMessage(e));
      }
    },
    [result]
  );

  /** The user's layout: the header row (1-based) and every column's role, kept in the workbook. */
  const applyLayout = useCallback(
    async (sheet: string, headerRow: number, roles: Record<number, ColumnRole | null>) => {
      await keep({
        planSheet: sheet,
        headerRow,
        columns: keptColumns(roles, COLUMN_ROLES, columnLetter),
      });
      setLayout(null);
    },
    [keep]
  );

  /** Back to the header and roles the add-in finds by itself. */
  const resetLayout = useCallback(async () => {
    await keep({ headerRow: undefined, columns: {} });
    setLayout(null);
  }, [keep]);

  /** Sets the plan period, or with none goes back to the title's or the deadlines' period. */
  const setPeriod = useCallback(
    (period: { start: string; end: string } | undefined) => keep({ period }),
    [keep]
  );

  /** Keeps the user's executor directory, or with none goes back to the one built from the plan. */
  const setDirectory = useCallback(
    (directory: string[] | undefined) => keep({ directory }),
    [keep]
  );

  const goTo = useCallback(
    async (cell: string, sheet?: string) => {
      if (!result) return;
      try {
        await runExcel((ctx) => selectCell(ctx, sheet ?? result.plan.sheet, cell));
      } catch (e) {
        setMessage(errorMessage(e));
      }
    },
    [result]
  );

  const now = useMemo(
    () => (result ? settingsOf(result, kept.directory) : null),
    [result, kept.directory]
  );
  /** What changed since the highlights, the findings sheet or the summary were written. */
  const stale = useMemo((): Stale | null => {
    if (!now) return null;
    const marks = validated ? changedSince(validated.with, now) : [];
    const summary = summarized ? changedSince(summarized, now) : [];
    if (marks.length === 0 && summary.length === 0) return null;
    return {
      marksChanged: marks,
      summaryChanged: summary,
      findingsSheet: validated?.sheet,
    };
  }, [now, validated, summarized]);

  /** A validation made before this session whose highlights are in the workbook: when, and if it holds. */
  const earlier = useMemo(
    () => (result && !validated ? earlierValidation(marked, result) : null),
    [result, validated, marked]
  );

  const asOfOrigin: AsOfOrigin | null = result
    ? result.asOf.source === "user"
      ? typed === result.asOf.date
        ? "typed"
        : "kept"
      : result.asOf.source
    : null;

  return {
    asOf: result?.asOf.date ?? kept.asOf ?? todayIso(),
    asOfOrigin,
    changeAsOf,
    resetAsOf,
    running,
    result,
    message,
    notices,
    run,
    correctRole,
    chooseSheet,
    kept,
    noPlan,
    layout,
    openLayout,
    closeLayout: () => setLayout(null),
    applyLayout,
    resetLayout,
    setPeriod,
    setDirectory,
    goTo,
    validated: validated !== null,
    findingsSheet: validated?.sheet,
    stale,
    earlier,
    changes,
    /** Highlights of the add-in's are in the workbook (written in this session or before). */
    marked: validated !== null || !!marked?.marks?.length,
    dismiss: () => setMessage(null),
  };
}
