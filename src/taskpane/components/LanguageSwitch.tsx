import { Radio, RadioGroup, Field } from "@fluentui/react-components";
import type { Lang } from "../../i18n";

export interface LanguageSwitchProps {
  lang: Lang;
  label: string;
  onChange: (lang: Lang) => void;
}

/** Language names are written in their own language, so they are the same in both catalogues. */
const NAMES: Record<Lang, string> = { uk: "Українська", en: "English" };

export function LanguageSwitch({ lang, label, onChange }: LanguageSwitchProps) {
  return (
    <Field label={label}>
      <RadioGroup layout="horizontal" value={lang} onChange={(_, d) => onChange(d.value as Lang)}>
        <Radio value="uk" label={NAMES.uk} lang="uk" />
        <Radio value="en" label={NAMES.en} lang="en" />
      </RadioGroup>
    </Field>
  );
}
