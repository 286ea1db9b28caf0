import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  Link,
  Option,
  SearchBox,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import type { CheckResult } from "../../core/check";
import { findingMessage, ruleTitle } from "../../core/report";
import type { RuleId } from "../../core/rules";
import type { Lang, MessageKey, Params } from "../../i18n";
import {
  excerpt,
  filterItems,
  filterOptions,
  findingItems,
  groupItems,
  NO_FILTERS,
  type FindingFilters,
} from "../findingsView";

/** Findings a group shows at first, and how many more each "show more" adds. */
const PAGE = 100;

/** A group of this many findings or more starts fewKeys: one line with its count, opened on click. */
export const FOLD_AT = 4;

const folds = (g: { items: unknown[] }) => g.items.length >= FOLD_AT;

const useStyles = makeStyles({
  filters: { display: "grid", gridTemplateColumns: "1fr", gap: tokens.spacingVerticalXS },
  item: {
    listStyle: "none",
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  list: { margin: 0, padding: 0 },
});

export interface FindingsSectionProps {
  result: CheckResult;
  lang: Lang;
  t: (key: MessageKey, params?: Params) => string;
  /** Selects the finding's cell, on its sheet where the plan spans several. */
  onGo: (cell: string, sheet?: string) => void;
  /** A rule whose group the user asked to see (from the most frequent problems): opened and shown. */
  focus?: { rule: string; at: number } | null;
}

/** Findings grouped by severity and rule, filterable and searchable; a click selects the cell in the sheet. */
export function FindingsSection({ result, lang, t, onGo, focus }: FindingsSectionProps) {
  const styles = useStyles();
  const [filters, setFilters] = useState<FindingFilters>(NO_FILTERS);
  // a large plan has thousands of findings: each group shows a page of them, and more on request
  const [shown, setShown] = useState<Record<string, number>>({});
  const items = useMemo(() => findingItems(result, (f) => findingMessage(f, lang)), [result, lang]);
  const options = useMemo(() => filterOptions(items), [items]);
  const groups = useMemo(() => groupItems(filterItems(items, filters)), [items, filters]);
  const keyOf = (g: { severity: string; rule: string }) => `${g.severity}:${g.rule}`;
  // many findings of one rule fold into one line; a few are shown as they are
  const fewKeys = useMemo(() => groups.filter((g) => !folds(g)).map(keyOf), [groups]);
  const withFocus = (keys: string[]) => {
    const g = focus ? groups.find((x) => x.rule === focus.rule) : undefined;
    return g && !keys.includes(keyOf(g)) ? [...keys, keyOf(g)] : keys;
  };
  const [open, setOpen] = useState<string[]>(() => withFocus(fewKeys));
  useEffect(() => setOpen(withFocus(fewKeys)), [fewKeys]);
  const listRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!focus) return;
    const g = groups.find((x) => x.rule === focus.rule);
    if (!g) return;
    setOpen((o) => (o.includes(keyOf(g)) ? o : [...o, keyOf(g)]));
    const header = listRef.current?.querySelector<HTMLElement>(
      `[data-group="${groups.indexOf(g)}"] button`
    );
    header?.scrollIntoView({ block: "start" });
    header?.focus();
  }, [focus]);
  if (items.length === 0)
    return (
      <Body1 block as="p">
        {t("pane.findings.clean")}
      </Body1>
    );
  const select = (
    label: MessageKey,
    key: "strategicGoal" | "executor" | "rule",
    values: string[],
    shown: (v: string) => string = (v) => v
  ) => (
    <Field label={t(label)} size="small">
      <Dropdown
        size="small"
        value={filters[key] ? shown(filters[key]!) : t("pane.filter.all")}
        selectedOptions={[filters[key] ?? ""]}
        onOptionSelect={(_, d) => setFilters({ ...filters, [key]: d.optionValue || null })}
      >
        <Option value="">{t("pane.filter.all")}</Option>
        {values.map((v) => (
          <Option key={v} value={v}>
            {shown(v)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
  return (
    <section aria-label={t("pane.section.findings")}>
      <Caption1 block as="p">
        {t("pane.findings.count", { count: items.length })}
      </Caption1>
      <div className={styles.filters}>
        <SearchBox
          size="small"
          aria-label={t("pane.search")}
          placeholder={t("pane.search")}
          value={filters.search}
          onChange={(_, d) => setFilters({ ...filters, search: d.value })}
        />
        {select("pane.filter.goal", "strategicGoal", options.goals)}
        {select("pane.filter.executor", "executor", options.executors)}
        {select("pane.filter.rule", "rule", options.rules, (v) => ruleTitle(v as RuleId, lang))}
      </div>
      {groups.length === 0 ? (
        <Body1 block as="p">
          {t("pane.findings.none-match")}
        </Body1>
      ) : (
        <div ref={listRef}>
          <Accordion
            multiple
            collapsible
            openItems={open}
            onToggle={(_, d) => setOpen(d.openItems as string[])}
          >
            {groups.map((g, index) => {
              const key = keyOf(g);
              const limit = shown[key] ?? PAGE;
              return (
                <AccordionItem key={key} value={key} data-group={index}>
                  <AccordionHeader size="small">
                    {t("pane.group", {
                      name: `${t(`pane.severity.${g.severity}` as MessageKey)} · ${ruleTitle(g.rule as RuleId, lang)}`,
                      count: g.items.length,
                    })}
                  </AccordionHeader>
                  <AccordionPanel>
                    <ul className={styles.list}>
                      {g.items.slice(0, limit).map((i) => (
                        <li
                          key={`${i.finding.cell}|${i.finding.rule}|${i.finding.item}|${JSON.stringify(i.finding.params)}`}
                          className={styles.item}
                        >
                          <Link as="button" onClick={() => onGo(i.finding.cell, i.finding.sheet)}>
                            {i.finding.cell}
                            {i.finding.measure ? ` · ${i.finding.measure}` : ""}
                          </Link>
                          {i.measure?.text ? (
                            <Caption1 block as="p">
                              {excerpt(i.measure.text)}
                            </Caption1>
                          ) : null}
                          <Body1 block as="p">
                            {i.message}
                          </Body1>
                        </li>
                      ))}
                    </ul>
                    {g.items.length > limit && (
                      <Button
                        appearance="subtle"
                        onClick={() => setShown({ ...shown, [key]: limit + PAGE })}
                      >
                        {t("pane.findings.more", {
                          count: Math.min(PAGE, g.items.length - limit),
                          left: g.items.length - limit,
                        })}
                      </Button>
                    )}
                  </AccordionPanel>
                </AccordionItem>
              );
            })}
          </Accordion>
        </div>
      )}
    </section>
  );
}
