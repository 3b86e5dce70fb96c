// The code editor of mlsteps's web page: CodeMirror 6 set up as a Python editor for beginners.
// Built into one file by `npm run build`; app.js calls window.MLStepsEditor.create(...) and .show(...).
//
// - Python's indentation: a unit of 4 spaces (every starter uses 4), tabs shown 4 wide, the next line indented
//   after a `:` and kept at the block's level after a statement; Backspace in the indentation removes one unit.
// - Bracket matching and closing, the undo history, search.
// - Completion never takes Enter: Enter always starts a new line (a beginner typing line by line must not get a
//   word they did not type); Tab takes the suggestion while the list is open, and indents otherwise.
// - Errors from a check or a run are marked in the gutter (and underlined) with their message (@codemirror/lint).
// - Colours follow the system's light or dark setting, and change with it.
import {
  EditorView,
  keymap,
  lineNumbers,
  highlightActiveLineGutter,
  highlightSpecialChars,
  drawSelection,
  dropCursor,
  rectangularSelection,
  crosshairCursor,
  highlightActiveLine,
} from "@codemirror/view";
import { EditorState, Compartment, Prec } from "@codemirror/state";
import {
  indentUnit,
  indentOnInput,
  syntaxHighlighting,
  defaultHighlightStyle,
  HighlightStyle,
  bracketMatching,
  foldGutter,
  foldKeymap,
} from "@codemirror/language";
import { history, defaultKeymap, historyKeymap, indentWithTab } from "@codemirror/commands";
import { highlightSelectionMatches, searchKeymap } from "@codemirror/search";
import {
  autocompletion,
  closeBrackets,
  closeBracketsKeymap,
  acceptCompletion,
  closeCompletion,
  startCompletion,
  moveCompletionSelection,
} from "@codemirror/autocomplete";
import { lintGutter, setDiagnostics } from "@codemirror/lint";
import { tags } from "@lezer/highlight";
import { python } from "@codemirror/lang-python";

const INDENT = "    ";

// Dark colours, close to the page's own dark palette (style.css).
const darkHighlight = HighlightStyle.define([
  { tag: tags.keyword, color: "#c792ea" },
  { tag: [tags.name, tags.deleted, tags.character, tags.macroName], color: "#e6e9ef" },
  { tag: [tags.function(tags.variableName), tags.labelName], color: "#82aaff" },
  { tag: [tags.definition(tags.name), tags.separator], color: "#e6e9ef" },
  { tag: [tags.propertyName], color: "#9cdcfe" },
  { tag: [tags.typeName, tags.className, tags.number, tags.changed, tags.annotation, tags.modifier, tags.self, tags.namespace], color: "#f78c6c" },
  { tag: [tags.operator, tags.operatorKeyword, tags.escape, tags.regexp, tags.special(tags.string)], color: "#89ddff" },
  { tag: [tags.meta, tags.comment], color: "#8b95a7", fontStyle: "italic" },
  { tag: [tags.atom, tags.bool, tags.special(tags.variableName)], color: "#ff9cac" },
  { tag: [tags.processingInstruction, tags.string, tags.inserted], color: "#c3e88d" },
  { tag: tags.invalid, color: "#ff6b6b" },
]);
const darkTheme = EditorView.theme(
  {
    "&": { color: "#e6e9ef", backgroundColor: "#161b24" },
    ".cm-content": { caretColor: "#e6e9ef" },
    ".cm-cursor, .cm-dropCursor": { borderLeftColor: "#e6e9ef" },
    "&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection":
      { backgroundColor: "#33415c" },
    ".cm-gutters": { backgroundColor: "#1b212c", color: "#8b95a7", borderRight: "1px solid #2c3442" },
    ".cm-activeLine": { backgroundColor: "#1f2633" },
    ".cm-activeLineGutter": { backgroundColor: "#232b39" },
    ".cm-matchingBracket": { backgroundColor: "#2f4a3a", outline: "1px solid #4c7a5e" },
    ".cm-tooltip": { backgroundColor: "#232b39", color: "#e6e9ef", border: "1px solid #2c3442" },
    ".cm-tooltip-autocomplete > ul > li[aria-selected]": { backgroundColor: "#33415c", color: "#fff" },
    ".cm-panels": { backgroundColor: "#1b212c", color: "#e6e9ef" },
  },
  { dark: true },
);
const lightLook = [syntaxHighlighting(defaultHighlightStyle, { fallback: true })];
const darkLook = [darkTheme, syntaxHighlighting(darkHighlight)];

