/**
 * The marks of the sheets a checked copy adds: each gets the workbook name the add-in gives its own sheets
 * (`PlanCheck_Sheet_findings`…, referring to the whole sheet), so the command line and the add-in both know
 * them when the copy is read again, and the add-in takes them as its own instead of adding "(2)" sheets. A
 * mark the workbook holds already (a copy of a copy) is pointed at the newest sheet of its kind.
 */
import { kindOfWritten, markFormula, markKind, SHEET_MARK } from "../core/ownSheets";
import { WORKBOOK_ORDER } from "./package/workbook";
import {
  appendInside,
  attrs,
  childrenOf,
  esc,
  insertionPoint,
  rootOf,
  spliceAt,
  type Element,
} from "./package/xml";

const qualifier = (root: Element) => root.qname.slice(0, root.qname.length - root.name.length);

/**
 * The workbook part's text with a mark for each sheet after the first `kept` (the sheets the copy added),
 * by the kind its name says; the first sheet of a kind wins where two are named alike.
 */
export function withSheetMarks(xml: string, kept: number): string {
  let root = rootOf(xml);
  const sheetsEl = childrenOf(xml, root).find((e) => e.name === "sheets");
  if (!sheetsEl) return xml;
  const added = childrenOf(xml, sheetsEl)
    .filter((e) => e.name === "sheet")
    .slice(kept)
    .map((e) => attrs(xml.slice(e.start, e.tagEnd)).name ?? "");
  const marks = new Map<string, string>();
  for (const sheet of added) {
    const kind = kindOfWritten(sheet);
    if (kind && !marks.has(kind)) marks.set(kind, sheet);
  }
  if (marks.size === 0) return xml;

  const p = qualifier(root);
  const element = (kind: string, sheet: string) =>
    `<${p}definedName name="${SHEET_MARK}${kind}">${esc(markFormula(sheet))}</${p}definedName>`;
  let names = childrenOf(xml, root).find((e) => e.name === "definedNames");
  if (names && !names.selfClosing) {
    // the workbook's own marks (of an earlier copy) are replaced, from the end so offsets hold
    const existing = childrenOf(xml, names)
      .filter((e) => e.name === "definedName")
      .filter((e) => {
        const a = attrs(xml.slice(e.start, e.tagEnd));
        const kind = markKind(a.name ?? "");
        return kind !== null && a.localSheetId === undefined && marks.has(kind);
      })
      .reverse();
    for (const e of existing) xml = xml.slice(0, e.start) + xml.slice(e.end);
    root = rootOf(xml);
    names = childrenOf(xml, root).find((e) => e.name === "definedNames");
  }
  const inner = [...marks].map(([kind, sheet]) => element(kind, sheet)).join("");
  if (names) return appendInside(xml, names, inner);
  const kids = childrenOf(xml, root);
  return spliceAt(
    xml,
    insertionPoint(xml, root, kids, "definedNames", WORKBOOK_ORDER),
    `<${p}definedNames>${inner}</${p}definedNames>`
  );
}
