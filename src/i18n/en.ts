/** English messages. The keys are the contract; uk.ts must have every one of them. */
export const en = {
  "app.name": "Plan Check",
  "app.tagline": "Checks municipal action plans kept in Excel",

  "severity.error": "error",
  "severity.warning": "warning",
  "severity.info": "info",

  "rule.executor.missing": "Measure {measure} has no responsible executor.",
  "rule.executor.unknown": "“{executor}” is not in the plan's executor directory.",
  "rule.executor.unknown.suggest":
    "“{executor}” is not in the plan's executor directory. Did you mean “{suggestion}”?",
  "rule.executor.inconsistent":
    "“{executor}” is written differently elsewhere in the plan; the usual form is “{canonical}”.",
  "rule.deadline.missing": "Measure {measure} has no deadline.",
  "rule.deadline.unparsed": "The deadline “{text}” was not understood: {reason}.",
  "rule.deadline.outside-plan-period":
    "The deadline “{text}” lies outside the plan period {planStart} – {planEnd}.",
  "rule.deadline.overdue":
    "The deadline “{text}” ended on {end} and the measure is not done (status: {status}).",
  "rule.deadline.due-soon": "The deadline “{text}” ends on {end}, in {days} days.",
  "rule.status.missing": "Measure {measure} has started ({start}) but has no status.",
  "rule.status.unknown":
    "The status “{status}” is not one of: Done, In progress, Not done, Not started, Cancelled.",
  "rule.measure.number-missing": "This measure has no number, while the plan numbers its measures.",
  "rule.measure.number-duplicate": "The number {measure} is used twice (also at {other}).",
  "rule.measure.number-sequence":
    "The number {measure} breaks the sequence of operational goal {operationalGoal}: {expected} was expected.",
  "rule.measure.number-mismatch":
    "The number {measure} does not belong to operational goal {operationalGoal}.",
  "rule.measure.text-missing": "Measure {measure} has an executor or a deadline but no text.",
  "rule.national-measure.without-local":
    "National measure {nationalMeasure} of task {task} (operational goal {operationalGoal}) has no local measure.",

  "deadline.reason.empty": "it is empty",
  "deadline.reason.no-period": "it names no year, quarter, month or date",
  "deadline.reason.unknown-words": "it has words that are not a date, period or recurrence",
  "deadline.reason.bad-date": "the date does not exist",
  "deadline.reason.reversed-range": "the period ends before it starts",
  "deadline.reason.year-out-of-range": "the year is not plausible",

  "status.none": "none",

  "error.file-not-found": "File not found: {file}",
  "error.not-a-workbook": "Not an Excel workbook (.xlsx): {file}",
  "error.no-plan.empty-sheet": "The workbook is empty: {file}",
  "error.no-plan.no-header":
    "No plan table found in {file}: no header row names a measure with its executor or deadline.",
  "error.no-plan.no-measures": "A plan header was found in {file}, but no measures below it.",
  "error.no-such-sheet": "There is no sheet “{sheet}” in {file}. Sheets: {sheets}",
  "error.bad-as-of": "The as-of date must be YYYY-MM-DD, not “{value}”.",
  "error.usage":
    "Usage: plan-check [FILE.xlsx] [--sheet NAME] [--as-of YYYY-MM-DD] [--json] [--lang uk|en]",
  "error.unknown-option": "Unknown option: {option}",

  "report.title": "Plan Check report",
  "report.file": "File",
  "report.sheet": "Sheet",
  "report.asOf": "As of",
  "report.header": "Header row(s)",
  "report.columns": "Columns",
  "report.counts":
    "{strategicGoals} strategic goals, {operationalGoals} operational goals, {measures} local measures",
  "report.withoutLocal": "National measures without a local measure: {count}",
  "report.otherSheets": "Other sheets with a plan: {sheets}",
  "report.findings": "Findings: {errors} errors, {warnings} warnings, {infos} notes",
  "report.noFindings": "No findings: the plan is clean.",
  "report.byGoal": "By strategic goal",
  "report.goalLine":
    "Strategic goal {goal}: {measures} measures, {done} done, {inProgress} in progress, {overdue} overdue, {missing} with missing data",

  "role.nationalTask": "National plan task",
  "role.nationalMeasure": "National plan measure",
  "role.measure": "Local measure",
  "role.executors": "Responsible executor",
  "role.deadline": "Deadline",
  "role.status": "Status",
  "role.indicator": "Indicator",
  "role.funding": "Funding",
  "role.number": "No.",
  "role.note": "Note",
  "role.report": "Progress report",
  "role.expectedResult": "Expected result",

  "pane.loading": "Loading…",
  "pane.notInExcel": "Open this pane from Excel: the Plan Check tab on the ribbon.",
  "pane.features.soon":
    "Validation, highlights and summaries are being built; the ribbon buttons will tell you when they are ready.",
  "pane.language": "Language",
  "lang.uk": "Українська",
  "lang.en": "English",
  "commands.notReady": "Plan Check: this command is not available yet.",
} as const;

export type MessageKey = keyof typeof en;
