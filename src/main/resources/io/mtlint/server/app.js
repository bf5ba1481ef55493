// The editors' page: checks the article with /api/check and applies the fixes it returns. Offsets are UTF-16
// code units, as JavaScript strings count them.
"use strict";

const $ = (id) => document.getElementById(id);
const state = {
  checkedText: null, // the text the findings refer to
  findings: [],
  history: [], // texts before each change made here, for undo
  fileName: null,
  requests: 0,
};

function setStatus(message, problem) {
  const status = $("status");
  status.textContent = message;
  status.classList.toggle("problem", Boolean(problem));
}

function option(select, value, label) {
  const o = document.createElement("option");
  o.value = value;
  o.textContent = label;
  select.appendChild(o);
}

async function loadLanguages() {
  const response = await fetch("api/languages");
  const languages = await response.json();
  const target = $("target");
  for (const l of languages.targets) {
    option(target, l.code, `${l.name} (${l.code})`);
  }
  target.value = languages.defaultTarget;
  const source = $("source");
  option(source, "auto", "Detect from leftovers");
  option(source, "none", "Unknown");
  for (const l of languages.sources) {
    option(source, l.code, `${l.name} (${l.code})`);
  }
  source.value = languages.defaultSource;
}

async function check() {
  const text = $("text").value;
  const request = ++state.requests;
  setStatus("Checking…");
  $("check").disabled = true;
  try {
    const body = new URLSearchParams({
      text,
      language: $("target").value,
      mtlintSource: $("source").value,
      format: $("format").value,
    });
    const response = await fetch("api/check", { method: "POST", body });
    const answer = response.headers.get("content-type")?.startsWith("application/json")
      ? await response.json() : await response.text();
    if (request !== state.requests) {
      return; // a later check is under way
    }
    if (!response.ok) {
      setStatus(typeof answer === "string" ? answer : `Check failed (${response.status})`, true);
      return;
    }
    state.checkedText = text;
    state.findings = answer.findings;
    render();
    const n = answer.findings.length;
    setStatus(n === 0 ? "No findings." : `${n} finding${n === 1 ? "" : "s"}.`);
  } catch (e) {
    if (request === state.requests) {
      setStatus(`Cannot reach the server: ${e.message}`, true);
    }
  } finally {
    if (request === state.requests) {
      $("check").disabled = false;
    }
  }
}

/** Splits the text at every finding boundary and marks each piece with the findings that cover it. */
function render() {
  const view = $("view");
  const list = $("findings");
  view.replaceChildren();
  list.replaceChildren();
  const text = state.checkedText;
  const bounds = new Set([0, text.length]);
  state.findings.forEach((f) => { bounds.add(f.offset); bounds.add(f.offset + f.length); });
  const points = [...bounds].sort((a, b) => a - b);
  for (let i = 0; i < points.length; i++) {
    const at = points[i];
    state.findings.forEach((f, index) => {
      if (f.length === 0 && f.offset === at) {
        view.appendChild(mark("", [index], "insert"));
      }
    });
    if (i + 1 === points.length) {
      break;
    }
    const piece = text.slice(at, points[i + 1]);
    const covering = [];
    state.findings.forEach((f, index) => {
      if (f.length > 0 && f.offset <= at && at < f.offset + f.length) {
        covering.push(index);
      }
    });
    view.appendChild(covering.length ? mark(piece, covering) : document.createTextNode(piece));
  }
  state.findings.forEach((f, index) => list.appendChild(item(f, index)));
  $("apply-safe").disabled = !state.findings.some((f) => f.fixes.some((x) => x.safe));
}

function worstSeverity(indexes) {
  const order = ["error", "warning", "info"];
  return indexes.map((i) => state.findings[i].severity).sort((a, b) => order.indexOf(a) - order.indexOf(b))[0];
}

function mark(piece, indexes, extra) {
  const m = document.createElement("mark");
  m.textContent = piece;
  m.className = [worstSeverity(indexes), extra].filter(Boolean).join(" ");
  m.dataset.findings = indexes.join(" ");
  m.title = indexes.map((i) => state.findings[i].message).join("\n");
  m.addEventListener("click", () => select(indexes[0]));
  return m;
}

