/** The pane's state and actions: the hook calls the Excel adapter; components only render. */
import { useCallback, useEffect, useState } from "react";
import type { CheckResult } from "../../core/check";
import { columnLetter } from "../../core/grid";
import type { ColumnRole } from "../../core/layout/vocabulary";
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
import { hostCapabilities } from "../../excel/read";
import type { AddinState } from "../../excel/state";
import { runExcel } from "../../excel/run";
import { OUTCOME_EVENT, OUTCOME_KEY, readOutcome } from "../../shared/outcome";

export type Action = "inspect" | "validate" | "clear" | "summary";

export interface Kept {
  period?: { start: string; end: string };
  directory?: string[];
}

export interface Message {
  ok: boolean;
  key: MessageKey;
  params: Params;
}

function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

function builtAt(): string {
  const d = new Date();
  return `${todayIso()} ${String(d.getHours()).padStart(2, "0")}:${String(d.getMinutes()).padStart(2, "0")}`;
}

export function usePlanCheck(lang: Lang) {
  const [asOf, setAsOf] = useState<string>(todayIso());
  const [running, setRunning] = useState<Action | null>(null);
  const [result, setResult] = useState<CheckResult | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [notices, setNotices] = useState<MessageKey[]>([]);
  /** What the user set and the workbook keeps: the plan period and the executor directory. */
  const [kept, setKept] = useState<Kept>({});

  const run = useCallback(
    async (action: Action, date = asOf) => {
      setRunning(action);
      try {
        const o = { lang, asOf: date, caps: hostCapabilities(), builtAt: builtAt() };
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
        if (state) setKept({ period: state.period, directory: state.directory });
        if (out.notices) setNotices(out.notices);
        if (action !== "inspect" || !out.ok)
          setMessage({ ok: out.ok, key: out.key, params: out.params });
        // the as-of date kept in the workbook wins over today's
        if (action === "inspect" && state?.asOf && date === asOf && state.asOf !== date)
          setAsOf(state.asOf);
      } catch (e) {
        const code = (e as { code?: string }).code;
        setMessage(
          code === "InvalidOperationInCellEditMode"
            ? { ok: false, key: "excel.cell-edit", params: {} }
            : {
                ok: false,
                key: "excel.error",
                params: { message: e instanceof Error ? e.message : String(e) },
              }
        );
      } finally {
        setRunning(null);
      }
    },
    [asOf, lang]
  );

  useEffect(() => {
    void run("inspect");
    // the ribbon's commands tell the pane what they did, through the shared outcome
    const heard = () => {
      const o = readOutcome();
      if (o) setMessage({ ok: o.ok, key: o.key, params: o.params });
      void run("inspect");
    };
    const onStorage = (e: StorageEvent) => {
      if (e.key === OUTCOME_KEY) heard();
    };
    // a separate runtime: another page wrote the outcome; the shared runtime: this page raised the event
    window.addEventListener("storage", onStorage);
    window.addEventListener(OUTCOME_EVENT, heard);
    return () => {
      window.removeEventListener("storage", onStorage);
      window.removeEventListener(OUTCOME_EVENT, heard);
    };
  }, []);

  /** Keeps a choice in the workbook's settings, then reads the plan again with it. */
  const keep = useCallback(
    async (patch: Parameters<typeof saveChoices>[2], date?: string) => {
      await runExcel((ctx) => saveChoices(ctx, hostCapabilities(), patch));
      await run("inspect", date);
    },
    [run]
  );

  const changeAsOf = useCallback(
    async (date: string) => {
      setAsOf(date);
      await keep({ asOf: date }, date);
    },
    [keep]
  );

  const correctRole = useCallback(
    async (col: number, role: ColumnRole | null) => {
      if (!result) return;
      const current = Object.fromEntries(
        Object.entries(result.plan.layout.columns).map(([r, c]) => [r, columnLetter(c as number)])
      ) as Partial<Record<ColumnRole, string>>;
      for (const [r, letter] of Object.entries(current))
        if (letter === columnLetter(col)) delete current[r as ColumnRole];
      if (role) current[role] = columnLetter(col);
      await keep({ columns: current, planSheet: result.plan.sheet });
    },
    [result, keep]
  );

  const chooseSheet = useCallback(
    (sheet: string) => keep({ planSheet: sheet, columns: {} }),
    [keep]
  );

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
      if (result) await runExcel((ctx) => selectCell(ctx, sheet ?? result.plan.sheet, cell));
    },
    [result]
  );

  return {
    asOf,
    changeAsOf,
    running,
    result,
    message,
    notices,
    run,
    correctRole,
    chooseSheet,
    kept,
    setPeriod,
    setDirectory,
    goTo,
    dismiss: () => setMessage(null),
  };
}
