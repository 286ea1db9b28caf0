import { useCallback, useState } from "react";
import { t, type Lang, type MessageKey, type Params } from "../../i18n";

/** The pane's language: Office's display language at first, then whatever the user switches to. */
export function useLanguage(initial: Lang) {
  const [lang, setLang] = useState<Lang>(initial);
  const tr = useCallback((key: MessageKey, params?: Params) => t(lang, key, params), [lang]);
  return { lang, setLang, t: tr };
}
