// Work lists: the dossiers waiting for this official's role, with the due instant coloured when near
// or past.
import {h, mount, notice, showError} from './dom.js';
import {get, query, enc, agencyNames} from './api.js';
import {dateTime, dueClass, DUE_LABELS} from './format.js';

const TABS = [
  // the official's own queue: dossiers whose current step waits for them (myTurn, asked of the server)
  // (in process at their agency, or transferred to it by another: no status filter here)
  {key: 'DEN_LUOT_TOI', status: '', myTurn: true, label: 'Đến lượt tôi', roles: ['SPECIALIST', 'LEADER']},
  {status: 'SUBMITTED', label: 'Nộp trực tuyến chờ tiếp nhận', roles: ['RECEPTION_CLERK']},
  {status: 'RECEIVED', label: 'Đã tiếp nhận, chờ chuyển xử lý', roles: ['RECEPTION_CLERK', 'LEADER']},
  {status: 'IN_PROCESS', label: 'Đang xử lý', roles: ['SPECIALIST', 'LEADER', 'RECEPTION_CLERK']},
  {status: 'SUPPLEMENT_REQUESTED', label: 'Chờ bổ sung', roles: ['RECEPTION_CLERK', 'SPECIALIST']},
  {status: 'FEE_REQUESTED', label: 'Chờ nộp phí', roles: ['RECEPTION_CLERK']},
  {status: 'STOPPED', label: 'Tạm dừng', roles: ['LEADER']},
  {status: 'TRANSFERRED', label: 'Liên thông', roles: ['SPECIALIST', 'LEADER']},
  {status: 'RESULT_READY', label: 'Có kết quả, chờ trả', roles: ['RECEPTION_CLERK']},
  {status: '', label: 'Tất cả hồ sơ', roles: null},
];

