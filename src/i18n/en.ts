/** English messages. The keys are the contract; uk.ts must have every one of them. */
export const en = {
  "app.name": "Plan Check",
  "app.tagline": "Checks municipal action plans kept in Excel",

  "severity.error": "error",
  "severity.warning": "warning",
  "severity.info": "note",

  "ruleTitle.executor.missing": "No executor",
  "ruleTitle.executor.unknown": "Executor not in the directory",
  "ruleTitle.executor.inconsistent": "Executor written differently",
  "ruleTitle.deadline.missing": "No deadline",
  "ruleTitle.deadline.unparsed": "Deadline not understood",
  "ruleTitle.deadline.outside-plan-period": "Deadline outside the plan period",
  "ruleTitle.deadline.overdue": "Overdue",
  "ruleTitle.deadline.passed-no-status": "Deadline passed, no status",
  "ruleTitle.deadline.due-soon": "Due soon",
  "ruleTitle.status.missing": "No status",
  "ruleTitle.status.unknown": "Status not understood",
  "ruleTitle.measure.number-missing": "No number",
  "ruleTitle.measure.number-duplicate": "Number used twice",
  "ruleTitle.measure.number-sequence": "Number out of sequence",
  "ruleTitle.measure.number-mismatch": "Number of another goal",
  "ruleTitle.measure.text-missing": "No measure text",
  "ruleTitle.national-measure.without-local": "National measure without a local one",
  "ruleTitle.cell.error": "Error in a cell",
  "ruleTitle.plan.no-status-column": "No status column",
  "ruleTitle.layout.ambiguous": "Column role guessed",
  "rule.executor.missing": "Measure {measure} has no responsible executor.",
  "rule.executor.unknown": "“{executor}” is not in the plan's executor directory.",
  "rule.executor.unknown.suggest":
    "“{executor}” is not in the plan's executor directory. Did you mean “{suggestion}”?",
  "rule.executor.inconsistent":
    "“{executor}” is written differently elsewhere in the plan; the usual form is “{canonical}”.",
  "rule.deadline.missing": "Measure {measure} has no deadline.",
  "rule.deadline.unparsed": "The deadline “{text}” was not understood: {reason}.",
  "rule.deadline.outside-plan-period":
    "The deadline “{text}” lies outside the plan period {planStart, date} – {planEnd, date}.",
  "rule.deadline.overdue":
    "The deadline “{text}” ended on {end, date} and the measure is not done (status: {status}).",
  "rule.deadline.passed-no-status":
    "The deadline “{text}” ended on {end, date}; the plan does not say whether the measure is done.",
  "rule.deadline.due-soon":
    "The deadline “{text}” ends on {end, date}, in {days, plural, one {# day} other {# days}}.",
  "rule.status.missing": "Measure {measure} has started ({start, date}) but has no status.",
  "rule.status.unknown":
    "The status “{status}” is not one of: Done, In progress, Not done, Not started, Cancelled.",
  "rule.measure.number-missing": "This measure has no number, while the plan numbers its measures.",
  "rule.measure.number-duplicate": "The number {measure} is used twice (also at {other}).",
  "rule.measure.number-sequence":
    "The number {measure} breaks the sequence of operational goal {operationalGoal}: {expected} was expected.",
  "rule.measure.number-mismatch":
    "The number {measure} does not belong to operational goal {operationalGoal}.",
  "rule.measure.text-missing": "Measure {measure} has an executor or a deadline but no text.",
  "rule.cell.error":
    "The cell holds the error {value} (column “{column}”): a broken formula or link, read as empty.",
  "rule.layout.ambiguous":
    "Two columns could be the {role} column: {chosen} was taken, {other} was not. If that is wrong, set the column under “Columns”.",
  "rule.plan.no-status-column":
    "The plan has no status column, so it does not say which measures are done: {passed, plural, one {# measure whose deadline has passed is marked “deadline passed, no status”} other {# measures whose deadline has passed are marked “deadline passed, no status”}}, not overdue. Add a “Status” column to record progress: Plan Check can add one with a dropdown list of statuses.",
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
  "error.old-or-locked-workbook":
    "An old .xls workbook or one saved with a password: save it as .xlsx without a password and check it again: {file}",
  "error.unreadable-workbook": "The workbook could not be read ({reason}): {file}",
  "error.not-a-workbook": "Not an Excel workbook (.xlsx): {file}",
  "error.no-plan.empty-sheet": "The workbook is empty: {file}",
  "error.no-plan.no-header":
    "No plan table found in {file}: no header row names a measure with its executor or deadline.",
  "error.no-plan.no-measures": "A plan header was found in {file}, but no measures below it.",
  "error.no-such-sheet": "There is no sheet “{sheet}” in {file}. Sheets: {sheets}",
  "error.bad-as-of":
    "The as-of date is a day between 2000 and 2100, written YYYY-MM-DD or DD.MM.YYYY, not “{value}”.",
  "error.usage":
    "Usage: plan-check [FILE.xlsx | DIR ...] [--sheet NAME] [--as-of YYYY-MM-DD] [--format text|json|csv] [--json] [--out FILE.xlsx] [--lang uk|en] [--period YYYY-YYYY] [--directory FILE] [--header-row N] [--columns measure=C,executors=D,deadline=E] [--add-status [--with-notes] --out COPY.xlsx] [--since EARLIER.xlsx]",
  "error.no-access": "No permission to read or write this file: {file}",
  "error.is-directory": "This is a folder, not a workbook file: {file}",
  "error.link-loop": "This path is a chain of links that never ends at a file: {file}",
  "error.name-too-long": "The file's name or path is too long: {file}",
  "error.disk-full": "There is no space left on the disk to write {file}",
  "error.read-only": "The disk is read-only: {file} cannot be written",
  "error.busy": "The file is in use or too many files are open; try again: {file}",
  "error.system": "The system could not open {file} ({code})",
  "error.not-a-regular-file": "This is not an ordinary file (a pipe, device or socket): {file}",
  "error.out-folder-missing": "The folder for --out does not exist: {file}",
  "error.opendocument":
    "An OpenDocument spreadsheet (.ods): save it as an Excel workbook (.xlsx) and check it again: {file}",
  "error.unknown-option": "Unknown option: {option}",
  "error.zip-damaged":
    "The workbook could not be read (the file is damaged or cut short; open it in Excel and save it again): {file}",
  "error.zip-encrypted":
    "The workbook's contents are encrypted: save it without a password and check it again: {file}",
  "error.zip-method":
    "The workbook is packed in a way Plan Check cannot unpack (method {method}): save it again in Excel: {file}",
  "error.workbook-missing-part": "This zip archive holds no workbook ({part} is missing): {file}",
  "error.workbook-too-large":
    "The workbook is too large to check: its part {part} unpacks to more than {limit} MB: {file}",
  "error.workbook-too-large-total":
    "The workbook is too large to check: its parts unpack to more than {limit} MB together: {file}",
  "error.workbook-too-many-cells":
    "The workbook holds more than {limit} cells, more than Plan Check reads: remove what is not the plan and check it again: {file}",

  "report.title": "Plan Check report",
  "report.file": "File",
  "report.sheet": "Sheet",
  "report.asOfFromTitle": "from the title",
  "report.asOf": "As of",
  "report.header": "Header row(s)",
  "report.columns": "Columns",
  "report.counts":
    "{strategicGoals, plural, one {# strategic goal} other {# strategic goals}}, {operationalGoals, plural, one {# operational goal} other {# operational goals}}, {measures, plural, one {# measure} other {# measures}}",
  "report.withoutLocal": "National measures without a local measure: {count}",
  "report.otherSheets": "Other sheets with a plan: {sheets}",
  "report.findings":
    "Findings: {errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}, {infos, plural, one {# note} other {# notes}}",
  "report.noFindings": "No findings: the plan is clean.",
  "report.byGoal": "By strategic goal",
  "report.goalLine":
    "Strategic goal {goal}: {measures, plural, one {# measure} other {# measures}} — {statuses}; {missing} with missing data",
  "report.byOperationalGoal": "By operational goal",
  "report.operationalGoalLine":
    "Operational goal {goal}: {measures, plural, one {# measure} other {# measures}} — {statuses}; {missing} with missing data",

  "role.nationalTask": "Task",
  "role.nationalMeasure": "National plan measure",
  "role.measure": "Measure",
  "role.executors": "Responsible executor",
  "role.deadline": "Deadline",
  "role.status": "Status",
  "role.indicator": "Indicator",
  "role.funding": "Funding",
  "role.number": "No.",
  "role.note": "Note",
  "role.report": "Progress report",
  "role.deadlineEnd": "Deadline: end",
  "role.coExecutors": "Co-executors, partners",
  "role.expectedResult": "Expected result",

  "sheet.findings": "Validation",
  "sheet.summary": "Summary",
  "sheet.data": "Plan data",
  "sheet.pivot": "PivotTable",
  "findings.title": "Plan Check findings: {sheet}",
  "findings.subtitle":
    "As of {asOf, date}: {errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}, {infos, plural, one {# note} other {# notes}}",
  "findings.none": "No findings: the plan is clean.",
  "findings.col.cell": "Cell",
  "findings.col.severity": "Severity",
  "findings.col.rule": "Rule",
  "findings.col.measure": "Measure",
  "findings.col.message": "Message",
  "findings.col.ruleId": "Rule id (for filtering)",
  "legend.title": "Highlights in the plan:",
  "legend.overdue": "overdue",
  "legend.missing": "missing data",
  "legend.passed": "deadline passed, no status",
  "legend.warning": "other errors and warnings",
  "summary.title": "Summary: {plan}",
  "summary.subtitle": "As of {asOf, date} · built {builtAt}",
  "summary.byGoal": "By strategic goal",
  "summary.byExecutor": "By executor",
  "summary.byYear": "By deadline year",
  "summary.chartData": "Status by strategic goal",
  "summary.chartTitle": "Measures by status and strategic goal",
  "summary.chartTitleOperational": "Measures by status and operational goal",
  "summary.col.goal": "Goal",
  "summary.col.title": "Title",
  "summary.col.executor": "Executor",
  "summary.col.year": "Year (measures running in it)",
  "summary.col.measures": "Measures",
  "summary.col.done": "Done",
  "summary.col.inProgress": "In progress",
  "summary.col.overdue": "Overdue",
  "summary.col.missing": "Missing data",
  "summary.col.shareDone": "Share done",
  "summary.col.other": "Other",
  "summary.total": "Total",
  "summary.goalLabel": "Strategic goal {goal}",
  "summary.operationalGoalLabel": "Operational goal {goal}",
  "summary.chartDataOperational": "Status by operational goal",
  "summary.noGoal": "(no goal)",
  "summary.openYear": "(open)",
  "summary.unknownYear": "(not understood)",
  "data.col.strategicGoal": "Strategic goal",
  "data.col.operationalGoal": "Operational goal",
  "data.col.task": "National task",
  "data.col.nationalMeasure": "National measure",
  /** The headers data tables written before they were spelled out carry: read back by "what changed". */
  "data.col.earlier.task": "National task",
  "data.col.earlier.nationalMeasure": "National measure",
  "data.col.number": "Number",
  "data.col.measure": "Measure",
  "data.col.executors": "Executors",
  "data.col.start": "Start",
  "data.col.end": "End",
  "data.col.status": "Status",
  "data.col.overdue": "Overdue",
  "data.col.findings": "Findings",
  "data.col.cell": "Cell",
  "data.col.executor": "Executor",
  "data.col.partner": "Partner (by agreement)",
  "status.label.done": "Done",
  "status.label.inProgress": "In progress",
  "status.label.notDone": "Not done",
  "status.label.notStarted": "Not started",
  "status.label.cancelled": "Cancelled",
  "status.label.partial": "Partly done",
  "status.label.postponed": "Postponed",
  "status.label.none": "No status",
  "status.label.unknown": "Other",
  yes: "yes",
  no: "no",

  "excel.no-plan":
    "No plan table was found in this workbook: no sheet has a header that names a measure with its executor or deadline.",
  "excel.protected":
    "The sheet “{sheet}” is protected: Plan Check wrote nothing. Unprotect it (Review › Unprotect Sheet) and try again.",
  "excel.validated":
    "Checked: {errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}, {infos, plural, one {# note} other {# notes}}. The list is on the sheet “{sheet}”.",
  "excel.nothing-to-clear": "There are no Plan Check highlights to clear.",
  "excel.cleared": "Highlights cleared. Your values and formatting are as they were.",
  "excel.summary-built":
    "The summary is on the sheet “{sheet}”, with the data tables and a PivotTable.",
  "excel.error": "Plan Check could not finish: {message}",
  "excel.cell-edit": "Finish editing the cell first, then run Plan Check again.",

  "batch.sheet.plans": "Plans",
  "batch.sheet.findings": "Findings",
  "batch.sheet.files": "Files",
  "batch.title":
    "Plan Check: {checked} of {count, plural, one {# file} other {# files}} checked as of {asOf, date}",
  "batch.col.file": "File",
  "batch.col.sheet": "Sheet",
  "batch.col.status": "Result",
  "batch.col.errors": "Errors",
  "batch.col.warnings": "Warnings",
  "batch.status.ok": "checked",
  "batch.status.failed": "not checked: {reason}",
  "batch.planTotal": "Plan total",
  "batch.grandTotal": "All plans",
  "batch.progress": "[{n}/{total}] {file}: {result}",
  "batch.result.ok":
    "{measures, plural, one {# measure} other {# measures}}, {errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}",
  "batch.summary":
    "{checked} of {total, plural, one {# file} other {# files}} checked: {measures, plural, one {# measure} other {# measures}}, {errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}; {failed, plural, one {# file} other {# files}} not checked",
  "batch.noFiles": "No .xlsx files in {dir}",
  "error.out-needs-xlsm":
    "The plan is a macro-enabled workbook (.xlsm): its checked copy keeps the macros, so give it a name ending in .xlsm ({file})",
  "error.out-too-large": "The checked copy would be larger than a workbook can be (4 GB): {file}",
  "error.out-not-xlsx": "--out writes an .xlsx workbook: give it a name ending in .xlsx ({file})",
  "error.out-is-input":
    "--out must name a new file, not a plan being checked nor a link to one: {file}",
  "error.bad-format": "--format takes text, json or csv, not “{value}”.",
  "report.written": "Written: {file}",

  "pane.inspected": "Plan read.",
  "pane.section.plan": "Plan",
  "pane.section.check": "Check",
  "pane.section.findings": "Findings",
  "pane.section.summary": "Summary",
  "pane.sheet": "Sheet",
  "pane.columns": "Columns",
  "pane.column": "Column {letter}",
  "pane.role.none": "(not used)",
  "pane.counts":
    "{strategicGoals, plural, one {# strategic goal} other {# strategic goals}} · {operationalGoals, plural, one {# operational goal} other {# operational goals}} · {measures, plural, one {# measure} other {# measures}}",
  "pane.section.settings": "Plan period and executors",
  "pane.period.start": "First year of the plan",
  "pane.period.end": "Last year of the plan",
  "pane.period.invalid": "Enter two years between 1990 and 2100, the first not after the last.",
  "pane.period.source.title": "The period comes from the plan's title.",
  "pane.period.source.measures": "The period is inferred from the deadlines most measures share.",
  "pane.period.source.user": "You set this period; it is kept in the workbook.",
  "pane.period.source.none":
    "The plan's period is not known: set it to check deadlines against it.",
  "pane.period.save": "Set the period",
  "pane.period.auto": "Take it from the plan",
  "pane.directory": "Executor directory, one body a line",
  "pane.directory.hint":
    "Other spellings of the same body go after “=”, separated by semicolons (“Education Department = ED; education dept.”): the summaries count them as one row. An executor not in this list is reported as unknown, with the nearest name.",
  "pane.directory.built":
    "Built from the plan: {count, plural, one {# body} other {# bodies}}. Edit it and keep it to check against it.",
  "pane.directory.kept":
    "Your list, kept in the workbook: {count, plural, one {# body} other {# bodies}}.",
  "pane.directory.save": "Keep this list",
  "pane.directory.reset": "Build from the plan again",
  "pane.period": "Plan period: {start, date} – {end, date}",
  "pane.period.none": "Plan period: not known",
  "pane.asOf": "As of",
  "pane.validate": "Validate plan",
  "pane.clear": "Clear highlights",
  "pane.summary": "Build summary",
  "pane.refresh": "Read the plan again",
  "pane.running": "Working…",
  "pane.search": "Search findings",
  "pane.filter.goal": "Strategic goal",
  "pane.filter.executor": "Executor",
  "pane.filter.rule": "Rule",
  "pane.filter.all": "All",
  "pane.findings.more": "Show {count} more ({left} not shown)",
  "pane.findings.clean": "No findings: the plan is clean.",
  "pane.findings.count": "{count, plural, one {# finding} other {# findings}}",
  "pane.findings.none-match": "No finding matches the filters.",
  "pane.group": "{name} ({count})",
  "pane.summary.goal": "Goal",
  "pane.summary.bar": "Done, in progress, overdue",
  "preview.open": "Open a workbook (.xlsx):",
  "pane.roleHeader": "Role",
  // the pane that guides: the as-of date, the first line, stale results, the manual layout, errors
  "pane.asOf.hint": "YYYY-MM-DD or DD.MM.YYYY; press Enter to apply",
  "pane.asOf.invalid.empty": "Enter a date, such as 2023-06-30.",
  "pane.asOf.invalid.form": "Write the date as 2023-06-30 or 30.06.2023.",
  "pane.asOf.invalid.no-such-day": "There is no such day in the calendar.",
  "pane.asOf.invalid.year": "The year must be between 2000 and 2100.",
  "pane.asOf.origin.typed": "The date you entered; it is kept in the workbook.",
  "pane.asOf.origin.kept": "The date kept in the workbook.",
  "pane.asOf.origin.title": "The date in the plan's title.",
  "pane.asOf.origin.today": "Today's date (the plan's title gives none).",
  "pane.asOf.auto": "Use the title's date or today",
  "pane.n.measure.one": "{n} measure",
  "pane.n.measure.few": "{n} measures",
  "pane.n.measure.many": "{n} measures",
  "pane.n.measure.other": "{n} measures",
  "pane.n.goal.one": "{n} goal",
  "pane.n.goal.few": "{n} goals",
  "pane.n.goal.many": "{n} goals",
  "pane.n.goal.other": "{n} goals",
  "pane.intro.found": "{measures}, {goals}. Check the plan: press “Validate plan”.",
  "pane.intro.found.noGoals": "{measures}. Check the plan: press “Validate plan”.",
  "pane.intro.noPlan":
    "No plan table was found. Say which row is the table's header and what each column holds.",
  "pane.overview": "Validation at a glance",
  "pane.overview.counts": "Errors: {errors} · warnings: {warnings} · notes: {infos}",
  "pane.overview.top": "Most frequent:",
  "pane.overview.item": "{title} — {count}",
  "pane.overview.openSheet": "Open the “{sheet}” sheet",
  "pane.stale.marks":
    "You changed {changed} after validating: the highlights in the plan and the “{sheet}” sheet show the earlier validation.",
  "pane.stale.summary": "You changed {changed} after building the summary: it is out of date.",
  "pane.stale.revalidate": "Validate again",
  "pane.stale.rebuild": "Build the summary again",
  "pane.changed.asOf": "the as-of date",
  "pane.changed.period": "the plan period",
  "pane.changed.layout": "the plan's columns",
  "pane.changed.directory": "the executor directory",
  "pane.columns.toggle": "Columns and their roles",
  "pane.layout.open": "Set the header and columns by hand",
  "pane.layout.title": "Header and columns",
  "pane.layout.sheet": "Sheet",
  "pane.layout.headerRow": "The table's header row",
  "pane.layout.pickRow": "Choose a row",
  "pane.layout.columnsOf": "What each column of row {row} holds",
  "pane.layout.apply": "Apply",
  "pane.layout.cancel": "Cancel",
  "pane.layout.reset": "Recognize automatically",
  "pane.layout.needMeasure": "Mark the column that holds the measures (“Measure”).",
  "pane.layout.no-measures":
    "With this header and these columns no measures are found: check the header row and the measure column.",
  "pane.layout.kept": "The header and columns were set by hand; they are kept in the workbook.",
  "pane.layout.empty": "This sheet holds no text.",
  "pane.error.access-denied":
    "Excel did not allow the workbook to be changed: the workbook or the sheet may be protected or open read-only.",
  "pane.error.too-large":
    "The sheet is too large for Excel to hand to an add-in at once. Try it in Excel on a computer.",
  "pane.error.changed":
    "The workbook changed while the action ran (a sheet renamed or deleted?). Try again.",
  "preview.error.sample":
    "“{file}” could not be opened as an Excel workbook (.xlsx): it is another kind of file or a damaged workbook.",
  "preview.error.not-workbook":
    "“{file}” could not be opened as an Excel workbook (.xlsx): it is another kind of file or a damaged workbook. The workbook opened before is shown.",
  "excel.no-merges":
    "This version of Excel cannot list merged cells to add-ins (ExcelApi 1.13): merged national tasks are read as written once with blank cells below.",
  "excel.no-comments":
    "This version of Excel has no comments for add-ins (ExcelApi 1.10): the messages are on the findings sheet and in this pane, not on the cells.",
  "pane.planSheet": "Plan sheet",
  "pane.sheetOption": "{sheet} ({measures} measures)",
  "error.bad-period": "--period takes YYYY-YYYY or YYYY-MM-DD:YYYY-MM-DD, not “{value}”.",
  "role.strategicGoal": "Strategic goal",
  "role.operationalGoal": "Operational goal",
  "pane.loading": "Loading…",
  "pane.notInExcel": "Open this pane from Excel: the Plan Check group on the Home tab.",
  "pane.features.soon":
    "Validation, highlights and summaries are being built; the ribbon buttons will tell you when they are ready.",
  "pane.language": "Language",
  "lang.uk": "Українська",
  "lang.en": "English",
  "commands.notReady": "Plan Check: this command is not available yet.",
  // the Excel adapter in real Excel (issue 12)
  "excel.structure-protected":
    "The workbook's structure is protected: Plan Check cannot add or remove its sheets and wrote nothing. Unprotect it (Review › Protect Workbook) and try again.",
  "excel.merges-partial":
    "This sheet has too many merged cells for Excel to list them all to add-ins: merged national tasks may be read as written once with blank cells below.",
  // ---- the add-in's own sheets and the ribbon's dialog (excel-undo) ----
  "dialog.ok": "OK",
  // ---- summaries a meeting can use (issue 14) ----
  "status.bucket.done": "Done",
  "status.bucket.inProgressOnTime": "In progress, on time",
  "status.bucket.overdue": "Overdue",
  "status.bucket.notDone": "Not done",
  "status.bucket.notStarted": "Not started",
  "status.bucket.postponed": "Postponed",
  "status.bucket.cancelled": "Cancelled",
  "status.bucket.passedNoStatus": "Deadline passed, no status",
  "status.bucket.noStatus": "Not reported",
  /** The label data tables written before it was the rule's title carry: read back by "what changed". */
  "status.bucket.earlier.passedNoStatus": "Past due, not reported",
  "status.short.done": "Done",
  "status.short.inProgressOnTime": "On time",
  "status.short.overdue": "Overdue",
  "status.short.notDone": "Not done",
  "status.short.notStarted": "Not started",
  "status.short.postponed": "Postponed",
  "status.short.cancelled": "Cancelled",
  "status.short.passedNoStatus": "Past due",
  "status.short.noStatus": "Unknown",
  "summary.legend": "Status colours:",
  "summary.col.due": "Due in the year",
  "summary.year.open": "Open deadline (no end date)",
  "summary.year.none": "No deadline",
  "summary.year.unparsed": "Deadline not understood",
  "summary.yearNote":
    "A measure counts in every year its deadline spans; “Due in the year” counts those whose deadline ends in it or recurs each year.",
  "print.title": "{plan} · as of {asOf, date} · built {builtAt}",
  "sheet.overdue": "Overdue by executor",
  "overdue.title": "Overdue by executor: {plan}",
  "overdue.col.number": "No.",
  "overdue.col.measure": "Measure",
  "overdue.col.deadline": "Deadline",
  "overdue.col.end": "Deadline ended",
  "overdue.col.status": "Status",
  "overdue.col.cell": "Cell",
  "overdue.body": "{executor}: {count}",
  "overdue.noExecutor": "(no executor)",
  "overdue.none": "No measure is overdue or past its deadline without a status.",
  "sheet.changes": "Changes",
  "changes.title": "Changes since {since, date} (now as of {asOf, date})",
  "changes.unknownDate": "the earlier summary",
  "changes.kind.newlyDone": "Newly done",
  "changes.kind.newlyOverdue": "Newly overdue",
  "changes.kind.deadlineChanged": "End date changed",
  "changes.kind.executorsChanged": "Executors changed",
  "changes.kind.added": "Added",
  "changes.kind.removed": "Removed",
  "changes.col.change": "Change",
  "changes.col.before": "Before",
  "changes.col.after": "Now",
  "changes.none": "Nothing changed.",
  "data.col.asOf": "As of",
  "executor.difference.apostrophe": "the apostrophe",
  "executor.difference.case": "letter case",
  "executor.difference.spaces": "spaces",
  "rule.executor.inconsistent.invisible":
    "“{executor}” differs from the usual form “{canonical}” only in {difference} ({detail}).",
  "report.since": "Changes since {since, date}: {count}",
  "report.sinceLine": "  {change}: {number} {measure}",
  "error.since-one-file":
    "--since compares one plan with its earlier summary; give one file, not a folder",
  "error.since-no-data": "{file} holds no data table of an earlier summary (PlanData)",
  "batch.sheet.byGoal": "Totals by goal",
  "batch.sheet.byExecutor": "Totals by executor",
  "batch.col.plans": "Plans",
  "pane.summary.legend": "Colours of the bars",

  // --- issue 13: the layout the user gives, and adding a status column ---
  "error.bad-header-row":
    "--header-row takes the number of the header's row, 1 or more, not “{value}”.",
  "error.bad-columns":
    "--columns takes role=column pairs separated by commas, such as measure=C,executors=D,deadline=E, not “{value}”.",
  "error.bad-column-letter":
    "“{value}” in “{pair}” is not a column: write its letters, A to XFD, or none.",
  "error.unknown-role": "There is no column role “{role}”. The roles are: {roles}.",
  "error.role-twice": "--columns gives the role {role} twice: give it one column.",
  "error.column-twice": "--columns gives column {column} two roles: give it one.",
  "error.manual-layout":
    "The header row and columns given do not make a plan table in {file}: say which column holds the measures (--columns measure=C).",
  "error.add-status-needs-out":
    "--add-status writes a copy of the plan with a status column: name it with --out COPY.xlsx.",
  "statusColumn.refused.has-status":
    "The plan already has a status column ({column}): no column was added.",
  "statusColumn.refused.protected":
    "The sheet “{sheet}” is protected: no column was added. Unprotect it (Review › Unprotect Sheet) and try again.",
  "statusColumn.refused.not-free":
    "The column right of the table is not empty (cell {cell} on the sheet “{sheet}”): no column was added, so nothing there is overwritten.",
  "statusColumn.refused.protected-sheets":
    "The plan runs over several sheets; protected: {sheets}. No column was added on any sheet: a column on some of them only would split the plan. Unprotect them (Review › Unprotect Sheet) and try again.",
  "statusColumn.previewSheets":
    "Plan Check will add the column “{header}” at {letter} on each of the plan's {count} sheets ({ranges}), its header styled like the table's, with a dropdown list: {list}. Nothing else in the sheets changes.",
  "statusColumn.sheetRange": "“{sheet}”: {range}",
  "statusColumn.addedSheets":
    "The column “{header}” is at {letter} on each of the plan's {count} sheets ({sheets}), with a dropdown list of statuses.",
  "statusColumn.preview":
    "Plan Check will add the column “{header}” at {letter} on the sheet “{sheet}” (cells {range}), its header styled like the table's, with a dropdown list: {list}. Nothing else in the sheet changes.",
  "statusColumn.previewNotes": "Beside it, at {letter}: “{header}”.",
  "statusColumn.added":
    "The column “{header}” is at {letter} on the sheet “{sheet}”, with a dropdown list of statuses.",
  "statusColumn.offer.title": "Record which measures are done",
  "statusColumn.offer.text":
    "The plan has no status column, so passed deadlines are only marked as passed. A status column lets you record progress.",
  "statusColumn.offer.add": "Add a status column…",
  "statusColumn.offer.withNotes": "Also add “{header}” beside it",
  "statusColumn.offer.confirm": "Add the column",
  "statusColumn.offer.cancel": "Cancel",
  // the pane: what changed since the earlier summary, a validation made before this session, the header row
  "pane.changes.title": "What changed since the last summary",
  "pane.changes.since":
    "Compared with the summary as of {since, date}: {count, plural, one {# change} other {# changes}}.",
  "pane.changes.since.unknown":
    "Compared with the earlier summary: {count, plural, one {# change} other {# changes}}.",
  "pane.changes.none":
    "Nothing changed since the summary as of {since, date}: no status, deadline or executor, and no measure added or removed.",
  "pane.changes.none.unknown":
    "Nothing changed since the earlier summary: no status, deadline or executor, and no measure added or removed.",
  "pane.changes.first":
    "There was nothing to compare with: the workbook held no earlier summary. Build the summary again after the next update to see what changed since this one.",
  "pane.changes.noDeadline": "no deadline",
  "pane.changes.noExecutors": "none given",
  "pane.changes.fromTo": "Was: {before}. Now: {after}.",
  "pane.changes.now": "Now: {after}.",
  "pane.changes.status": "Status: {after}.",
  "pane.changes.gone": "This measure is no longer in the plan.",
  "pane.changes.gone.was": "This measure is no longer in the plan (its status was: {before}).",
  "pane.earlier.label": "Earlier validation",
  "pane.earlier.when": "This workbook was validated on {date, date} at {time}, as of {asOf, date}.",
  "pane.earlier.whenDay": "This workbook was validated on {date, date}, as of {asOf, date}.",
  "pane.earlier.unknown":
    "The plan holds highlights from an earlier validation; when it was made is not recorded, so they may not match the plan as it is now.",
  "pane.earlier.current":
    "The plan has not changed since: the highlights and the “{sheet}” sheet still match it.",
  "pane.earlier.planChanged": "The plan has changed since.",
  "pane.earlier.asOfChanged": "The as-of date is now {asOf, date}.",
  "pane.earlier.layoutChanged":
    "The settings of the check have changed since: the plan's header row or columns were chosen anew.",
  "pane.earlier.settingsChanged": "The settings of the check have changed since.",
  "pane.earlier.stale":
    "The highlights and the “{sheet}” sheet show that validation, not the plan as it is now.",
  "pane.headerAt.one": "Header: row {rows}",
  "pane.headerAt.other": "Header: rows {rows}",
  "pane.summary.measures": "All",
  "pane.intro.counted": "{measures}, {goals}.",
  "pane.intro.counted.noGoals": "{measures}.",
  "pane.severity.error": "error",
  "pane.severity.warning": "warning",
  "pane.severity.info": "note",
  "pane.stale.both":
    "You changed {changed} after validating and building the summary: the highlights, the “{sheet}” sheet and the summary show the earlier state.",

  // a folder run's files that could not be checked (core-fixes)
  "batch.notChecked":
    "Not checked: {failed} of {total, plural, one {# file} other {# files}} (the others' report is printed):",
  "batch.noneChecked":
    "No file could be checked ({total, plural, one {# file} other {# files}}): each one's reason is above; nothing was printed or written",

  // a folder's consolidated workbook read again (runtime-marks)
  "excel.consolidated-workbook":
    "This is the consolidated workbook Plan Check wrote for a folder of plans: it holds no plan. Open a workbook with a plan.",
  "error.consolidated-workbook":
    "{file} is the consolidated workbook Plan Check wrote for a folder of plans: it holds no plan to check.",
} as const;

export type MessageKey = keyof typeof en;
