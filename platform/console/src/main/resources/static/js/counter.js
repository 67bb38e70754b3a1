// Counter reception: pick a procedure, tick its documents, enter the applicant, see the fee as the
// pages are typed, receive, print the receipt.
import {h, mount, field, notice, showError} from './dom.js';
import {get, post, enc, query} from './api.js';
import {dateTime, money} from './format.js';

export function limitText(t) {
  if (!t) return '';
  switch (t.unit) {
    case 'SAME_DAY': return 'Trong ngày (nhận sau 15 giờ trả ngày làm việc tiếp theo)';
    case 'WORKING_DAYS': return t.amount + ' ngày làm việc';
    case 'WORKING_HOURS': return t.amount + ' giờ làm việc';
    case 'CALENDAR_DAYS': return t.amount + ' ngày';
    default: return t.amount + ' ' + t.unit;
  }
}

/** Lower case without diacritics, for searching Vietnamese names as clerks type them. */
export function fold(s) {
  return String(s || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'd')
    .toLowerCase();
}

export async function render(app, ctx) {
  document.title = 'Tiếp nhận hồ sơ – Một cửa điện tử';
  const offered = await get('/catalogue' + query({agency: ctx.user.agencyCode}));
  const search = h('input', {id: 'proc-search', type: 'search', placeholder: 'Tên hoặc mã thủ tục, ví dụ: bản sao, khai sinh, 2.000815',
    autocomplete: 'off'});
  const list = h('ul', {class: 'pick', id: 'proc-list'});
  const form = h('section', {class: 'card', id: 'reception'}, h('p', {class: 'muted'}, 'Chọn thủ tục để bắt đầu tiếp nhận.'));

  function showList() {
    // every word typed, in any order, with or without diacritics: "khai sinh lai" finds "Đăng ký lại khai sinh"
    const words = fold(search.value.trim()).split(/\s+/).filter(w => w);
    const shown = offered.filter(p => words.every(w => fold(p.name).includes(w) || p.code.includes(w))).slice(0, 40);
    mount(list, shown.map(p => h('li', {}, h('button', {type: 'button', class: 'pick-item', id: 'proc-' + p.code,
      onclick: () => select(p.code)}, h('b', {}, p.code), ' ', p.name,
      h('small', {}, (p.field ? p.field.name + ' · ' : '') + limitText(p.timeLimit))))));
    if (!shown.length) mount(list, h('li', {class: 'muted'}, 'Không có thủ tục phù hợp.'));
  }
  search.addEventListener('input', showList);
  search.addEventListener('keydown', e => {
    if (e.key === 'Enter') {
      e.preventDefault();
      const first = list.querySelector('button');
      if (first) first.click();
    }
  });

  async function select(code) {
    try {
      const procedure = await get('/procedures/' + enc(code));
      // the time limit and fee in force at this agency are the catalogue's (a province may set its own)
      const offer = offered.find(o => o.code === code);
      if (offer && offer.timeLimit) procedure.timeLimit = offer.timeLimit;
      if (offer && offer.localFee !== null && offer.localFee !== undefined) procedure.fee = money(offer.localFee);
      receptionForm(form, procedure, ctx);
    } catch (e) {
      showError(form, e);
    }
  }

  mount(app, h('h1', {}, 'Tiếp nhận hồ sơ'), h('div', {class: 'split'},
    h('section', {class: 'card'}, h('h2', {}, 'Thủ tục hành chính'), field('Tìm thủ tục', search), list), form));
  showList();
  search.focus();
}

function numberInput(id, value, label) {
  return h('input', {id, type: 'number', min: 0, max: 1000, value: value, inputmode: 'numeric', 'aria-label': label,
    class: 'num'});
}

