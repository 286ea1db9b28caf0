/**
 * Whose a ribbon command's outcome is. One the pane's own page raised (a shared runtime: the page is this
 * workbook's) is this workbook's. One heard through localStorage may come from any workbook open in this
 * Excel: it is this workbook's only where it names this workbook's id, and where the pane does not know its
 * workbook's id yet (the command may have just given it one), only once the workbook is read again.
 */
import type { SharedOutcome } from "../shared/outcome";

export type Whose = "ours" | "theirs" | "read-first";

export function whose(
  told: Pick<SharedOutcome, "workbook">,
  via: "page" | "storage",
  own: string | undefined
): Whose {
  if (via === "page") return "ours";
  // an outcome that names no workbook cannot be told apart from another workbook's
  if (!told.workbook) return "theirs";
  if (!own) return "read-first";
  return told.workbook === own ? "ours" : "theirs";
}
