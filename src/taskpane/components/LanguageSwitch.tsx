import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { Lang, MessageKey } from "../../i18n";

export interface LanguageSwitchProps {
  lang: Lang;
  label: string;
  /** Language names are written in their own language: "Українська", "English". */
  names: Record<Lang, string>;
  onChange: (lang: Lang) => void;
}

export const LANGUAGE_NAME_KEYS: Record<Lang, MessageKey> = { uk: "lang.uk", en: "lang.en" };

export function LanguageSwitch({ lang, label, names, onChange }: LanguageSwitchProps) {
  return (
    <Field label={label}>
      <RadioGroup layout="horizontal" value={lang} onChange={(_, d) => onChange(d.value as Lang)}>
        <Radio value="uk" label={names.uk} lang="uk" />
        <Radio value="en" label={names.en} lang="en" />
      </RadioGroup>
    </Field>
  );
}
