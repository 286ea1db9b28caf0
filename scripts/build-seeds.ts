/**
 * Builds the sample workbooks in seeds/ from the checked-in transcription seeds/zhytomyr-1325-plan.json,
 * laid out as council staff keep such a plan in Excel: title rows, one header row, goal rows merged across
 * the table, national tasks and national measures merged down over their rows, several measures in one
 * cell on separate lines with their executors and deadlines likewise.
 *
 *   npm run seeds
 */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";

interface BodyRow {
  section?: string;
  task?: string;
  nationalMeasure?: string;
  measures?: string;
  executors?: string;
  deadlines?: string;
}

interface Transcription {
  sheetName: string;
  title: string[];
  header: string[];
  body: BodyRow[];
  report2023: {
    sheetName: string;
    statusHeader: string;
    asOf: string;
    status: Record<string, string>;
  };
}

const SEEDS = join(__dirname, "..", "seeds");
const FIXED_DATE = new Date(Date.UTC(2021, 5, 1));

const thin: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

/**
 * A spreadsheet does not grow rows to fit wrapped text when it opens a file, so each row gets the height its
 * longest cell needs (about 1.15 characters a width unit, 15 points a line). Cells merged over several rows
 * are spread over them and are not counted.
 */
function rowHeight(ws: ExcelJS.Worksheet, r: number, width: number): number {
  let lines = 1;
  for (let col = 1; col <= width; col++) {
    const cell = ws.getCell(r, col);
    if (cell.isMerged) continue;
    const text = String(cell.value ?? "");
    const perLine = Math.max(8, Math.floor((ws.getColumn(col).width ?? 10) * 1.15));
    const n = text
      .split("\n")
      .reduce((sum, l) => sum + Math.max(1, Math.ceil(l.length / perLine)), 0);
    lines = Math.max(lines, n);
  }
  return Math.min(409, lines * 15);
}

export function buildPlanWorkbook(doc: Transcription, withStatus: boolean): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Plan Check seeds";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const ws = wb.addWorksheet(withStatus ? doc.report2023.sheetName : doc.sheetName, {
    pageSetup: {
      orientation: "landscape",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  const width = withStatus ? 6 : 5;
  const last = withStatus ? "F" : "E";
  ws.columns = [
    { width: 38 },
    { width: 44 },
    { width: 60 },
    { width: 36 },
    { width: 14 },
    ...(withStatus ? [{ width: 16 }] : []),
  ];

  let r = 1;
  for (const line of doc.title) {
    ws.getCell(`A${r}`).value = line;
    ws.mergeCells(`A${r}:${last}${r}`);
    ws.getCell(`A${r}`).font = { bold: true, size: 12 };
    ws.getCell(`A${r}`).alignment = { horizontal: "center", wrapText: true };
    r++;
  }
  if (withStatus) {
    ws.getCell(`A${r}`).value =
      `Стан виконання станом на ${doc.report2023.asOf.split("-").reverse().join(".")}`;
    ws.mergeCells(`A${r}:${last}${r}`);
    ws.getCell(`A${r}`).alignment = { horizontal: "center" };
    ws.getCell(`A${r}`).font = { italic: true };
  }
  r++;
  const headerRow = r;
  const header = withStatus ? [...doc.header, doc.report2023.statusHeader] : doc.header;
  header.forEach((h, i) => {
    const c = ws.getCell(headerRow, i + 1);
    c.value = h;
    c.font = { bold: true };
    c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    c.border = thin;
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
  });
  ws.getRow(headerRow).height = 45;
  ws.views = [{ state: "frozen", ySplit: headerRow }];
  ws.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
  r++;

  // merged-down cells for the current national task and national measure
  let taskStart: number | null = null;
  let nmStart: number | null = null;
  const close = (col: string, start: number | null, end: number) => {
    if (start !== null && end > start) ws.mergeCells(`${col}${start}:${col}${end}`);
  };

  for (const row of doc.body) {
    if (row.section) {
      close("A", taskStart, r - 1);
      close("B", nmStart, r - 1);
      taskStart = nmStart = null;
      const c = ws.getCell(`A${r}`);
      c.value = row.section;
      ws.mergeCells(`A${r}:${last}${r}`);
      const strategic = /^стратегічна/i.test(row.section);
      c.font = { bold: true, size: strategic ? 12 : 11 };
      c.alignment = { wrapText: true, vertical: "middle" };
      c.border = thin;
      c.fill = {
        type: "pattern",
        pattern: "solid",
        fgColor: { argb: strategic ? "FFFCE4D6" : "FFFFF2CC" },
      };
      ws.getRow(r).height = Math.max(30, Math.ceil(row.section.length / 180) * 16);
      r++;
      continue;
    }
    if (row.task !== undefined) {
      close("A", taskStart, r - 1);
      close("B", nmStart, r - 1);
      ws.getCell(`A${r}`).value = row.task || null;
      taskStart = row.task ? r : null;
      nmStart = null;
    }
    if (row.nationalMeasure !== undefined) {
      close("B", nmStart, r - 1);
      ws.getCell(`B${r}`).value = row.nationalMeasure;
      nmStart = r;
    }
    ws.getCell(`C${r}`).value = row.measures || null;
    ws.getCell(`D${r}`).value = row.executors || null;
    ws.getCell(`E${r}`).value = row.deadlines || null;
    if (withStatus) {
      const numbers = (row.measures ?? "")
        .split("\n")
        .map((m) => /^(\d+\.\d+\.\d+)/.exec(m)?.[1])
        .filter((n): n is string => !!n);
      const statuses = numbers.map((n) => doc.report2023.status[n] ?? "");
      ws.getCell(`F${r}`).value = statuses.some((s) => s) ? statuses.join("\n") : null;
    }
    for (let col = 1; col <= width; col++) {
      const c = ws.getCell(r, col);
      c.alignment = { wrapText: true, vertical: "top" };
      c.border = thin;
    }
    ws.getRow(r).height = rowHeight(ws, r, width);
    r++;
  }
  close("A", taskStart, r - 1);
  close("B", nmStart, r - 1);
  return wb;
}

export function readTranscription(): Transcription {
  return JSON.parse(readFileSync(join(SEEDS, "zhytomyr-1325-plan.json"), "utf8")) as Transcription;
}

async function main(): Promise<void> {
  const doc = readTranscription();
  await buildPlanWorkbook(doc, false).xlsx.writeFile(join(SEEDS, "zhytomyr-1325-plan.xlsx"));
  await buildPlanWorkbook(doc, true).xlsx.writeFile(
    join(SEEDS, "zhytomyr-1325-plan-report-2023.xlsx")
  );
  process.stdout.write(
    "seeds/zhytomyr-1325-plan.xlsx and seeds/zhytomyr-1325-plan-report-2023.xlsx written\n"
  );
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`${String(e)}\n`);
    process.exit(1);
  });
}