function darkWanted() {
  return Boolean(window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches);
}

// The look follows the system's setting, now and when it changes.
function followColourScheme(view, compartment) {
  if (!window.matchMedia) return;
  const query = window.matchMedia("(prefers-color-scheme: dark)");
  const change = () => view.dispatch({ effects: compartment.reconfigure(query.matches ? darkLook : lightLook) });
  if (query.addEventListener) query.addEventListener("change", change);
}

function pythonBasics() {
  return [
    python(),
    indentUnit.of(INDENT),
    EditorState.tabSize.of(4),
    indentOnInput(),
    bracketMatching(),
    EditorView.lineWrapping,
  ];
}

// Completion: offered as one types, taken with Tab (or a click), never with Enter.
const completionKeys = Prec.highest(
  keymap.of([
    { key: "Ctrl-Space", run: startCompletion },
    { key: "Escape", run: closeCompletion },
    { key: "ArrowDown", run: moveCompletionSelection(true) },
    { key: "ArrowUp", run: moveCompletionSelection(false) },
    { key: "PageDown", run: moveCompletionSelection(true, "page") },
    { key: "PageUp", run: moveCompletionSelection(false, "page") },
    { key: "Tab", run: acceptCompletion },
    // Enter closes the list and goes on to the next binding: a new line, indented.
    { key: "Enter", run: (view) => (closeCompletion(view), false) },
  ]),
);

// nonce: the page's Content-Security-Policy allows CodeMirror's <style> element only with it.
function create(parent, text, handlers, nonce) {
  const call = (name) => () => {
    if (handlers && handlers[name]) handlers[name]();
    return true;
  };
  const look = new Compartment();
  const view = new EditorView({
    doc: text,
    parent,
    extensions: [
      keymap.of([
        { key: "Mod-Enter", run: call("onCheck"), preventDefault: true },
        { key: "Shift-Mod-Enter", run: call("onRun"), preventDefault: true },
        { key: "Mod-s", run: call("onSave"), preventDefault: true },
      ]),
      completionKeys,
      lineNumbers(),
      lintGutter(),
      highlightActiveLineGutter(),
      highlightSpecialChars(),
      history(),
      foldGutter(),
      drawSelection(),
      dropCursor(),
      EditorState.allowMultipleSelections.of(true),
      pythonBasics(),
      look.of(darkWanted() ? darkLook : lightLook),
      closeBrackets(),
      autocompletion({ defaultKeymap: false }),
      rectangularSelection(),
      crosshairCursor(),
      highlightActiveLine(),
      highlightSelectionMatches(),
      keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...searchKeymap, ...historyKeymap, ...foldKeymap, indentWithTab]),
      EditorView.cspNonce.of(nonce || ""),
      EditorView.contentAttributes.of({ "aria-label": "Your code" }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged && handlers && handlers.onChange) handlers.onChange();
      }),
    ],
  });
  followColourScheme(view, look);
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
    // marks: [{line, message}] (1-based lines): each line marked in the gutter and underlined, with its message.
    markErrors: (marks) => {
      const doc = view.state.doc;
      const diagnostics = [];
      for (const mark of marks || []) {
        const number = Number(mark.line);
        if (!(number >= 1 && number <= doc.lines)) continue;
        const line = doc.line(number);
        const start = line.from + (line.text.length - line.text.trimStart().length);
        diagnostics.push({ from: start, to: Math.max(line.to, start), severity: "error", message: String(mark.message) });
      }
      view.dispatch(setDiagnostics(view.state, diagnostics));
    },
    clearErrors: () => view.dispatch(setDiagnostics(view.state, [])),
  };
}

// A read-only view of code (the reference solution): highlighted as in the editor, wrapped, never cut off.
function show(parent, text, nonce) {
  const look = new Compartment();
  const view = new EditorView({
    doc: text,
    parent,
    extensions: [
      lineNumbers(),
      pythonBasics(),
      look.of(darkWanted() ? darkLook : lightLook),
      EditorState.readOnly.of(true),
      EditorView.editable.of(false),
      EditorView.cspNonce.of(nonce || ""),
      EditorView.contentAttributes.of({ "aria-label": "The reference solution" }),
    ],
  });
  followColourScheme(view, look);
  return { setText: (next) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: next } }) };
}

window.MLStepsEditor = { create, show };
