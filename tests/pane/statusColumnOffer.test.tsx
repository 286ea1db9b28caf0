/**
 * @jest-environment jsdom
 *
 * The offer to add a status column: nothing is added without a confirm step that shows what will be done;
 * a refusal is shown with no way to confirm; cancelling goes back to the offer.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { t } from "../../src/i18n";
import { StatusColumnOfferView, type Said } from "../../src/taskpane/components/StatusColumnOffer";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// jsdom has no ResizeObserver, which Fluent's message bar asks the window for
(window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

let root: Root;
let box: HTMLDivElement;
beforeEach(() => {
  box = document.createElement("div");
  document.body.appendChild(box);
  root = createRoot(box);
});
afterEach(() => {
  act(() => root.unmount());
  box.remove();
});

function render(onPreview: (n: boolean) => Promise<Said>, onAdd: (n: boolean) => Promise<Said>) {
  act(() =>
    root.render(
      <FluentProvider theme={webLightTheme}>
        <StatusColumnOfferView
          t={(key, params) => t("en", key, params)}
          notesHeader="Progress notes"
          onPreview={onPreview}
          onAdd={onAdd}
        />
      </FluentProvider>
    )
  );
}

const button = (name: string) =>
  [...box.querySelectorAll("button")].find((b) => b.textContent === name);

async function click(el: Element | undefined) {
  if (!el) throw new Error("no such control");
  await act(async () => {
    (el as HTMLElement).click();
  });
}

test("the column is added only after the preview is confirmed, with the notes column when asked", async () => {
  const previews: boolean[] = [];
  const adds: boolean[] = [];
  render(
    async (n) => {
      previews.push(n);
      return { ok: true, message: `will add F${n ? " and G" : ""}` };
    },
    async (n) => {
      adds.push(n);
      return { ok: true, message: "added at F" };
    }
  );
  expect(box.textContent).toContain("Record which measures are done");
  await click(button("Add a status column…"));
  expect([previews, adds]).toEqual([[false], []]);
  expect(box.textContent).toContain("will add F");
  await click(box.querySelector('input[type="checkbox"]')!);
  expect(previews).toEqual([false, true]);
  expect(box.textContent).toContain("will add F and G");
  expect(box.textContent).toContain("Also add “Progress notes” beside it");
  await click(button("Add the column"));
  expect(adds).toEqual([true]);
  expect(box.textContent).toContain("added at F");
});

test("a refusal is shown with no way to confirm, and cancel goes back to the offer", async () => {
  const adds: boolean[] = [];
  render(
    async () => ({ ok: false, message: "The sheet “План” is protected: no column was added." }),
    async (n) => {
      adds.push(n);
      return { ok: true, message: "" };
    }
  );
  await click(button("Add a status column…"));
  expect(box.textContent).toContain("is protected: no column was added");
  expect(button("Add the column")).toBeUndefined();
  await click(button("Cancel"));
  expect(button("Add a status column…")).toBeDefined();
  expect(adds).toEqual([]);
});
