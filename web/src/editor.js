// The code editor of mlsteps's web page: CodeMirror 6 with Python highlighting.
// Built into one file by `npm run build`; app.js calls window.MLStepsEditor.create(...).
import { basicSetup, EditorView } from "codemirror";
import { keymap } from "@codemirror/view";
import { indentWithTab } from "@codemirror/commands";
import { python } from "@codemirror/lang-python";

// nonce: the page's Content-Security-Policy allows CodeMirror's <style> element only with it.
function create(parent, text, handlers, nonce) {
  const run = (name) => () => {
    if (handlers && handlers[name]) handlers[name]();
    return true;
  };
  const view = new EditorView({
    doc: text,
    parent,
    extensions: [
      keymap.of([
        { key: "Mod-Enter", run: run("onCheck"), preventDefault: true },
        { key: "Mod-s", run: run("onSave"), preventDefault: true },
        indentWithTab,
      ]),
      basicSetup,
      python(),
      EditorView.lineWrapping,
      EditorView.cspNonce.of(nonce || ""),
      EditorView.contentAttributes.of({ "aria-label": "Your code" }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged && handlers && handlers.onChange) handlers.onChange();
      }),
    ],
  });
  return {
    getText: () => view.state.doc.toString(),
    setText: (next) => {
      if (next === view.state.doc.toString()) return;
      const head = Math.min(view.state.selection.main.head, next.length);
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: next }, selection: { anchor: head } });
    },
    focus: () => view.focus(),
    goToLine: (number) => {
      const line = view.state.doc.line(Math.max(1, Math.min(number, view.state.doc.lines)));
      view.dispatch({ selection: { anchor: line.from, head: line.to }, scrollIntoView: true });
      view.focus();
    },
  };
}

window.MLStepsEditor = { create };
