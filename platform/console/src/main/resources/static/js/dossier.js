// A dossier: its facts, the actions this official may take now (the server says which), its
// documents and scanned files, the timeline (control slip), and every slip to print.
import {h, mount, field, notice, showError} from './dom.js';
import {get, post, api, enc, agencyNames} from './api.js';
import {dateTime, money, dueClass, DUE_LABELS, number} from './format.js';
import {formInput} from './counter.js';

const FINISHED = ['RESULT_READY', 'RETURNED', 'REFUSED', 'WITHDRAWN'];

/** Slips and when they exist (an audit action that makes them). */
const SLIPS = [
  {slug: 'receipt', label: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả', path: c => '/api/dossiers/' + c + '/receipt',
    when: d => Boolean(d.receivedAt)},
  {slug: 'supplement-request', label: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ', when: (d, a) => a.has('REQUEST_SUPPLEMENT')},
  {slug: 'refusal', label: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ', when: (d, a) => a.has('REFUSE')},
  {slug: 'apology', label: 'Văn bản xin lỗi (Mẫu 04)', when: (d, a) => a.has('APOLOGIZE')},
  {slug: 'stop-notice', label: 'Thông báo dừng giải quyết hồ sơ', when: (d, a) => a.has('STOP')},
  {slug: 'control', label: 'Phiếu kiểm soát quá trình giải quyết hồ sơ', when: () => true},
  {slug: 'result', label: 'Kết quả giải quyết (bản in)', path: c => '/api/dossiers/' + c + '/result',
    when: d => d.status === 'RESULT_READY' || d.status === 'RETURNED'},
];

const CITIZEN_LABELS = {SUPPLEMENT: 'Người nộp bổ sung trực tuyến', WITHDRAW: 'Người nộp rút hồ sơ trực tuyến'};

const ACTION_LABELS = {
  RECEIVE: 'Tiếp nhận', SUBMIT: 'Nộp trực tuyến', ATTACH_FILE: 'Tải lên bản số hóa',
  RECALCULATE_DUE: 'Tính lại hạn theo lịch làm việc',
};

export async function render(app, ctx, code) {
  document.title = code + ' – Một cửa điện tử';
  const [d, audit, files, notices] = await Promise.all([get('/dossiers/' + enc(code)),
    get('/dossiers/' + enc(code) + '/audit'), get('/dossiers/' + enc(code) + '/files'),
    get('/dossiers/' + enc(code) + '/notices').catch(() => [])]);
  // the form's labels (and a choice's words) come from the procedure; one withdrawn since shows the names
  const procedure = d.form && Object.keys(d.form).length
    ? await get('/procedures/' + enc(d.procedureCode)).catch(() => null) : null;
  const names = d.progress.transferAgency || audit.some(e => e.details && (e.details.toAgency || e.details.fromAgency))
    ? await agencyNames() : {};
  const reload = () => render(app, ctx, code);
  const due = dueClass(d.dueAt, d.status);
  const actionsDone = new Set(audit.map(e => e.action));
  const actionArea = h('div', {id: 'action-area'});
  const message = h('div', {id: 'dossier-message'});

  mount(app,
    h('p', {class: 'crumbs'}, h('a', {href: '#/ho-so'}, '‹ Danh sách hồ sơ')),
    h('h1', {}, 'Hồ sơ ', h('span', {id: 'dossier-code', class: 'code'}, d.code)),
    h('div', {class: 'status-line'}, h('span', {class: 'status', id: 'dossier-status'}, d.statusLabel),
      due ? h('span', {class: 'badge ' + due}, DUE_LABELS[due]) : null,
      d.timelinessLabel && !due ? h('span', {class: 'badge'}, d.timelinessLabel) : null),
    message,
    h('div', {class: 'split'},
      h('section', {class: 'card'}, h('h2', {}, 'Thông tin hồ sơ'), h('dl', {class: 'facts'},
        h('dt', {}, 'Thủ tục'), h('dd', {}, d.procedureCode + ' – ' + d.procedureName),
        h('dt', {}, 'Cơ quan'), h('dd', {}, d.agencyName),
        h('dt', {}, 'Hình thức nộp'), h('dd', {}, d.channelLabel),
        h('dt', {}, 'Người nộp'), h('dd', {id: 'dossier-applicant'}, d.applicant.fullName),
        h('dt', {}, 'Số định danh'), h('dd', {}, d.applicant.idNumber),
        h('dt', {}, 'Điện thoại'), h('dd', {}, d.applicant.phone || '—'),
        h('dt', {}, 'Địa chỉ'), h('dd', {}, d.applicant.address || '—'),
        h('dt', {}, 'Nộp lúc'), h('dd', {}, dateTime(d.submittedAt)),
        d.receptionNumber ? [h('dt', {}, 'Số tiếp nhận'), h('dd', {id: 'dossier-reception-number'},
          d.receptionNumber + ' (tiếp nhận ' + dateTime(d.receivedAt) + ')')] : null,
        h('dt', {}, 'Hẹn trả'), h('dd', {class: 'due ' + due, id: 'dossier-due'}, dateTime(d.dueAt)),
        // after an apology (Mẫu 04): the day promised to the applicant; the legal due date stays above
        ...(d.progress && d.progress.appointmentAt && d.progress.appointmentAt > d.dueAt
          ? [h('dt', {}, 'Hẹn lại'), h('dd', {id: 'dossier-appointment'}, dateTime(d.progress.appointmentAt))] : []),
        // once the result is ready (or the dossier refused, withdrawn) no step is current
        ...(FINISHED.includes(d.status) ? [h('dt', {}, 'Chuyên viên xử lý'), h('dd', {}, d.progress.assignee || '—')]
          : [h('dt', {}, 'Bước hiện tại'), h('dd', {}, d.progress.stepName ? d.progress.stepName + ' (hạn '
            + dateTime(d.progress.stepDueAt) + ')' : '—'), h('dt', {}, 'Giao cho'), h('dd', {}, d.progress.assignee || '—')]),
        // liên thông: where it is now and by when that agency sends it back
        d.status === 'TRANSFERRED' && d.progress.transferAgency ? (ctx.user.agencyCode === d.progress.transferAgency
          ? [h('dt', {}, 'Liên thông từ'), h('dd', {id: 'dossier-transfer'}, d.agencyName
            + (d.progress.transferDueAt ? ' (hạn trả lại ' + dateTime(d.progress.transferDueAt) + ')' : ''))]
          : [h('dt', {}, 'Liên thông đến'), h('dd', {id: 'dossier-transfer'}, (names[d.progress.transferAgency]
            || d.progress.transferAgency) + (d.progress.transferDueAt ? ' (hạn ' + dateTime(d.progress.transferDueAt) + ')' : ''))])
          : null,
        h('dt', {}, 'Phí, lệ phí'), h('dd', {}, money(d.fee), d.feeLines.length ? h('small', {}, ' (' + d.feeLines.join('; ') + ')') : null),
        d.progress.result ? [h('dt', {}, 'Kết quả'), h('dd', {id: 'dossier-result'}, d.progress.result)] : null,
        d.progress.registerEntry ? [h('dt', {}, 'Vào sổ'), h('dd', {}, d.progress.registerEntry)] : null,
        d.progress.collectedBy ? [h('dt', {}, 'Người nhận kết quả'), h('dd', {}, d.progress.collectedBy)] : null)),
      h('section', {class: 'card'}, h('h2', {}, 'Thao tác'),
        d.allowedActions && d.allowedActions.length
          ? h('div', {class: 'action-buttons'}, d.allowedActions.map(a => h('button', {type: 'button', class: 'action',
            id: 'action-' + a.action, onclick: () => actionForm(actionArea, d, a, message, reload, audit)}, capitalize(a.label))))
          : h('p', {class: 'muted', id: 'no-actions'}, 'Bạn không có thao tác nào với hồ sơ ở bước này.'),
        actionArea,
        h('h3', {}, 'In phiếu'),
        h('ul', {class: 'slips'}, SLIPS.filter(s => s.when(d, actionsDone)).map(s => h('li', {},
          h('a', {href: s.path ? s.path(enc(d.code)) : '/api/dossiers/' + enc(d.code) + '/slips/' + s.slug,
            target: '_blank', rel: 'noopener', id: 'slip-' + s.slug}, s.label)))))),
    formSection(d, procedure),
    documentsSection(d, files, reload),
    h('section', {class: 'card'}, h('h2', {}, 'Quá trình giải quyết'), timeline(audit, names, procedure)),
    noticesSection(notices));
  // a procedure that prints nothing beyond the approval (a certification) has no result to open
  const resultLink = document.getElementById('slip-result');
  if (resultLink) {
    fetch(resultLink.getAttribute('href'), {method: 'HEAD', credentials: 'same-origin',
      headers: {'X-Requested-With': 'XMLHttpRequest'}})
      .then(r => { if (r.status === 404) resultLink.closest('li').remove(); }).catch(() => {});
  }
}

function capitalize(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function timeline(audit, names, procedure) {
  const fields = (procedure && procedure.formFields) || [];
  return h('table', {class: 'list timeline', id: 'timeline'},
    h('thead', {}, h('tr', {}, ['Thời điểm', 'Thao tác', 'Cán bộ', 'Vai trò', 'Trạng thái sau', 'Ghi chú', 'Đúng hạn'].map(t => h('th', {}, t)))),
    h('tbody', {}, audit.map(e => h('tr', {},
      // what the applicant did online is said from the applicant's side ("Nhận bổ sung" is the clerk's)
      h('td', {}, e.role === 'CITIZEN' && CITIZEN_LABELS[e.action] || ACTION_LABELS[e.action] || actionLabel(e.action)),
      h('td', {}, e.userName || e.user), h('td', {}, e.roleLabel), h('td', {}, e.toStatusLabel || e.toStatus),
      h('td', {}, [e.note, detailsText(e.details, names, fields)].filter(Boolean).join(' · ')), h('td', {}, e.timeliness === 'LATE' ? 'Quá hạn'
        : e.timeliness === 'EARLY' ? 'Trước hạn' : e.timeliness === 'ON_TIME' ? 'Đúng hạn' : '')))));
}

const LABELS = {ACCEPT: 'Tiếp nhận hồ sơ trực tuyến', REFUSE: 'Từ chối tiếp nhận', HAND_OVER: 'Chuyển xử lý',
  PROPOSE: 'Thẩm định, trình', APPROVE: 'Phê duyệt', SEND_BACK: 'Trả lại bước trước', REQUEST_SUPPLEMENT: 'Yêu cầu bổ sung',
  SUPPLEMENT: 'Nhận bổ sung', REQUEST_FEE: 'Yêu cầu nộp phí', FEE_PAID: 'Đã nộp phí', STOP: 'Dừng giải quyết',
  RESUME: 'Tiếp tục giải quyết', WITHDRAW: 'Rút hồ sơ', APOLOGIZE: 'Xin lỗi, hẹn lại', TRANSFER: 'Chuyển liên thông',
  TRANSFER_BACK: 'Chuyển trả hồ sơ liên thông', RETURN_RESULT: 'Trả kết quả', RESOLVE_ON_SPOT: 'Giải quyết tại chỗ'};

function actionLabel(a) {
  return LABELS[a] || a;
}

function detailsText(details, names, fields) {
  const label = k => { const f = fields.find(x => x.name === k); return f ? f.label : k; };
  const value = (k, v) => formValue(fields.find(x => x.name === k), v);
  if (!details) return '';
  if (details.requestedDocuments) return (details.beforeReception ? 'Hướng dẫn trước khi tiếp nhận. ' : '') + 'Cần bổ sung: '
    + details.requestedDocuments.map(r => (r.name || r.code) + (r.reason ? ' (' + r.reason + ')' : '')).join('; ');
  if (details.documents || details.form) {
    return [details.documents && details.documents.length ? 'Nhận: ' + details.documents.map(x => x.code).join(', ') : '',
      // the declaration's fields by their labels, as the form shows them: "Họ, chữ đệm, tên mẹ: A → B"
      details.form ? 'Sửa tờ khai: ' + (Array.isArray(details.form) ? details.form.map(label).join(', ')
        : Object.entries(details.form).map(([k, v]) => label(k) + ': ' + (details.previousForm
          && details.previousForm[k] != null ? value(k, details.previousForm[k]) + ' → ' : '')
          + (v == null ? '(xóa)' : value(k, v))).join('; ')) : '',
      details.fee !== undefined ? 'Phí tính lại ' + money(details.fee) + ' (trước ' + money(details.previousFee) + ')' : '']
      .filter(Boolean).join(' · ');
  }
  if (details.toAgency) return 'Chuyển đến ' + (names[details.toAgency] || details.toAgency)
    + (details.transferDueAt ? ', hạn ' + dateTime(details.transferDueAt) : '');
  if ((details.dueAt && details.previousDueAt) || details.previousTransferDueAt) {
    return [details.previousDueAt ? 'Hạn mới ' + dateTime(details.dueAt) + ' (hạn cũ ' + dateTime(details.previousDueAt) + ')' : '',
      details.previousTransferDueAt ? 'Hạn liên thông mới ' + dateTime(details.transferDueAt) + ' (hạn cũ '
        + dateTime(details.previousTransferDueAt) + ')' : ''].filter(Boolean).join('; ');
  }
  if (details.fromAgency) return 'Chuyển trả từ ' + (names[details.fromAgency] || details.fromAgency);
  if (details.appointment) return 'Hẹn lại ' + dateTime(details.appointment)
    + (details.previousDueAt ? ' (hẹn cũ ' + dateTime(details.previousDueAt) + ')' : '');
  if (details.assignee) return 'Giao: ' + details.assignee;
  if (details.result) return details.result;
  if (details.collectedBy) return 'Người nhận: ' + details.collectedBy;
  if (details.name && details.sha256) return details.name + ' (SHA-256 ' + String(details.sha256).slice(0, 12) + '…)';
  return '';
}

/** The form of one action: only what that action needs. */
function actionForm(area, d, a, message, reload, audit) {
  const inputs = {};
  const text = (name, label, required, value) => {
    inputs[name] = h('input', {id: 'f-' + name, name, required, maxlength: 2000, value: value || ''});
    return field(label, inputs[name]);
  };
  const area2 = h('textarea', {id: 'f-note', name: 'note', rows: 2, maxlength: 4000});
  inputs.note = area2;
  const noteRequired = ['REFUSE', 'STOP', 'SEND_BACK', 'APOLOGIZE', 'REQUEST_SUPPLEMENT', 'TRANSFER_BACK'].includes(a.action);
  area2.required = noteRequired;
  const parts = [];
  const requested = [];
  const supplied = [];
  const formFix = [];
  switch (a.action) {
    case 'HAND_OVER': parts.push(text('assignee', 'Chuyên viên được giao (tên đăng nhập, để trống nếu chưa giao)', false)); break;
    case 'APPROVE': parts.push(text('result', 'Kết quả giải quyết', true)); break;
    case 'RESOLVE_ON_SPOT':
      parts.push(text('result', 'Kết quả giải quyết', true), text('collectedBy', 'Người nhận kết quả', true, d.applicant.fullName));
      break;
    case 'RETURN_RESULT': parts.push(text('collectedBy', 'Người nhận kết quả', true, d.applicant.fullName)); break;
    case 'REQUEST_FEE':
      inputs.amount = h('input', {id: 'f-amount', type: 'number', min: 1, required: true});
      parts.push(field('Số tiền (đồng)', inputs.amount));
      break;
    case 'APOLOGIZE':
      inputs.appointment = h('input', {id: 'f-appointment', type: 'datetime-local', required: true});
      parts.push(field('Hẹn trả kết quả mới', inputs.appointment));
      break;
    case 'TRANSFER':
      inputs.toAgency = h('select', {id: 'f-toAgency', required: true}, h('option', {value: ''}, '— Chọn cơ quan —'));
      agencyNames().then(names => Object.entries(names).filter(([code]) => code !== d.agencyCode)
        .forEach(([code, name]) => inputs.toAgency.append(h('option', {value: code}, name))));
      inputs.workingDays = h('input', {id: 'f-workingDays', type: 'number', min: 1, max: 60, value: 3, required: true});
      parts.push(field('Cơ quan phối hợp', inputs.toAgency), field('Thời hạn liên thông (ngày làm việc)', inputs.workingDays));
      break;
    case 'REQUEST_SUPPLEMENT': {
      // the dossier's papers, then the procedure's it lacks (an online dossier often misses one), then any other
      const row = (doc, nameInput) => {
        const tick = h('input', {type: 'checkbox', id: 'req-' + doc.code});
        const reason = h('input', {id: 'req-' + doc.code + '-reason', maxlength: 500, placeholder: 'Lý do'});
        if (nameInput) tick.addEventListener('change', () => { nameInput.required = tick.checked; });
        requested.push({doc, tick, reason, nameInput});
        return h('div', {class: 'req-doc'}, h('label', {}, tick, ' ', nameInput || doc.name), reason);
      };
      const lacking = h('div', {id: 'req-lacking'});
      const otherName = h('input', {id: 'req-giay-khac-name', maxlength: 300, placeholder: 'Giấy tờ khác (ghi tên)'});
      parts.push(h('fieldset', {}, h('legend', {}, 'Giấy tờ cần bổ sung, hoàn thiện và lý do'), d.documents.map(doc => row(doc)),
        lacking, row({code: 'giay-khac'}, otherName)));
      get('/procedures/' + enc(d.procedureCode)).then(p => mount(lacking, p.documents
        .filter(x => !d.documents.some(doc => doc.code === x.code)).map(x => row(x)))).catch(() => {});
      break;
    }
    case 'SUPPLEMENT': {
      // the dossier's papers, and those the last request asked for that it did not have
      const asked = ([...audit].reverse().find(e => e.action === 'REQUEST_SUPPLEMENT') || {}).details || {};
      const extra = (asked.requestedDocuments || []).filter(r => !d.documents.some(doc => doc.code === r.code))
        .map(r => ({code: r.code, name: r.name || r.code, originals: 1, copies: 0, pages: 0}));
      parts.push(h('fieldset', {}, h('legend', {}, 'Giấy tờ nhận bổ sung'), [...d.documents, ...extra].map(doc => {
        const tick = h('input', {type: 'checkbox', id: 'sup-' + doc.code, checked: true});
        const originals = h('input', {type: 'number', min: 0, value: doc.originals, class: 'num', 'aria-label': 'Bản chính'});
        const copies = h('input', {type: 'number', min: 0, value: doc.copies, class: 'num', 'aria-label': 'Bản sao'});
        const pages = h('input', {type: 'number', min: 0, value: doc.pages, class: 'num', 'aria-label': 'Số trang'});
        supplied.push({doc, tick, originals, copies, pages});
        return h('div', {class: 'req-doc'}, h('label', {}, tick, ' ', doc.name), ' bản chính ', originals, ' bản sao ', copies,
          ' số trang ', pages);
      })));
      // the declaration as it stands, to correct what the request pointed at (tờ khai ghi sai)
      const formBox = h('div', {id: 'sup-form'});
      parts.push(formBox);
      get('/procedures/' + enc(d.procedureCode)).then(p => {
        // a paper of the procedure the dossier lacked: the quantities the procedure asks for
        supplied.forEach(x => {
          const listed = extra.includes(x.doc) && p.documents.find(r => r.code === x.doc.code);
          if (listed) {
            x.originals.value = listed.originals;
            x.copies.value = listed.copies;
          }
        });
        if (!(p.formFields || []).length) return;
        mount(formBox, h('fieldset', {}, h('legend', {}, 'Sửa tờ khai (chỉ những mục cần sửa)'), p.formFields.map(f => {
          const input = formInput(f);
          input.id = 'sup-form-' + f.name;
          input.required = false;
          const was = (d.form || {})[f.name] ?? '';
          if (f.type === 'YES_NO') input.checked = was === 'true';
          else input.value = f.type === 'CHOICE' ? ((f.choices.find(c => c.value.toLowerCase() === was.toLowerCase()) || {}).value || '') : was;
          formFix.push({f, input, was: f.type === 'YES_NO' ? String(was === 'true') : input.value});
          return field(f.label, input);
        })));
      }).catch(() => {});
      break;
    }
    default:
      break;
  }
  parts.push(field(a.action === 'TRANSFER_BACK' ? 'Kết quả phối hợp, ý kiến của cơ quan'
    : noteRequired ? 'Lý do, ghi chú' : 'Ghi chú', area2));
  const out = h('div', {});
  const submit = h('button', {type: 'submit', class: 'primary', id: 'action-submit'}, capitalize(a.label));
  const form = h('form', {class: 'action-form', id: 'action-form', onsubmit: async e => {
    e.preventDefault();
    submit.disabled = true;
    const body = {action: a.action, version: d.version, note: inputs.note.value.trim() || null};
    for (const k of ['assignee', 'result', 'collectedBy', 'toAgency']) if (inputs[k]) body[k] = inputs[k].value.trim() || null;
    if (inputs.amount) body.amount = Number(inputs.amount.value) || null;
    if (inputs.workingDays) body.workingDays = Number(inputs.workingDays.value) || null;
    if (inputs.appointment) body.appointment = inputs.appointment.value ? inputs.appointment.value + ':00' : null;
    if (requested.length) body.requestedDocuments = requested.filter(r => r.tick.checked)
      .map(r => ({code: r.doc.code, name: r.nameInput ? r.nameInput.value.trim() || null : null, reason: r.reason.value.trim()}));
    const changed = Object.fromEntries(formFix.map(({f, input, was}) => [f.name,
      f.type === 'YES_NO' ? String(input.checked) : input.value.trim(), was]).filter(([, v, was]) => v !== was).map(([k, v]) => [k, v]));
    if (Object.keys(changed).length) body.form = changed;
    if (supplied.length) body.documents = supplied.filter(s => s.tick.checked).map(s => ({code: s.doc.code,
      originals: +s.originals.value || 0, certifiedCopies: 0, copies: +s.copies.value || 0, pages: +s.pages.value || 0}));
    let after;
    try {
      after = await post('/dossiers/' + enc(d.code) + '/transitions', body);
    } catch (err) {
      showError(out, err);
      submit.disabled = false;
      return;
    }
    const done = 'Đã thực hiện: ' + a.label + '. Trạng thái: ' + after.statusLabel + '.';
    try {
      await reload();
      mount(document.getElementById('dossier-message'), notice('ok', done));
    } catch (err) {
      // done, but no longer this official's to see (liên thông sent back to its own agency)
      document.querySelectorAll('.action-buttons button').forEach(b => { b.disabled = true; });
      mount(area, notice('ok', done + ' Hồ sơ đã chuyển về cơ quan giải quyết.'), h('p', {},
        h('a', {href: '#/ho-so', id: 'back-to-list'}, '‹ Danh sách hồ sơ')));
    }
  }}, h('h3', {}, capitalize(a.label)), parts, out, h('div', {class: 'actions'}, submit,
    h('button', {type: 'button', onclick: () => mount(area)}, 'Hủy')));
  mount(area, form);
  const first = form.querySelector('input, textarea');
  if (first) first.focus();
  mount(message);
}

/** What the applicant was told by SMS or e-mail, and whether it went: for the clerk asked about it. */
function noticesSection(notices) {
  if (!notices.length) return null;
  return h('section', {class: 'card', id: 'notices'}, h('h2', {}, 'Thông báo cho người nộp'),
    h('table', {class: 'list'},
      h('thead', {}, h('tr', {}, ['Lúc', 'Nội dung', 'Gửi đến', 'Tình trạng'].map(t => h('th', {}, t)))),
      h('tbody', {}, notices.map(n => h('tr', {'data-event': n.event},
        h('td', {}, dateTime(n.createdAt)),
        h('td', {}, n.subject),
        h('td', {}, [n.phone ? 'SMS ' + n.phone : null, n.email ? 'thư điện tử ' + n.email : null]
          .filter(Boolean).join('; ')),
        h('td', {class: 'notice-state ' + n.state.toLowerCase()}, n.stateLabel
          + (n.sentAt ? ' lúc ' + dateTime(n.sentAt) : ''),
          n.lastError ? h('small', {}, ' (' + n.lastError + ')') : null))))));
}

/** A declaration's value as its field shows it: Có/Không, dd/MM/yyyy, a choice's words. */
function formValue(f, v) {
  v = String(v);
  if (!f) return v;
  if (f.type === 'YES_NO') return v === 'true' ? 'Có' : v === 'false' ? 'Không' : v;
  if (f.type === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return v.split('-').reverse().join('/');
  const c = (f.choices || []).find(c => c.value.toLowerCase() === v.toLowerCase());
  return c ? c.label : v;
}

/** The applicant's form (tờ khai), in the procedure's order, each value as the applicant chose it. */
function formSection(d, procedure) {
  const entries = Object.entries(d.form || {});
  if (!entries.length) return null;
  const fields = (procedure && procedure.formFields) || [];
  const order = name => { const i = fields.findIndex(f => f.name === name); return i < 0 ? fields.length : i; };
  return h('section', {class: 'card'}, h('h2', {}, 'Tờ khai'), h('dl', {class: 'facts', id: 'dossier-form'},
    entries.sort(([a], [b]) => order(a) - order(b)).map(([name, v]) => {
      const f = fields.find(x => x.name === name);
      return [h('dt', {}, f ? f.label : name), h('dd', {}, formValue(f, v))];
    })));
}

function documentsSection(d, files, reload) {
  const out = h('div', {id: 'upload-message'});
  const docSelect = h('select', {id: 'upload-document'}, d.documents.map(doc => h('option', {value: doc.code}, doc.name)));
  const file = h('input', {id: 'upload-file', type: 'file', accept: 'application/pdf,image/jpeg,image/png'});
  const button = h('button', {type: 'submit', id: 'upload-submit'}, 'Tải lên');
  const fileLinks = list => list.map(f => h('div', {class: 'file'},
    h('a', {href: f.url, target: '_blank', rel: 'noopener', class: 'file-link'}, f.name),
    h('small', {}, ' ' + number(Math.ceil(f.size / 1024)) + ' KB · ' + dateTime(f.uploadedAt) + ' · ' + f.uploadedByName
      + ' · SHA-256 ' + f.sha256.slice(0, 12) + '…')));
  // a scan the citizen sent for a paper the dossier does not list (yet): shown, not hidden
  const others = files.filter(f => !d.documents.some(doc => doc.code === f.document));
  return h('section', {class: 'card'}, h('h2', {}, 'Thành phần hồ sơ và bản số hóa'),
    h('table', {class: 'list', id: 'documents'},
      h('thead', {}, h('tr', {}, ['Giấy tờ', 'Bản chính', 'Bản sao chứng thực', 'Bản sao', 'Số trang', 'Tệp số hóa'].map(t => h('th', {}, t)))),
      h('tbody', {}, d.documents.map(doc => h('tr', {}, h('td', {}, doc.name), h('td', {}, doc.originals),
        h('td', {}, doc.certifiedCopies), h('td', {}, doc.copies), h('td', {}, doc.pages || '—'),
        h('td', {}, fileLinks(files.filter(f => f.document === doc.code))))),
      others.length ? h('tr', {id: 'documents-other'}, h('td', {}, 'Tệp cho giấy tờ chưa có trong hồ sơ'),
        h('td', {colspan: 4}, [...new Set(others.map(f => f.document))].join(', ')), h('td', {}, fileLinks(others))) : null)),
    h('form', {class: 'inline upload', onsubmit: async e => {
      e.preventDefault();
      const chosen = file.files[0];
      if (!chosen) {
        mount(out, notice('error', 'Hãy chọn tệp PDF, JPEG hoặc PNG.'));
        return;
      }
      button.disabled = true;
      try {
        await api('POST', '/dossiers/' + enc(d.code) + '/files?document=' + enc(docSelect.value) + '&name=' + enc(chosen.name), chosen);
        await reload();
        mount(document.getElementById('dossier-message'), notice('ok', 'Đã lưu tệp ' + chosen.name + '.'));
      } catch (err) {
        showError(out, err);
        button.disabled = false;
      }
    }}, field('Giấy tờ', docSelect), field('Tệp (PDF, JPEG, PNG; tối đa 10 MiB)', file), button), out);
}
