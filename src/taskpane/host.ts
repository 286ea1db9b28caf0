/** What the pane learns from its host: Office's display language and theme, or the browser's outside Office. */
import { langFromLocale, type Lang } from "../i18n";

export interface HostInfo {
  /** True inside Excel (Office.js loaded and a host reported). */
  inOffice: boolean;
  lang: Lang;
  dark: boolean;
  /** A message handed over in the address (a ribbon command's dialog: ?message=…). */
  message: string | null;
}

function urlMessage(): string | null {
  if (typeof location === "undefined") return null;
  return new URLSearchParams(location.search).get("message");
}

function isDark(color: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? "");
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}

export function hostInfo(): HostInfo {
  const office = typeof Office !== "undefined" ? Office : undefined;
  const ctx = office?.context;
  if (ctx && ctx.displayLanguage) {
    return {
      inOffice: true,
      lang: langFromLocale(ctx.displayLanguage),
      dark: isDark(ctx.officeTheme?.bodyBackgroundColor),
      message: urlMessage(),
    };
  }
  const nav = typeof navigator !== "undefined" ? navigator.language : undefined;
  return { inOffice: false, lang: langFromLocale(nav), dark: false, message: urlMessage() };
}
