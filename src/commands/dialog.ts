/**
 * The dialog a ribbon command opens for a problem where the pane cannot open itself: it shows the message
 * it is given and, on its button, asks its parent to close it (a dialog may only message its parent). Its
 * button and its page's language follow Office's display language, as the pane's do; until Office is ready,
 * the language the command wrote the message in (`lang` in the address), else the browser's. It loads the
 * message catalogue and nothing of the pane.
 */
import { langFromLocale, t, type Lang } from "../i18n";

/** Office's display language first, as the pane takes it; then the command's; then the browser's. */
export function dialogLang(
  displayLanguage: string | null | undefined,
  asked: string | null | undefined,
  browser: string | null | undefined
): Lang {
  return langFromLocale(displayLanguage || asked || browser);
}

/* global document, location, navigator */
function show(lang: Lang): void {
  document.documentElement.lang = lang;
  const button = document.getElementById("close");
  if (button) button.textContent = t(lang, "dialog.ok");
}

const params = new URLSearchParams(location.search);
const browser = typeof navigator !== "undefined" ? navigator.language : undefined;
const p = document.getElementById("message");
if (p) p.textContent = params.get("message") ?? "";
show(dialogLang(null, params.get("lang"), browser));
if (typeof Office !== "undefined" && typeof Office.onReady === "function")
  void Office.onReady(() =>
    show(dialogLang(Office.context?.displayLanguage, params.get("lang"), browser))
  );
document.getElementById("close")?.addEventListener("click", () => {
  if (typeof Office !== "undefined" && Office.context?.ui?.messageParent)
    Office.context.ui.messageParent("close");
});
