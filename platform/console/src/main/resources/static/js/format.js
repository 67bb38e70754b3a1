// Vietnamese formats: 17:30 30/11/2026, 10.000 đ. The server's date-times are local to
// Asia/Ho_Chi_Minh without an offset; they are read as such, whatever the browser's own zone.

const pad = n => String(n).padStart(2, '0');
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/;

export function dateTime(iso) {
  const m = ISO.exec(iso || '');
  if (!m) return '—';
  return (m[4] ? m[4] + ':' + m[5] + ' ' : '') + m[3] + '/' + m[2] + '/' + m[1];
}

export function date(iso) {
  const m = ISO.exec(iso || '');
  return m ? m[3] + '/' + m[2] + '/' + m[1] : '—';
}

export function money(amount) {
  return number(Math.round(Number(amount) || 0)) + ' đ';
}

export function number(n) {
  return String(n ?? 0).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

export function percent(x) {
  return x === null || x === undefined ? '—' : (Math.round(x * 100) / 100).toString().replace('.', ',') + ' %';
}

/** Now in Vietnam as YYYY-MM-DDTHH:MM:SS. */
export function nowVn() {
  return new Date().toLocaleString('sv-SE', {timeZone: 'Asia/Ho_Chi_Minh'}).replace(' ', 'T');
}

/** Today in Vietnam as YYYY-MM-DD. */
export function isoDay() {
  return nowVn().slice(0, 10);
}

const FINISHED = new Set(['RESULT_READY', 'RETURNED', 'REFUSED', 'WITHDRAWN']);
const NEAR_MS = 4 * 3600 * 1000;
const ms = local => Date.parse(local.slice(0, 19) + 'Z');

/** 'overdue' past the due instant, 'near-due' within four hours of it, else '' (open dossiers only). */
export function dueClass(dueAt, status, now = nowVn()) {
  if (!dueAt || FINISHED.has(status)) return '';
  const left = ms(dueAt) - ms(now);
  if (left < 0) return 'overdue';
  if (left <= NEAR_MS) return 'near-due';
  return 'on-time';
}

export const DUE_LABELS = {'overdue': 'Quá hạn', 'near-due': 'Sắp đến hạn', 'on-time': 'Trong hạn', '': ''};
