import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Caption1,
  Link,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { Changes } from "../../core/summary/changes";
import type { Lang, MessageKey, Params } from "../../i18n";
import { changeDetail, changeGroups } from "../changesView";
import { excerpt } from "../findingsView";
import { FOLD_AT } from "./FindingsSection";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    "& p, & h2": { margin: 0 },
  },
  list: { margin: 0, padding: 0 },
  item: {
    listStyle: "none",
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

export interface ChangesSectionProps {
  /** The comparison Build summary made: null when the workbook held no earlier summary. */
  changes: Changes | null;
  /** The "Changes" sheet it wrote, where there is one. */
  sheet?: string;
  lang: Lang;
  t: (key: MessageKey, params?: Params) => string;
  onGo: (cell: string, sheet?: string) => void;
  onOpenSheet: (sheet: string) => void;
}

/**
 * After Build summary: what changed since the summary built before, one group per kind of change with its
 * count (many of one kind fold into one line), each change one click from its cell; or, in plain words, that
 * there was nothing to compare with, or that nothing changed.
 */
export function ChangesSection({
  changes,
  sheet,
  lang,
  t,
  onGo,
  onOpenSheet,
}: ChangesSectionProps) {
  const styles = useStyles();
  const groups = useMemo(() => (changes ? changeGroups(changes) : []), [changes]);
  const few = useMemo(
    () => groups.filter((g) => FOLD_AT > g.items.length).map((g) => g.kind as string),
    [groups]
  );
  const [open, setOpen] = useState<string[]>(few);
  useEffect(() => setOpen(few), [few]);
  const title = t("pane.changes.title");
  const count = changes?.list.length ?? 0;
  const lead = !changes
    ? t("pane.changes.first")
    : count === 0
      ? changes.since
        ? t("pane.changes.none", { since: changes.since })
        : t("pane.changes.none.unknown")
      : changes.since
        ? t("pane.changes.since", { since: changes.since, count })
        : t("pane.changes.since.unknown", { count });
  return (
    <section aria-label={title} className={styles.section}>
      <Subtitle2 as="h2">{title}</Subtitle2>
      <Body1 block as="p">
        {lead}
      </Body1>
      {groups.length > 0 && (
        <Accordion
          multiple
          collapsible
          openItems={open}
          onToggle={(_, d) => setOpen(d.openItems as string[])}
        >
          {groups.map((g) => (
            <AccordionItem key={g.kind} value={g.kind}>
              <AccordionHeader size="small">
                {t("pane.group", {
                  name: t(`changes.kind.${g.kind}` as MessageKey),
                  count: g.items.length,
                })}
              </AccordionHeader>
              <AccordionPanel>
                <ul className={styles.list}>
                  {g.items.map((c, i) => {
                    const name = [c.cell, c.number].filter(Boolean).join(" · ");
                    const detail = changeDetail(c, lang, t);
                    return (
                      <li key={`${c.cell ?? ""}|${c.number ?? ""}|${i}`} className={styles.item}>
                        {c.cell ? (
                          <Link as="button" onClick={() => onGo(c.cell!, c.sheet)}>
                            {name}
                          </Link>
                        ) : (
                          name && <strong>{name}</strong>
                        )}
                        {c.text && (
                          <Caption1 block as="p">
                            {excerpt(c.text)}
                          </Caption1>
                        )}
                        {detail && (
                          <Body1 block as="p">
                            {detail}
                          </Body1>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
      {sheet && count > 0 && (
        <Link as="button" onClick={() => onOpenSheet(sheet)}>
          {t("pane.overview.openSheet", { sheet })}
        </Link>
      )}
    </section>
  );
}
