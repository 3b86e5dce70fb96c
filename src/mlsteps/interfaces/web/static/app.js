// mlsteps's page: the buttons, the editor, the verdict, live reload. Hand-written, no framework.
// Everything that came from the learner, an exercise or a resource is put on the page with textContent, never as HTML.
"use strict";

(function () {
  const token = document.querySelector('meta[name="mlsteps-token"]').content;

  // ------------------------------------------------------------------------------------------- helpers

  async function post(url, body) {
    const response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-MLSteps-Token": token },
      body: JSON.stringify(body || {}),
      credentials: "same-origin",
    });
    let data = null;
    try {
      data = await response.json();
    } catch (_) {
      data = null;
    }
    if (!response.ok) {
      // Our own errors say what to do ({error}); FastAPI's validation says what it could not read ({detail: [...]}).
      const detail = data && Array.isArray(data.detail) && data.detail[0] ? "That could not be read: " + data.detail[0].msg : null;
      const message = data && (data.error || detail);
      throw new Error(message || "The server answered " + response.status + ".");
    }
    return data;
  }

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attributes || {})) {
      if (key === "class") node.className = value;
      else node.setAttribute(key, value);
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return node;
  }

  // Text with `code` in backticks (hints, advice, messages): the code parts become <code>, all of it as text.
  function withCode(text) {
    const fragment = document.createDocumentFragment();
    String(text)
      .split("`")
      .forEach((part, index) => {
        if (!part) return;
        fragment.append(index % 2 ? el("code", {}, part) : document.createTextNode(part));
      });
    return fragment;
  }

  function say(text, bad) {
    const notice = document.getElementById("notice");
    if (!notice) {
      if (bad) window.alert(text);
      return;
    }
    notice.replaceChildren(withCode(text));
    notice.classList.toggle("bad", Boolean(bad));
    notice.hidden = false;
    notice.scrollIntoView({ block: "nearest" });
  }

  function busy(button, on) {
    if (button) button.disabled = on;
  }

  // ------------------------------------------------------------------------------------------ exercise

  const VERDICT_LABEL = {
    passed: "✓ passed",
    failed: "✗ failed",
    error: "✗ error",
    timeout: "⏱ timeout",
    memory: "✗ memory",
    output: "✗ output",
    crashed: "✗ crashed",
  };
  const FAILING_CASES_SHOWN = 3;

  // A message's lines as the server shaped them: data as it is, advice (each given once) with its `code` rendered.
  function drawLines(lines, fallback) {
    if (!lines) return document.createTextNode(fallback);
    const fragment = document.createDocumentFragment();
    lines.forEach((line, index) => {
      if (index) fragment.append("\n");
      fragment.append(line.code ? el("span", { class: line.advice ? "advice" : "prose" }, withCode(line.text)) : line.text);
    });
    return fragment;
  }

  function renderVerdict(target, verdict, editor, fileName) {
    target.replaceChildren();
    const head = el(
      "div",
      { class: "verdict-head" },
      el("span", { class: "verdict-label " + verdict.verdict, id: "verdict-label" }, VERDICT_LABEL[verdict.verdict] || verdict.verdict),
      el("span", { class: "muted small" }, verdict.cases_passed + "/" + verdict.cases_total + " cases · " + Math.round(verdict.duration_ms) + " ms"),
    );
    target.append(head, el("p", { class: "summary" }, withCode(verdict.summary)));
    if (verdict.problem) target.append(el("pre", { class: "problem" }, drawLines(verdict.problem_lines, verdict.problem)));
    if (verdict.not_saved) target.append(el("p", { class: "problem" }, verdict.not_saved));

    const strip = el("ul", { class: "case-strip", "aria-label": "Every case" });
    for (const result of verdict.cases) {
      const skipped = !result.passed && result.message.includes("not run:");
      const mark = result.passed ? "✓" : skipped ? "·" : "✗";
      const item = el("li", { class: result.passed ? "ok" : skipped ? "skipped" : "bad", title: result.label || result.call }, mark + " " + result.id);
      strip.append(item);
    }
    if (verdict.cases.length) target.append(strip);

    const failing = verdict.cases.filter((result) => !result.passed);
    const shown = failing.filter((result) => !result.message.includes("not run:")).slice(0, FAILING_CASES_SHOWN);
    for (const result of shown) {
      const title = "case " + result.id + (result.label ? " · " + result.label : "");
      const box = el("section", { class: "case" }, el("h3", {}, title), el("pre", {}, drawLines(result.lines, result.message)));
      const frames = (result.error && result.error.frames) || [];
      const own = frames.filter((frame) => !fileName || String(frame.file).endsWith("/" + fileName) || frame.file === fileName);
      if (own.length && editor && editor.goToLine) {
        const lines = el("div", { class: "lines" });
        for (const frame of own) {
          const button = el("button", { type: "button" }, "Go to line " + frame.line);
          button.addEventListener("click", () => editor.goToLine(Number(frame.line)));
          lines.append(button);
        }
        box.append(lines);
      }
      target.append(box);
    }
    if (failing.length > shown.length) {
      target.append(el("p", { class: "muted small" }, "... and " + (failing.length - shown.length) + (failing.length - shown.length === 1 ? " more case" : " more cases") + " not passed."));
    }
    const nextStep = verdict.passed ? "Well done." : verdict.next_step;
    target.append(el("p", { class: "next-step" + (verdict.passed ? " passed" : "") }, withCode(nextStep)));
    if (verdict.passed && verdict.next_exercise) {
      target.append(el("p", {}, el("a", { class: "button primary", href: verdict.next_exercise.url, id: "go-next" }, "Next: " + verdict.next_exercise.title + " →")));
    }
  }

  const TRIAL_LABEL = {
    returned: "▶ Ran",
    raised: "✗ It raised an error",
    error: "✗ It could not run",
    timeout: "⏱ Stopped: too long",
    memory: "✗ Stopped: too much memory",
    output: "✗ Stopped: too much printed",
    crashed: "✗ It stopped",
  };

  // What a run did: the call, what it printed, what it returned (or what went wrong), as text.
  function renderTrial(target, trial) {
    target.replaceChildren();
    const what = trial.ran === "cell" ? "Your lines, with " + trial.call : trial.call;
    target.append(
      el(
        "div",
        { class: "trial-head" },
        el("span", { class: "trial-label " + trial.outcome, id: "trial-label" }, TRIAL_LABEL[trial.outcome] || trial.outcome),
        el("code", { class: "trial-call" }, what),
        el("span", { class: "muted small" }, Math.round(trial.duration_ms) + " ms · not checked, not recorded"),
      ),
    );
    const printed = el("pre", { class: "printed", id: "trial-printed" }, trial.printed || "");
    target.append(el("h3", {}, "It printed"), trial.printed ? printed : el("p", { class: "muted small" }, "Nothing."));
    if (trial.outcome === "returned") {
      target.append(el("h3", {}, trial.ran === "cell" ? "The last line's value" : "It returned"), el("pre", { class: "returned", id: "trial-returned" }, trial.returned));
    } else if (trial.message) {
      target.append(el("pre", { class: "problem", id: "trial-problem" }, trial.message));
    }
    target.hidden = false;
    target.scrollIntoView({ block: "nearest" });
  }

  function textareaEditor(textarea, handlers) {
    textarea.addEventListener("keydown", (event) => {
      const mod = event.ctrlKey || event.metaKey;
      if (mod && event.shiftKey && event.key === "Enter" && handlers.onRun) {
        event.preventDefault();
        handlers.onRun();
      } else if (mod && event.key === "Enter") {
        event.preventDefault();
        handlers.onCheck();
      } else if (mod && (event.key === "s" || event.key === "S")) {
        event.preventDefault();
        handlers.onSave();
      }
    });
    textarea.addEventListener("input", handlers.onChange);
    return {
      getText: () => textarea.value,
      setText: (text) => {
        textarea.value = text;
      },
      focus: () => textarea.focus(),
      goToLine: (line) => {
        const lines = textarea.value.split("\n");
        const start = lines.slice(0, line - 1).join("\n").length + (line > 1 ? 1 : 0);
        textarea.focus();
        textarea.setSelectionRange(start, start + (lines[line - 1] || "").length);
      },
    };
  }

  // The question the page asks when the file changed on disk while the editor holds unsaved edits: keep mine (the
  // next save writes them), load from disk, or show both (the disk's text beside the editor) before choosing.
  function conflictPanel(editor, onDisk) {
    const panel = document.getElementById("conflict");
    const both = document.getElementById("conflict-both");
    const diskCode = document.getElementById("conflict-disk");
    let disk = null;
    function close() {
      panel.hidden = true;
      both.hidden = true;
      disk = null;
    }
    document.getElementById("keep-mine").addEventListener("click", () => {
      onDisk(disk); // the disk holds their text now; the editor keeps the learner's, unsaved
      close();
      editor.focus();
    });
    document.getElementById("load-disk").addEventListener("click", () => {
      const text = disk;
      close();
      editor.setText(text);
      onDisk(text);
      editor.focus();
    });
    document.getElementById("show-both").addEventListener("click", () => {
      both.hidden = false;
      both.scrollIntoView({ block: "nearest" });
    });
    return {
      open: (text) => {
        disk = text;
        diskCode.textContent = text;
        panel.hidden = false;
        panel.scrollIntoView({ block: "nearest" });
      },
      close: () => {
        if (!panel.hidden) close();
      },
    };
  }

  // The line under the buttons while a check or a run goes on: what, for how long, and a Cancel.
  function runningLine(base) {
    const line = document.getElementById("running");
    const what = document.getElementById("running-what");
    const clock = document.getElementById("running-time");
    const cancelButton = document.getElementById("cancel");
    let job = null;
    let started = 0;
    let timer = null;
    let disabled = [];
    function tick() {
      clock.textContent = ((Date.now() - started) / 1000).toFixed(1) + " s";
    }
    cancelButton.addEventListener("click", async () => {
      if (!job) return;
      cancelButton.disabled = true;
      what.textContent = "Stopping";
      try {
        await post(base + "/cancel", { job });
      } catch (error) {
        say(error.message, true);
      }
    });
    return {
      busy: () => job !== null,
      start: (label, buttons) => {
        job = Math.random().toString(36).slice(2) + Date.now().toString(36);
        started = Date.now();
        what.textContent = label;
        tick();
        timer = window.setInterval(tick, 100);
        disabled = buttons;
        for (const button of buttons) button.disabled = true;
        cancelButton.disabled = false;
        line.hidden = false;
        return job;
      },
      stop: () => {
        window.clearInterval(timer);
        for (const button of disabled) button.disabled = false;
        line.hidden = true;
        job = null;
      },
    };
  }

  function exercisePage(main) {
    const id = main.dataset.exercise;
    const base = "/api/exercise/" + id;
    const textarea = document.getElementById("code");
    const holder = document.getElementById("editor");
    const saveState = document.getElementById("save-state");
    const verdictBox = document.getElementById("verdict");
    const statusChip = document.getElementById("status");
    const fileName = document.getElementById("file-path").textContent.split("/").pop();
    // lastSaved: the file's text on disk as this page last knew it. ours: the texts this page sent to be written, so
    // that the page knows its own saves, coming back from the disk, from anyone else's change.
    let lastSaved = textarea.value;
    const ours = [];
    let editor;

    function remember(code) {
      ours.push(code);
      if (ours.length > 20) ours.shift();
    }

    function showDirty() {
      const dirty = editor.getText() !== lastSaved;
      saveState.textContent = dirty ? "● not saved" : "saved";
    }

    const handlers = { onCheck: () => check(), onSave: () => save(), onChange: () => showDirty() };
    window.mlstepsEditorText = () => editor.getText(); // what the editor holds (the browser tests read it)
    if (window.MLStepsEditor) {
      textarea.hidden = true;
      const nonce = document.querySelector('meta[name="mlsteps-style-nonce"]').content;
      editor = window.MLStepsEditor.create(holder, textarea.value, handlers, nonce);
    } else {
      holder.hidden = true;
      editor = textareaEditor(textarea, handlers);
    }

    async function save() {
      const code = editor.getText();
      remember(code);
      try {
        const result = await post(base + "/save", { code });
        lastSaved = code;
        conflict.close();
        saveState.textContent = "saved to " + result.path;
      } catch (error) {
        say(error.message, true);
      }
    }

    // A check or a run in progress: its elapsed time, and a Cancel that stops its worker. The editor stays
    // editable meanwhile, and the rest of the page (and every other page) keeps answering.
    const running = runningLine(base);

    const checkButton = document.getElementById("check");
    async function check() {
      if (running.busy()) return;
      const code = editor.getText();
      remember(code);
      const job = running.start("Checking", [checkButton]);
      try {
        const verdict = await post(base + "/check", { code, job });
        lastSaved = code;
        conflict.close();
        showDirty();
        if (verdict.cancelled) {
          say(verdict.summary);
          return;
        }
        renderVerdict(verdictBox, verdict, editor, fileName);
        if (editor.markErrors) editor.markErrors(verdict.marks || []);
        statusChip.textContent = verdict.passed ? "passed" : statusChip.textContent === "passed" ? "passed" : "attempted";
        statusChip.className = "chip status-" + statusChip.textContent;
        document.getElementById("notice").hidden = true;
      } catch (error) {
        say(error.message, true);
      } finally {
        running.stop();
      }
    }

    // Run: the learner's function on the example, or the lines of the scratch cell after their file, in the same
    // sandbox as a check; what it printed and returned. Nothing is checked or recorded.
    const runButton = document.getElementById("run");
    const cellButton = document.getElementById("run-cell");
    const outputBox = document.getElementById("output");
    let cell = null;
    async function runIt(withCell) {
      if (running.busy()) return;
      const code = editor.getText();
      remember(code);
      const body = { code };
      if (withCell) body.cell = cell.getText();
      body.job = running.start(withCell ? "Running your lines" : "Running", [runButton, checkButton, cellButton]);
      try {
        const trial = await post(base + "/run", body);
        lastSaved = code;
        conflict.close();
        showDirty();
        if (trial.cancelled) {
          say(trial.summary);
          return;
        }
        renderTrial(outputBox, trial);
        if (editor.markErrors) editor.markErrors(trial.marks || []);
        if (cell && cell.markErrors) cell.markErrors(trial.cell_marks || []);
        document.getElementById("notice").hidden = true;
      } catch (error) {
        say(error.message, true);
      } finally {
        running.stop();
      }
    }
    runButton.addEventListener("click", () => runIt(false));
    handlers.onRun = () => runIt(false);

    const scratch = document.getElementById("scratch");
    const cellKey = "mlsteps-cell-" + id;
    const cellHandlers = { onCheck: () => runIt(true), onRun: () => runIt(true), onSave: () => save(), onChange: () => {
      try {
        window.localStorage.setItem(cellKey, cell.getText());
      } catch (_) {
        /* private browsing: the cell is simply not kept */
      }
    } };
    let stored = "";
    try {
      stored = window.localStorage.getItem(cellKey) || "";
    } catch (_) {
      stored = "";
    }
    const cellArea = document.getElementById("cell-code");
    cellArea.value = stored;
    if (window.MLStepsEditor) {
      cellArea.hidden = true;
      const nonce = document.querySelector('meta[name="mlsteps-style-nonce"]').content;
      cell = window.MLStepsEditor.create(document.getElementById("cell-editor"), stored, cellHandlers, nonce);
    } else {
      document.getElementById("cell-editor").hidden = true;
      cell = textareaEditor(cellArea, cellHandlers);
    }
    cellButton.addEventListener("click", () => runIt(true));
    let named = false;
    scratch.addEventListener("toggle", async () => {
      if (!scratch.open || named) return;
      named = true;
      try {
        const response = await fetch(base + "/example", { credentials: "same-origin" });
        const given = await response.json();
        const names = document.getElementById("scratch-names");
        if (given.values) {
          names.textContent = "Your file runs first: the names it sets are there to use. The value of the last line is shown, as in a notebook. Nothing is checked or recorded.";
          return;
        }
        if (!given.names || !given.names.length) return;
        const parts = [document.createTextNode("Here ")];
        given.names.forEach((item, index) => {
          if (index) parts.push(document.createTextNode(index === given.names.length - 1 ? " and " : ", "));
          parts.push(el("code", {}, item.name + " = " + item.value));
        });
        parts.push(document.createTextNode(" (the example), and your file's functions are there to call. The value of the last line is shown, as in a notebook. Nothing is checked or recorded."));
        names.replaceChildren(...parts);
      } catch (_) {
        named = false;
      }
      cell.focus();
    });

    // Hints come under the buttons, one at a time, each brought into view as it comes.
    const hintsBox = document.getElementById("hints-box");
    const hintsList = document.getElementById("hints");
    async function hint() {
      try {
        const given = await post(base + "/hint");
        let item = hintsList.children[given.number - 1];
        if (!item) {
          item = el("li", {}, withCode(given.hint));
          hintsList.append(item);
        }
        document.getElementById("hints-count").textContent = given.number + " of " + given.total;
        hintsBox.hidden = false;
        item.classList.remove("fresh");
        void item.offsetWidth; // start the highlight again for a hint shown again
        item.classList.add("fresh");
        item.scrollIntoView({ behavior: "smooth", block: "nearest" });
        if (given.not_saved) say(given.not_saved, true);
        else if (given.number >= given.total) say("That is the last hint. The Solution button shows the reference answer.");
      } catch (error) {
        say(error.message, true);
      }
    }

    // The solution: asked twice (the first press says it is kept in the journey), shown highlighted in a panel
    // under the buttons, closed with its Close button.
    const solutionButton = document.getElementById("show-solution");
    const solutionBox = document.getElementById("solution");
    let warned = false;
    let solutionView = null;
    async function solution() {
      if (!warned) {
        warned = true;
        solutionButton.textContent = "Show it anyway";
        say("Seeing the solution is kept in your journey. Have you tried the hints? Press the button again to see it.");
        return;
      }
      try {
        const shown = await post(base + "/solution");
        const holder = document.getElementById("solution-view");
        if (window.MLStepsEditor && window.MLStepsEditor.show) {
          if (solutionView) solutionView.setText(shown.code);
          else {
            const nonce = document.querySelector('meta[name="mlsteps-style-nonce"]').content;
            solutionView = window.MLStepsEditor.show(holder, shown.code, nonce);
          }
        } else {
          holder.hidden = true;
          document.getElementById("solution-code").textContent = shown.code;
          solutionBox.querySelector(".solution-fallback").hidden = false;
        }
        solutionBox.hidden = false;
        solutionBox.scrollIntoView({ behavior: "smooth", block: "nearest" });
        solutionButton.textContent = "Solution";
        if (shown.not_saved) say(shown.not_saved, true);
        else document.getElementById("notice").hidden = true;
      } catch (error) {
        say(error.message, true);
      }
    }
    document.getElementById("close-solution").addEventListener("click", () => {
      solutionBox.hidden = true;
      solutionButton.focus();
    });

    checkButton.addEventListener("click", check);
    document.getElementById("save").addEventListener("click", save);
    document.getElementById("hint").addEventListener("click", hint);
    solutionButton.addEventListener("click", solution);
    window.addEventListener("beforeunload", (event) => {
      if (editor.getText() !== lastSaved) event.preventDefault();
    });

    // Live reload. The file changed on disk: this page's own save coming back (nothing to do), or a change from
    // elsewhere (the learner's own editor, another tab). With no unsaved edits here, the editor shows the new text;
    // with some, the page asks, and nothing typed here is ever replaced without the learner's word.
    const conflict = conflictPanel(editor, (text) => {
      lastSaved = text;
      showDirty();
    });
    function changedOnDisk(text) {
      if (text === lastSaved) return;
      if (ours.includes(text)) {
        lastSaved = text;
        showDirty();
        return;
      }
      if (editor.getText() === lastSaved) {
        lastSaved = text;
        editor.setText(text);
        showDirty();
        say("Your file changed on disk; the editor now shows it.");
        return;
      }
      conflict.open(text);
    }
    if (window.EventSource) {
      const source = new EventSource("/api/events?exercise=" + encodeURIComponent(id));
      source.addEventListener("changed", (message) => changedOnDisk(JSON.parse(message.data).text));
      source.addEventListener("open", () => {
        main.dataset.live = "yes";
      });
      window.addEventListener("pagehide", () => source.close());
    }
    main.dataset.ready = "yes";
  }

  // ----------------------------------------------------------------------------------- other pages

  function reloadAfter(promise, button) {
    busy(button, true);
    promise.then(() => window.location.reload()).catch((error) => {
      busy(button, false);
      say(error.message, true);
    });
  }

  function resourcesPage() {
    for (const card of document.querySelectorAll(".resource")) {
      const key = card.dataset.key;
      for (const button of card.querySelectorAll("[data-mark]")) {
        button.addEventListener("click", () => reloadAfter(post("/api/resources/" + key + "/mark", { status: button.dataset.mark }), button));
      }
      for (const button of card.querySelectorAll("[data-rate]")) {
        button.addEventListener("click", () => reloadAfter(post("/api/resources/" + key + "/rate", { rating: Number(button.dataset.rate) }), button));
      }
    }
  }

  function tidbitsPage() {
    const form = document.getElementById("tidbit-form");
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const data = new FormData(form);
      const body = {
        text: data.get("text"),
        cue: data.get("cue") || "",
        tags: data.get("tags") || "",
        source: data.get("source") || "",
        step: data.get("step") ? Number(data.get("step")) : null,
      };
      reloadAfter(post("/api/tidbits", body), form.querySelector("button"));
    });
    const flash = document.querySelector("[data-tidbit]");
    if (!flash) return;
    const reveal = document.getElementById("reveal");
    if (reveal) {
      reveal.addEventListener("click", () => {
        flash.querySelector(".answer").hidden = false;
        flash.querySelector(".ratings").hidden = false;
        reveal.hidden = true;
      });
    }
    for (const button of flash.querySelectorAll("[data-answer]")) {
      button.addEventListener("click", () =>
        reloadAfter(post("/api/tidbits/" + flash.dataset.tidbit + "/review", { answer: button.dataset.answer }), button),
      );
    }
  }

  function progressPage() {
    const replan = document.getElementById("replan");
    if (replan) replan.addEventListener("click", () => reloadAfter(post("/api/plan/replan"), replan));
    const form = document.getElementById("plan-form");
    if (!form) return;
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const hours = Number(new FormData(form).get("hours_per_week"));
      reloadAfter(post("/api/plan", { hours_per_week: hours }), form.querySelector("button"));
    });
  }

  function start() {
    const main = document.getElementById("main");
    if (main.dataset.exercise) exercisePage(main);
    if (document.querySelector(".resource")) resourcesPage();
    if (document.getElementById("tidbit-form")) tidbitsPage();
    if (document.getElementById("plan")) progressPage();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