function receptionForm(container, p, ctx) {
  const docRows = p.documents.map(d => {
    const row = {
      doc: d,
      given: h('input', {type: 'checkbox', id: 'doc-' + d.code + '-given', checked: d.mandatory,
        'aria-label': 'Có ' + d.name}),
      originals: numberInput('doc-' + d.code + '-originals', d.originals, 'Bản chính'),
      certified: numberInput('doc-' + d.code + '-certified', d.certifiedCopies, 'Bản sao có chứng thực'),
      copies: numberInput('doc-' + d.code + '-copies', d.copies, 'Bản sao'),
      pages: d.countsPages ? numberInput('doc-' + d.code + '-pages', '', 'Số trang') : null,
    };
    return row;
  });
  const applicant = {
    fullName: h('input', {id: 'applicant-fullName', required: true, maxlength: 200, autocomplete: 'off'}),
    idNumber: h('input', {id: 'applicant-idNumber', required: true, inputmode: 'numeric', maxlength: 12,
      pattern: '\\d{12}', autocomplete: 'off'}),
    phone: h('input', {id: 'applicant-phone', type: 'tel', maxlength: 15, autocomplete: 'off'}),
    address: h('input', {id: 'applicant-address', maxlength: 500, autocomplete: 'off'}),
    email: h('input', {id: 'applicant-email', type: 'email', maxlength: 200, autocomplete: 'off'}),
  };
  const formInputs = (p.formFields || []).map(f => ({f, input: formInput(f)}));
  const feeTotal = h('output', {id: 'fee-total', class: 'fee'}, money(0));
  const feeLines = h('ul', {id: 'fee-lines', class: 'fee-lines'});
  const out = h('div', {id: 'reception-message'});
  const submit = h('button', {type: 'submit', id: 'receive-submit', class: 'primary'}, 'Tiếp nhận hồ sơ');

  const documents = () => docRows.filter(r => r.given.checked).map(r => ({
    code: r.doc.code, originals: +r.originals.value || 0, certifiedCopies: +r.certified.value || 0,
    copies: +r.copies.value || 0, pages: r.pages ? (+r.pages.value || 0) : 0}));
  const form = () => Object.fromEntries(formInputs.map(({f, input}) =>
    [f.name, f.type === 'YES_NO' ? String(input.checked) : input.value]).filter(([, v]) => v !== ''));

  let pending = 0;
  async function updateFee() {
    const ticket = ++pending;
    try {
      const fee = await post('/procedures/' + enc(p.code) + '/fee', {agencyCode: ctx.user.agencyCode,
        documents: documents(), form: form()});
      if (ticket !== pending) return;
      feeTotal.value = fee.computed === false ? '—' : money(fee.fee);
      mount(feeLines, fee.feeLines.map(l => h('li', {}, l)));
    } catch (e) {
      // a value that can never be right is named (the form's own check says it again on receiving)
      if (ticket === pending) mount(feeLines, (e.problems.length ? e.problems.map(x => x.message) : [e.message])
        .map(m => h('li', {class: 'muted'}, m)));
    }
  }

  const el = h('form', {id: 'reception-form', novalidate: true, onsubmit: async e => {
    e.preventDefault();
    submit.disabled = true;
    try {
      const d = await post('/dossiers', {procedureCode: p.code, agencyCode: ctx.user.agencyCode, channel: 'COUNTER',
        applicant: Object.fromEntries(Object.entries(applicant).map(([k, v]) => [k, v.value.trim() || null])),
        documents: documents(), form: form()});
      received(container, d, ctx);
    } catch (err) {
      showError(out, err);
    } finally {
      submit.disabled = false;
    }
  }, oninput: updateFee},
  h('h2', {}, p.name),
  h('p', {class: 'muted'}, 'Mã thủ tục ', h('b', {}, p.code), ' · ', p.field ? p.field.name : '', ' · Thời hạn: ',
    limitText(p.timeLimit), p.fee ? ' · Phí, lệ phí: ' + p.fee : ''),
  h('h3', {}, 'Thành phần hồ sơ'),
  h('table', {class: 'docs'}, h('thead', {}, h('tr', {}, h('th', {}, 'Có'), h('th', {}, 'Giấy tờ'),
    h('th', {}, 'Bản chính'), h('th', {}, 'Bản sao chứng thực'), h('th', {}, 'Bản sao'), h('th', {}, 'Số trang'))),
  h('tbody', {}, docRows.map(r => h('tr', {class: r.doc.mandatory ? 'mandatory' : ''},
    h('td', {}, r.given), h('td', {class: 'doc-name'}, r.doc.name, r.doc.mandatory ? h('span', {class: 'req'}, ' *') : null),
    h('td', {'data-label': 'Bản chính'}, r.originals), h('td', {'data-label': 'Bản sao chứng thực'}, r.certified),
    h('td', {'data-label': 'Bản sao'}, r.copies), h('td', {'data-label': 'Số trang'}, r.pages || '—'))))),
  h('h3', {}, 'Người nộp hồ sơ'),
  h('div', {class: 'grid'}, field('Họ và tên', applicant.fullName), field('Số định danh cá nhân', applicant.idNumber, '12 chữ số'),
    field('Số điện thoại', applicant.phone), field('Địa chỉ', applicant.address), field('Thư điện tử', applicant.email)),
  formInputs.length ? [h('h3', {}, 'Tờ khai'), h('div', {class: 'grid'}, formInputs.map(({f, input}) => field(f.label, input)))] : null,
  h('div', {class: 'fee-box'}, h('span', {}, 'Phí, lệ phí: '), feeTotal, feeLines),
  out,
  h('div', {class: 'actions'}, submit));
  mount(container, el);
  updateFee();
  const firstPages = docRows.find(r => r.pages);
  (firstPages ? firstPages.pages : applicant.fullName).focus();
}