function item(f, index) {
  const li = document.createElement("li");
  li.className = f.severity;
  li.id = `finding-${index}`;
  const rule = document.createElement("div");
  rule.className = "rule";
  rule.textContent = `${f.rule} · ${f.category} · ${f.severity}`;
  const message = document.createElement("div");
  message.className = "message";
  message.textContent = f.message;
  li.append(rule, message);
  if (f.text) {
    const excerpt = document.createElement("span");
    excerpt.className = "excerpt";
    excerpt.textContent = f.text;
    li.append(excerpt);
  }
  if (f.fixes.length) {
    const fixes = document.createElement("div");
    fixes.className = "fixes";
    f.fixes.forEach((fix) => {
      const b = document.createElement("button");
      b.type = "button";
      b.className = fix.safe ? "fix safe" : "fix";
      b.textContent = fix.replacement === "" ? "Delete" : `→ ${fix.replacement}`;
      b.title = fix.description + (fix.safe ? " (safe)" : "");
      b.addEventListener("click", () => applyFixes([fix]));
      fixes.appendChild(b);
    });
    li.append(fixes);
  }
  li.addEventListener("mouseenter", () => highlight(index));
  return li;
}

function highlight(index) {
  document.querySelectorAll("mark.current, li.current").forEach((e) => e.classList.remove("current"));
  document.querySelectorAll("mark").forEach((m) => {
    if (m.dataset.findings.split(" ").includes(String(index))) {
      m.classList.add("current");
    }
  });
  $(`finding-${index}`)?.classList.add("current");
}

function select(index) {
  highlight(index);
  $(`finding-${index}`)?.scrollIntoView({ block: "nearest" });
}

/** Applies the fixes' edits to the checked text, the last first so that earlier offsets stay valid. */
function applyFixes(fixes) {
  if ($("text").value !== state.checkedText) {
    setStatus("The text changed since the check: check again before applying fixes.", true);
    return;
  }
  const edits = fixes.flatMap((f) => f.edits).sort((a, b) => b.offset - a.offset);
  let text = state.checkedText;
  for (const e of edits) {
    text = text.slice(0, e.offset) + e.replacement + text.slice(e.offset + e.length);
  }
  change(text);
}

/** One safe fix per finding, skipping any that touches text another chosen fix already edits. */
function applySafeFixes() {
  const chosen = [];
  const taken = [];
  const overlaps = (e) => taken.some((t) => e.offset < t.offset + t.length && t.offset < e.offset + e.length
    || e.offset === t.offset);
  for (const f of state.findings) {
    const fix = f.fixes.find((x) => x.safe && !x.edits.some(overlaps));
    if (fix) {
      chosen.push(fix);
      taken.push(...fix.edits);
    }
  }
  if (chosen.length) {
    applyFixes(chosen);
  }
}

function change(text) {
  state.history.push($("text").value);
  $("undo").disabled = false;
  $("text").value = text;
  check();
}

function undo() {
  if (!state.history.length) {
    return;
  }
  $("text").value = state.history.pop();
  $("undo").disabled = state.history.length === 0;
  check();
}

async function copy() {
  const text = $("text").value;
  try {
    await navigator.clipboard.writeText(text);
  } catch (e) {
    const area = $("text");
    area.select();
    if (!document.execCommand("copy")) {
      setStatus("Copying is not allowed here: select the text and copy it by hand.", true);
      return;
    }
  }
  setStatus("Copied to the clipboard.");
}

function download() {
  const format = $("format").value;
  const types = { markdown: ["article.md", "text/markdown"], html: ["article.html", "text/html"], text: ["article.txt", "text/plain"] };
  const [defaultName, type] = types[format] || types.text;
  const name = state.fileName || defaultName;
  const blob = new Blob([$("text").value], { type: `${type};charset=utf-8` });
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.id = "download-link";
  document.body.appendChild(link);
  link.click();
  setTimeout(() => { URL.revokeObjectURL(link.href); link.remove(); }, 10000);
  setStatus(`Downloaded ${name}.`);
}

function open(event) {
  const file = event.target.files[0];
  if (!file) {
    return;
  }
  const reader = new FileReader();
  reader.onload = () => {
    state.fileName = file.name;
    $("format").value = /\.(md|markdown)$/i.test(file.name) ? "markdown" : /\.x?html?$/i.test(file.name) ? "html" : "text";
    if ($("text").value) {
      state.history.push($("text").value);
      $("undo").disabled = false;
    }
    $("text").value = String(reader.result).replace(/^\uFEFF/, "");
    check();
  };
  reader.onerror = () => setStatus(`Cannot read ${file.name}.`, true);
  reader.readAsText(file, "utf-8");
}

document.addEventListener("DOMContentLoaded", () => {
  $("check").addEventListener("click", check);
  $("apply-safe").addEventListener("click", applySafeFixes);
  $("undo").addEventListener("click", undo);
  $("copy").addEventListener("click", copy);
  $("download").addEventListener("click", download);
  $("file").addEventListener("change", open);
  $("text").addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      check();
    }
  });
  loadLanguages().catch((e) => setStatus(`Cannot load the languages: ${e.message}`, true));
});
