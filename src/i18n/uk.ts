import type { MessageKey } from "./en";

/** Українські повідомлення. */
export const uk: Record<MessageKey, string> = {
  "app.name": "Перевірка плану",
  "app.tagline": "Перевіряє місцеві плани заходів, які ведуть в Excel",

  "severity.error": "помилка",
  "severity.warning": "попередження",
  "severity.info": "примітка",

  "rule.executor.missing": "Захід {measure} не має відповідального виконавця.",
  "rule.executor.unknown": "«{executor}» немає в довіднику виконавців плану.",
  "rule.executor.unknown.suggest":
    "«{executor}» немає в довіднику виконавців плану. Можливо, «{suggestion}»?",
  "rule.executor.inconsistent":
    "«{executor}» в інших місцях плану записано інакше; звичне написання — «{canonical}».",
  "rule.deadline.missing": "Захід {measure} не має терміну виконання.",
  "rule.deadline.unparsed": "Термін «{text}» не розпізнано: {reason}.",
  "rule.deadline.outside-plan-period":
    "Термін «{text}» виходить за період плану {planStart} – {planEnd}.",
  "rule.deadline.overdue": "Термін «{text}» минув {end}, а захід не виконано (стан: {status}).",
  "rule.deadline.due-soon": "Термін «{text}» спливає {end}, через {days} дн.",
  "rule.status.missing":
    "Виконання заходу {measure} розпочалося ({start}), але стан виконання не зазначено.",
  "rule.status.unknown":
    "Стан «{status}» не належить до переліку: Виконано, Виконується, Не виконано, Не розпочато, Скасовано.",
  "rule.measure.number-missing": "Захід не має номера, хоча заходи плану пронумеровано.",
  "rule.measure.number-duplicate": "Номер {measure} використано двічі (також у {other}).",
  "rule.measure.number-sequence":
    "Номер {measure} порушує послідовність оперативної цілі {operationalGoal}: очікувався {expected}.",
  "rule.measure.number-mismatch":
    "Номер {measure} не належить до оперативної цілі {operationalGoal}.",
  "rule.measure.text-missing": "Захід {measure} має виконавця чи термін, але не має назви.",
  "rule.national-measure.without-local":
    "Захід {nationalMeasure} завдання {task} Національного плану (оперативна ціль {operationalGoal}) не має заходу місцевого плану.",

  "deadline.reason.empty": "його не заповнено",
  "deadline.reason.no-period": "у ньому немає року, кварталу, місяця чи дати",
  "deadline.reason.unknown-words": "у ньому є слова, що не є датою, періодом чи періодичністю",
  "deadline.reason.bad-date": "такої дати не існує",
  "deadline.reason.reversed-range": "період закінчується раніше, ніж починається",
  "deadline.reason.year-out-of-range": "рік неправдоподібний",

  "status.none": "не зазначено",

  "error.file-not-found": "Файл не знайдено: {file}",
  "error.not-a-workbook": "Це не книга Excel (.xlsx): {file}",
  "error.no-plan.empty-sheet": "Книга порожня: {file}",
  "error.no-plan.no-header":
    "У {file} не знайдено таблиці плану: жоден рядок заголовка не називає захід разом із виконавцем чи терміном.",
  "error.no-plan.no-measures": "У {file} знайдено заголовок плану, але під ним немає заходів.",
  "error.no-such-sheet": "У {file} немає аркуша «{sheet}». Аркуші: {sheets}",
  "error.bad-as-of": "Дата «станом на» має бути у форматі РРРР-ММ-ДД, а не «{value}».",
  "error.usage":
    "Використання: plan-check [ФАЙЛ.xlsx] [--sheet АРКУШ] [--as-of РРРР-ММ-ДД] [--json] [--lang uk|en]",
  "error.unknown-option": "Невідомий параметр: {option}",

  "report.title": "Звіт перевірки плану",
  "report.file": "Файл",
  "report.sheet": "Аркуш",
  "report.asOf": "Станом на",
  "report.header": "Рядки заголовка",
  "report.columns": "Стовпці",
  "report.counts":
    "Стратегічних цілей: {strategicGoals}, оперативних цілей: {operationalGoals}, заходів місцевого плану: {measures}",
  "report.withoutLocal": "Заходів Національного плану без заходу місцевого плану: {count}",
  "report.otherSheets": "Інші аркуші з планом: {sheets}",
  "report.findings": "Зауваження: помилок {errors}, попереджень {warnings}, приміток {infos}",
  "report.noFindings": "Зауважень немає: план у порядку.",
  "report.byGoal": "За стратегічними цілями",
  "report.goalLine":
    "Стратегічна ціль {goal}: заходів {measures}, виконано {done}, виконується {inProgress}, прострочено {overdue}, з неповними даними {missing}",

  "role.nationalTask": "Завдання Національного плану",
  "role.nationalMeasure": "Захід Національного плану",
  "role.measure": "Захід місцевого плану",
  "role.executors": "Відповідальний виконавець",
  "role.deadline": "Термін виконання",
  "role.status": "Стан виконання",
  "role.indicator": "Індикатор",
  "role.funding": "Джерела фінансування",
  "role.number": "№ з/п",
  "role.note": "Примітка",
  "role.report": "Інформація про виконання",
  "role.expectedResult": "Очікуваний результат",

  "pane.loading": "Завантаження…",
  "pane.notInExcel": "Відкрийте цю панель з Excel: вкладка «Перевірка плану» на стрічці.",
  "pane.features.soon":
    "Перевірка, виділення і зведення в розробці; кнопки на стрічці повідомлять, коли вони будуть готові.",
  "pane.language": "Мова",
  "lang.uk": "Українська",
  "lang.en": "English",
  "commands.notReady": "Перевірка плану: ця команда ще недоступна.",
};