export function formInput(f) {
  const id = 'form-' + f.name;
  switch (f.type) {
    case 'DATE': return h('input', {id, type: 'date', required: f.required});
    case 'INTEGER': return h('input', {id, type: 'number', required: f.required});
    case 'YES_NO': return h('input', {id, type: 'checkbox'});
    case 'PHONE': return h('input', {id, type: 'tel', required: f.required, maxlength: 15});
    case 'CHOICE': return h('select', {id, required: f.required},
      h('option', {value: ''}, f.required ? '— Chọn —' : '— Không —'), f.choices.map(c => h('option', {value: c.value}, c.label)));
    default: return h('input', {id, required: f.required, maxlength: f.maxLength > 0 ? f.maxLength : 500});
  }
}

function received(container, d, ctx) {
  mount(container, h('div', {class: 'done', id: 'received'},
    notice('ok', 'Đã tiếp nhận hồ sơ.'),
    h('dl', {class: 'facts'},
      h('dt', {}, 'Mã hồ sơ'), h('dd', {}, h('b', {id: 'received-code'}, d.code)),
      h('dt', {}, 'Người nộp'), h('dd', {}, d.applicant.fullName),
      h('dt', {}, 'Thủ tục'), h('dd', {}, d.procedureName),
      h('dt', {}, 'Hẹn trả kết quả'), h('dd', {id: 'received-due'}, dateTime(d.dueAt)),
      h('dt', {}, 'Phí, lệ phí'), h('dd', {id: 'received-fee'}, money(d.fee))),
    h('div', {class: 'actions'},
      h('a', {class: 'button primary', id: 'print-receipt', href: '/api/dossiers/' + enc(d.code) + '/receipt',
        target: '_blank', rel: 'noopener'}, 'In giấy tiếp nhận và hẹn trả kết quả'),
      h('a', {class: 'button', id: 'open-dossier', href: '#/ho-so/' + enc(d.code)}, 'Mở hồ sơ (chuyển xử lý, yêu cầu bổ sung)'),
      h('button', {type: 'button', id: 'new-reception', onclick: () => ctx.navigate('#/tiep-nhan')},
        'Tiếp nhận hồ sơ khác'))));
  document.getElementById('print-receipt').focus();
}
