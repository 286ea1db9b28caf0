/** The ribbon commands: each runs one operation of the Excel adapter and always completes its event. */
import { builtAtText, todayIso } from "../core/names";
import { langFromLocale, t, type Lang } from "../i18n";
import {
  buildSummary,
  clearHighlights,
  validate,
  type Outcome,
  type RunOptions,
} from "../excel/operations";
import { hostCapabilities } from "../excel/read";
import { runExcel } from "../excel/run";
import { publishOutcome, summaryTold, type SharedOutcome } from "../shared/outcome";

export type CommandName = SharedOutcome["command"];

export interface CommandEvent {
  completed(options?: { allowEvent?: boolean }): void;
}

export { todayIso as today, builtAtText as builtAt };

function lang(): Lang {
  return langFromLocale(
    typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined
  );
}

/** No as-of date of the ribbon's own: the one the workbook keeps, else the title's, else today's. */
function options(): RunOptions {
  return { lang: lang(), today: todayIso(), caps: hostCapabilities(), builtAt: builtAtText() };
}

export const COMMANDS: Record<CommandName, () => Promise<Outcome>> = {
  validatePlan: () => runExcel((ctx) => validate(ctx, options())),
  clearHighlights: () => runExcel((ctx) => clearHighlights(ctx, options())),
  buildSummary: () => runExcel((ctx) => buildSummary(ctx, options())),
};

/** Tells the user what happened: the pane shows it; where it can open itself, it does so for problems. */
function tell(name: CommandName, o: Outcome): void {
  // Build summary's comparison goes with it: the pane lists the changes as after its own Build summary
  const summary = summaryTold(o);
  publishOutcome({
    command: name,
    ok: o.ok,
    key: o.key,
    params: o.params,
    at: builtAtText(),
    // the workbook it ran on: another workbook's pane, hearing the same storage, passes over it
    ...(o.workbook ? { workbook: o.workbook } : {}),
    ...(summary ? { summary } : {}),
  });
  if (o.ok) return; // success shows itself: the findings or summary sheet is activated
  const addin =
    typeof Office !== "undefined"
      ? (Office as unknown as { addin?: { showAsTaskpane?: () => Promise<void> } }).addin
      : undefined;
  if (addin?.showAsTaskpane && Office.context.requirements.isSetSupported("SharedRuntime", "1.1")) {
    void addin.showAsTaskpane();
    return;
  }
  // the message in the user's language, and the language, for the dialog's button before Office is ready
  const l = lang();
  const url = `${location.origin}/dialog.html?message=${encodeURIComponent(t(l, o.key, o.params))}&lang=${l}`;
  Office.context.ui.displayDialogAsync(
    url,
    { height: 30, width: 30, displayInIframe: true },
    (result: Office.AsyncResult<Office.Dialog>) => {
      const dialog = result?.value;
      dialog?.addEventHandler?.(Office.EventType.DialogMessageReceived, () => dialog.close());
    }
  );
}

export async function runCommand(
  name: CommandName,
  event: CommandEvent,
  command = COMMANDS[name]
): Promise<void> {
  try {
    const outcome = await command();
    tell(name, outcome);
  } catch (e) {
    const code = (e as { code?: string }).code;
    const outcome: Outcome =
      code === "InvalidOperationInCellEditMode"
        ? { ok: false, key: "excel.cell-edit", params: {} }
        : {
            ok: false,
            key: "excel.error",
            params: { message: e instanceof Error ? e.message : String(e) },
          };
    try {
      tell(name, outcome);
    } catch {
      // nothing more can be shown from here
    }
  } finally {
    event.completed();
  }
}
