// The one way the console puts anything on a page: elements built with createElement, data always
// as text (textContent / text nodes). No markup is ever parsed from a string, so a name such as
// <img src=x onerror=alert(1)> is shown as those characters.

const SAFE_URL = /^(\/|#|\?|https?:\/\/)/i;

function setProp(el, key, value) {
  if (value === null || value === undefined || value === false) return;
  if (key === 'class') el.className = value;
  else if (key === 'text') el.textContent = String(value);
  else if (key === 'value') el.value = String(value);
  else if (key === 'checked') el.checked = Boolean(value);
  else if (key === 'selected') el.selected = Boolean(value);
  else if (key === 'disabled') el.disabled = Boolean(value);
  else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
  else if (key === 'href' || key === 'src' || key === 'action') {
    const url = String(value);
    // never a javascript: or data: address built from data
    el.setAttribute(key, SAFE_URL.test(url) ? url : '#');
  } else el.setAttribute(key, value === true ? '' : String(value));
}

function appendAll(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** h('p', {class: 'x'}, 'text', child…): an element; strings become text nodes. */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) setProp(el, k, v);
  appendAll(el, children);
  return el;
}

/** An SVG element (charts). */
export function svg(tag, attrs, ...children) {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'text') el.textContent = String(v);
    else if (v !== null && v !== undefined) el.setAttribute(k, String(v));
  }
  appendAll(el, children);
  return el;
}

/** Replaces an element's content. */
export function mount(el, ...children) {
  el.replaceChildren();
  appendAll(el, children);
  return el;
}

/** A labelled form field; {id, label, type, value, required, ...input attributes}. */
export function field(label, input, hint) {
  const id = input.id || ('f-' + Math.random().toString(36).slice(2));
  input.id = id;
  return h('div', {class: 'field'}, h('label', {for: id}, label, input.required ? h('span', {class: 'req', 'aria-hidden': 'true'}, ' *') : null),
    input, hint ? h('small', {class: 'hint'}, hint) : null);
}

/** A message box: kind = 'error' | 'ok' | 'info'; problems listed one per line. */
export function notice(kind, message, problems) {
  const box = h('div', {class: 'notice ' + kind, role: kind === 'error' ? 'alert' : 'status'}, h('p', {}, message));
  if (problems && problems.length) {
    box.append(h('ul', {}, problems.map(p => h('li', {}, p.message || p.code))));
  }
  return box;
}

/** Shows an API error in a container. */
export function showError(container, error) {
  mount(container, notice('error', error.message || 'Có lỗi xảy ra.', error.problems));
  container.scrollIntoView({block: 'nearest'});
}
