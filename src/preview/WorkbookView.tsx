/**
 * A read-only rendering of the workbook behind the Excel API double: sheet tabs, the cells with their merges,
 * the add-in's highlights (its conditional formats, evaluated) and the selected cell. It shows what the
 * add-in did, the way Excel would show it.
 */
import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import type ExcelJS from "exceljs";
import { useEffect, useState } from "react";
import { cellAddress, parseAddress } from "../core/grid";
import type { ExcelDouble } from "../excel-double";

const useStyles = makeStyles({
  wrap: {
    overflow: "auto",
    height: "calc(100vh - 120px)",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  table: { borderCollapse: "collapse", fontSize: "11px", fontFamily: "Calibri, Arial, sans-serif" },
  cell: {
    border: "1px solid #D0D0D0",
    padding: "2px 4px",
    verticalAlign: "top",
    whiteSpace: "pre-wrap",
    maxWidth: "320px",
  },
  head: {
    backgroundColor: "#F3F3F3",
    color: "#555",
    textAlign: "center",
    position: "sticky",
    top: 0,
  },
  selected: { outline: "2px solid #217346", outlineOffset: "-2px" },
});

function display(cell: ExcelJS.Cell): string {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText))
      return (o.richText as { text: string }[]).map((r) => r.text).join("");
    if ("text" in o) return String(o.text);
    if ("formula" in o) return `=${String(o.formula)}`;
  }
  if (typeof v === "number" && cell.numFmt === "0%") return `${Math.round(v * 100)}%`;
  return String(v);
}

/** The fill our conditional formats give a cell: "='Helper'!A5=1" read at the cell's offset. */
function highlight(d: ExcelDouble, ws: ExcelJS.Worksheet, r: number, c: number): string | null {
  for (const cf of d.metaOf(ws).cfs) {
    const m = /^='?(.+?)'?!\$?([A-Z]+)\$?(\d+)=(\d+)$/.exec(cf.formula);
    const [a, b] = cf.range.split(":").map((x) => parseAddress(x)!);
    if (!m || r < a.row || r > b.row || c < a.col || c > b.col) continue;
    const helper = d.sheet(m[1]);
    const origin = parseAddress(`${m[2]}${m[3]}`)!;
    if (!helper) continue;
    const v = helper.getCell(origin.row + (r - a.row) + 1, origin.col + (c - a.col) + 1).value;
    if (v === Number(m[4])) return cf.fill;
  }
  return null;
}

function fillOf(cell: ExcelJS.Cell): string | undefined {
  const f = cell.fill as { fgColor?: { argb?: string } } | undefined;
  const argb = f?.fgColor?.argb;
  return argb ? `#${argb.slice(2)}` : undefined;
}

export function WorkbookView({ double }: { double: ExcelDouble }) {
  const styles = useStyles();
  const [, setVersion] = useState(0);
  const [tab, setTab] = useState<string | null>(null);
  useEffect(() => {
    const l = () => setVersion((v) => v + 1);
    double.listeners.push(l);
    return () => {
      double.listeners = double.listeners.filter((x) => x !== l);
    };
  }, [double]);
  const visible = double.wb.worksheets.filter((w) => double.metaOf(w).visibility !== "Hidden");
  const active = visible.find((w) => w.name === (double.activeSheet ?? tab)) ?? visible[0];
  if (!active) return null;
  const area = double.usedArea(active) ?? { top: 0, left: 0, bottom: 0, right: 0 };
  const merges = double.merges(active);
  const covered = new Set<string>();
  const spans = new Map<string, { rows: number; cols: number }>();
  for (const m of merges) {
    spans.set(`${m.top}:${m.left}`, { rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++)
        if (r !== m.top || c !== m.left) covered.add(`${r}:${c}`);
  }
  const selected = double.selection?.startsWith(`${active.name}!`)
    ? double.selection.slice(active.name.length + 1)
    : null;
  useEffect(() => {
    // as Excel does, the selected cell is brought into view
    if (selected)
      document
        .querySelector(`td[data-cell="${selected}"]`)
        ?.scrollIntoView({ block: "center", inline: "nearest" });
  }, [selected, active.name]);
  const rows = [];
  for (let r = 0; r <= area.bottom; r++) {
    const cells = [
      <th key="h" className={`${styles.cell} ${styles.head}`}>
        {r + 1}
      </th>,
    ];
    for (let c = 0; c <= area.right; c++) {
      // a hidden column is not shown, as in Excel (merges over one are rare in what the add-in writes)
      if (covered.has(`${r}:${c}`) || active.getColumn(c + 1).hidden) continue;
      const cell = active.getCell(r + 1, c + 1);
      const span = spans.get(`${r}:${c}`);
      const address = cellAddress(r, c);
      const bg = highlight(double, active, r, c) ?? fillOf(cell);
      cells.push(
        <td
          key={c}
          data-cell={address}
          rowSpan={span?.rows}
          colSpan={span?.cols}
          className={`${styles.cell} ${selected === address ? styles.selected : ""}`}
          style={{ backgroundColor: bg, fontWeight: cell.font?.bold ? 600 : undefined }}
          title={
            double.comments.find((x) => x.sheet === active.name && x.cell === address)?.content
          }
        >
          {display(cell)}
        </td>
      );
    }
    rows.push(<tr key={r}>{cells}</tr>);
  }
  return (
    <div>
      <TabList
        selectedValue={active.name}
        onTabSelect={(_, d) => {
          double.activeSheet = String(d.value);
          setTab(String(d.value));
        }}
      >
        {visible.map((w) => (
          <Tab key={w.name} value={w.name}>
            {w.name}
          </Tab>
        ))}
      </TabList>
      <div className={styles.wrap} data-sheet={active.name}>
        <table className={styles.table}>
          <tbody>{rows}</tbody>
        </table>
      </div>
    </div>
  );
}
