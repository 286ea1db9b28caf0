/**
 * @jest-environment jsdom
 */
/**
 * The ribbon's error dialog speaks the user's language as the pane does: its page's lang and its button's
 * word from the catalogue, by Office's display language (and, before Office is ready, by the language the
 * command wrote the message in).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { t } from "../../src/i18n";

const HTML = readFileSync(join(__dirname, "..", "..", "src", "commands", "dialog.html"), "utf8");
const g = globalThis as unknown as Record<string, unknown>;

/** Opens the dialog page as a command would, with Office reporting `displayLanguage` once ready. */
function openDialog(query: string, displayLanguage: string | null) {
  document.documentElement.innerHTML = HTML.replace(/^<!doctype html>\s*<html[^>]*>/i, "").replace(
    /<\/html>\s*$/i,
    ""
  );
  document.documentElement.lang = /<html lang="([^"]*)"/.exec(HTML)?.[1] ?? "";
  window.history.replaceState({}, "", `/dialog.html?${query}`);
  const sent: string[] = [];
  let ready: (() => void) | null = null;
  g.Office =
    displayLanguage === null
      ? undefined
      : {
          onReady: (f: () => void) => {
            ready = f;
            return Promise.resolve();
          },
          context: { displayLanguage, ui: { messageParent: (m: string) => sent.push(m) } },
        };
  jest.isolateModules(() => {
    require("../../src/commands/dialog");
  });
  const button = document.getElementById("close")!;
  return {
    button,
    sent,
    lang: () => document.documentElement.lang,
    ready: () => ready?.(),
  };
}

afterEach(() => {
  delete g.Office;
});

test("in Ukrainian Office the page is lang=uk and the button says the catalogue's word", () => {
  const message = "Аркуш «План заходів» захищено";
  const page = openDialog(`message=${encodeURIComponent(message)}&lang=uk`, "uk-UA");
  page.ready();
  expect(document.getElementById("message")!.textContent).toBe(message);
  expect(page.lang()).toBe("uk");
  expect(page.button.textContent).toBe(t("uk", "dialog.ok"));
  expect(t("uk", "dialog.ok")).not.toBe(t("en", "dialog.ok"));
  page.button.click();
  expect(page.sent).toEqual(["close"]);
});

test("Office's display language wins over the one in the address, once Office is ready", () => {
  const page = openDialog("message=x&lang=uk", "en-US");
  expect([page.lang(), page.button.textContent]).toEqual(["uk", t("uk", "dialog.ok")]);
  page.ready();
  expect([page.lang(), page.button.textContent]).toEqual(["en", t("en", "dialog.ok")]);
});

test("outside Office, the language the command gave", () => {
  const page = openDialog("message=x&lang=uk", null);
  expect([page.lang(), page.button.textContent]).toEqual(["uk", t("uk", "dialog.ok")]);
});
