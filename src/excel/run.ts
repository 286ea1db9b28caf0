/** Running a batch in Excel: waits for the user to finish editing a cell instead of failing. */
export function runExcel<T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run({ delayForCellEdit: true }, batch);
}