export async function render(app, ctx) {
  document.title = 'Hồ sơ cần xử lý – Một cửa điện tử';
  // administrators see every state's tab, but a queue of their own only if a step waits for one of their roles
  const tabs = TABS.filter(t => !t.roles || t.roles.some(r => ctx.has(r))
    || (!t.myTurn && (ctx.has('PROVINCE_ADMIN') || ctx.has('AGENCY_ADMIN'))));
  const params = new URLSearchParams(location.hash.split('?')[1] || '');
  const key = t => t.key || t.status;
  const current = tabs.find(t => key(t) === (params.get('trang-thai') ?? key(tabs[0]))) || tabs[0];
  const page = Math.max(0, parseInt(params.get('trang') || '0', 10) || 0);
  const lookup = h('input', {id: 'open-code', placeholder: 'Mã hồ sơ, ví dụ 000.10.01.H07-261130-0001', autocomplete: 'off'});
  const body = h('div', {id: 'worklist'}, h('p', {class: 'loading'}, 'Đang tải…'));
  mount(app, h('h1', {}, 'Hồ sơ cần xử lý'),
    h('nav', {class: 'tabs', 'aria-label': 'Trạng thái'}, tabs.map(t => h('a', {
      href: '#/ho-so?trang-thai=' + key(t), class: t === current ? 'active' : '', id: 'tab-' + (key(t) || 'ALL')}, t.label))),
    h('form', {class: 'inline', onsubmit: e => {
      e.preventDefault();
      if (lookup.value.trim()) ctx.navigate('#/ho-so/' + enc(lookup.value.trim()));
    }}, lookup, h('button', {type: 'submit'}, 'Mở hồ sơ')),
    body);
  try {
    const result = await get('/dossiers' + query({status: current.status, myTurn: current.myTurn, page, size: 50}));
    if (!result.items.length) {
      mount(body, notice('info', current.myTurn ? 'Không có hồ sơ nào đang chờ bạn xử lý.'
        : 'Không có hồ sơ nào ở mục này.'));
      return;
    }
    // liên thông: the agency that has a transferred dossier, and, at that agency, its deadline to send it back
    const names = result.items.some(d => d.transferAgency) ? await agencyNames() : {};
    mount(body, h('table', {class: 'list'},
      h('thead', {}, h('tr', {}, ['Mã hồ sơ', 'Thủ tục', 'Người nộp', 'Trạng thái', 'Bước, người xử lý', 'Nộp lúc', 'Hạn trả', '']
        .map(t => h('th', {}, t)))),
      h('tbody', {}, result.items.map(d => {
        const transferredIn = Boolean(d.transferAgency) && d.transferAgency === ctx.user.agencyCode
          && d.agencyCode !== ctx.user.agencyCode;
        const dueAt = transferredIn && d.transferDueAt ? d.transferDueAt : d.dueAt;
        const due = dueClass(dueAt, d.status);
        const mine = myTurn(d, ctx);
        // waiting for the applicant: before acceptance (no due date yet) the reception's guidance
        const paused = d.status === 'SUPPLEMENT_REQUESTED' ? (d.dueAt ? 'Chờ người nộp bổ sung'
          : 'Chờ người nộp bổ sung (chưa tiếp nhận)') : '';
        const where = !d.transferAgency ? (d.stepName ? d.stepName + (d.assignee ? ' (' + d.assignee + ')' : '') : paused)
          : transferredIn ? 'Liên thông từ ' + (names[d.agencyCode] || d.agencyCode)
          : 'Liên thông đến ' + (names[d.transferAgency] || d.transferAgency)
            + (d.transferDueAt ? ' (hạn ' + dateTime(d.transferDueAt) + ')' : '');
        return h('tr', {class: [due, mine ? 'my-turn' : ''].filter(c => c).join(' '), 'data-code': d.code},
          h('td', {}, h('a', {href: '#/ho-so/' + enc(d.code), class: 'code'}, d.code)),
          h('td', {}, d.procedureName), h('td', {}, d.applicantName), h('td', {}, d.statusLabel,
            // the applicant sent what the guidance asked: to check again, not a new submission
            d.backFromSupplement ? h('span', {class: 'badge supplemented'}, 'Đã bổ sung') : null),
          h('td', {class: 'step'}, where, mine ? h('span', {class: 'badge mine'}, 'Đến lượt bạn') : ''),
          h('td', {}, dateTime(d.submittedAt)),
          h('td', {class: 'due', title: transferredIn ? 'Hạn trả lại hồ sơ liên thông' : null},
            dateTime(dueAt), transferredIn ? h('span', {class: 'muted'}, ' (trả lại)') : null),
          h('td', {}, due ? h('span', {class: 'badge ' + due}, DUE_LABELS[due]) : ''));
      }))),
    h('p', {class: 'muted'}, 'Tổng số: ' + result.total + ' hồ sơ.'),
    pager(current, page, result));
  } catch (e) {
    showError(body, e);
  }
}

/** Whether the dossier waits for this official: its step is for one of their roles, and a specialist's step for the one it was handed to. */
function myTurn(d, ctx) {
  // liên thông: another agency's dossier transferred to this one waits for its specialists and leaders
  if (d.status === 'TRANSFERRED') return d.agencyCode !== ctx.user.agencyCode && (ctx.has('SPECIALIST') || ctx.has('LEADER'));
  if (!d.stepRole || !ctx.has(d.stepRole)) return false;
  return d.stepRole !== 'SPECIALIST' || !d.assignee || d.assignee === ctx.user.userName;
}

function pager(tab, page, result) {
  const pages = Math.ceil(result.total / result.size);
  if (pages <= 1) return null;
  const link = (p, label) => h('a', {href: '#/ho-so?trang-thai=' + (tab.key || tab.status) + '&trang=' + p}, label);
  return h('p', {class: 'pager'}, page > 0 ? link(page - 1, '‹ Trang trước') : null, ' Trang ' + (page + 1) + '/' + pages + ' ',
    page + 1 < pages ? link(page + 1, 'Trang sau ›') : null);
}
