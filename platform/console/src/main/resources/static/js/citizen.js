// The citizens' pages: the public catalogue, online submission with scanned documents, lookup by
// code and the last four digits of the identity number, supplement upload, and the rating.
import {h, mount, field, notice, showError} from './dom.js';
import {get, post, api, enc, query} from './api.js';
import {dateTime, money, nowVn} from './format.js';
import {limitText, fold, formInput} from './counter.js';

const app = document.getElementById('app');

const RATINGS = [['VERY_SATISFIED', 'Rất hài lòng'], ['SATISFIED', 'Hài lòng'], ['DISSATISFIED', 'Không hài lòng']];

async function route() {
  const hash = location.hash || '#/';
  try {
    if (hash.startsWith('#/nop/') && hash.length > 6) await submission(decodeURIComponent(hash.slice(6)));
    else if (hash.startsWith('#/da-nop/')) submitted(decodeURIComponent(hash.slice(9)));
    else if (hash.startsWith('#/tra-cuu')) await lookupPage(new URLSearchParams(hash.split('?')[1] || ''));
    else await catalogue();
  } catch (e) {
    showError(app, e);
  }
}

async function catalogue() {
  document.title = 'Thủ tục hành chính – Dịch vụ công trực tuyến';
  const entries = await get('/catalogue');
  const search = h('input', {id: 'catalogue-search', type: 'search', placeholder: 'Tìm theo tên hoặc mã thủ tục'});
  const list = h('div', {id: 'catalogue-list'});
  const show = () => {
    // every word typed, in any order, with or without diacritics (as the counter's search)
    const words = fold(search.value.trim()).split(/\s+/).filter(w => w);
    const hits = e => words.filter(w => fold(e.name).includes(w) || e.code.includes(w)).length;
    let shown = entries.filter(e => hits(e) === words.length);
    let near = null;
    if (!shown.length) {
      // "giấy khai sinh": no name has every word; those with the most of them are likely what was meant
      const best = Math.max(0, ...entries.map(hits));
      shown = best > 0 ? entries.filter(e => hits(e) === best) : [];
      near = shown.length ? h('p', {class: 'muted', id: 'catalogue-near'}, 'Không có thủ tục chứa đủ các từ đã nhập; '
        + 'các thủ tục gần nhất:') : null;
    }
    if (!shown.length) {
      mount(list, h('p', {class: 'muted', id: 'catalogue-none'}, 'Không tìm thấy thủ tục phù hợp. Hãy thử từ khác, ví dụ "khai sinh".'));
      return;
    }
    mount(list, near, shown.map(e => h('article', {class: 'card proc'},
      h('h2', {}, e.name), h('p', {class: 'muted'}, 'Mã ' + e.code + (e.field ? ' · Lĩnh vực ' + e.field.name : '')),
      h('dl', {class: 'facts'}, h('dt', {}, 'Thời hạn giải quyết'), h('dd', {}, limitText(e.timeLimit)),
        h('dt', {}, 'Phí, lệ phí'), h('dd', {}, e.localFee !== null && e.localFee !== undefined ? money(e.localFee) : (e.fee || 'Không')),
        h('dt', {}, 'Mức độ trực tuyến'), h('dd', {}, e.onlineLevelLabel),
        e.decision ? [h('dt', {}, 'Quyết định công bố'), h('dd', {}, e.decision)] : null),
      documentsToBring(e.code),
      e.onlineLevel !== 'NONE' ? h('a', {class: 'button primary', href: '#/nop/' + enc(e.code), id: 'submit-' + e.code}, 'Nộp hồ sơ trực tuyến')
        : h('p', {class: 'muted'}, 'Nộp trực tiếp tại Bộ phận tiếp nhận và trả kết quả.'))));
  };
  search.addEventListener('input', show);
  mount(app, h('h1', {}, 'Thủ tục hành chính'), field('Tìm thủ tục', search), list);
  show();
}

/**
 * What to bring or send (thành phần hồ sơ), read when the citizen opens it: for a procedure done only at
 * the counter this is the one place a citizen learns it before coming.
 */
function documentsToBring(code) {
  const body = h('div', {class: 'documents-to-bring'});
  let loaded = false;
  const details = h('details', {id: 'documents-' + code}, h('summary', {}, 'Thành phần hồ sơ cần nộp'), body);
  details.addEventListener('toggle', async () => {
    if (!details.open || loaded) return;
    loaded = true;
    try {
      const p = await get('/procedures/' + enc(code));
      const count = (n, what) => n > 0 ? String(n).padStart(2, '0') + ' ' + what : null;
      mount(body, h('ul', {}, p.documents.map(d => h('li', {}, d.name,
        h('small', {class: 'muted'}, ' (' + [count(d.originals, 'bản chính'), count(d.certifiedCopies, 'bản sao chứng thực'),
          count(d.copies, 'bản sao')].filter(x => x).join(', ') + (d.mandatory ? '' : '; nếu có') + ')')))),
        p.legalBasis.length ? h('p', {class: 'muted'}, 'Căn cứ: ' + p.legalBasis.join('; ')) : null);
    } catch (err) {
      loaded = false;
      showError(body, err);
    }
  });
  return details;
}

async function submission(code) {
  const [p, offered, agencies] = await Promise.all([get('/procedures/' + enc(code)), get('/catalogue'), get('/agencies')]);
  document.title = p.name + ' – Nộp hồ sơ trực tuyến';
  if (p.onlineLevel === 'NONE') {
    mount(app, h('p', {class: 'crumbs'}, h('a', {href: '#/'}, '‹ Thủ tục hành chính')), h('h1', {}, p.name),
      notice('info', 'Thủ tục này chưa được cung cấp trực tuyến: Ông/Bà nộp hồ sơ trực tiếp tại Bộ phận tiếp nhận '
        + 'và trả kết quả của UBND phường, xã.'));
    return;
  }
  const entry = offered.find(e => e.code === code);
  const where = entry ? entry.offeredAt : [];
  const choices = agencies.filter(a => a.level === 'COMMUNE' && (where.includes('*') || where.includes(a.code)
    || where.includes('level:COMMUNE')));
  // no ward chosen in advance: a citizen who does not look would file with another commune
  const wards = (choices.length ? choices : agencies).slice().sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const agency = h('select', {id: 'citizen-agency', required: true},
    wards.length > 1 ? h('option', {value: ''}, '— Chọn phường, xã nơi nộp hồ sơ —') : null,
    wards.map(a => h('option', {value: a.code}, a.name)));
  const applicant = {
    fullName: h('input', {id: 'citizen-fullName', required: true, maxlength: 200}),
    idNumber: h('input', {id: 'citizen-idNumber', required: true, inputmode: 'numeric', maxlength: 12}),
    phone: h('input', {id: 'citizen-phone', type: 'tel', maxlength: 15}),
    address: h('input', {id: 'citizen-address', maxlength: 500}),
    email: h('input', {id: 'citizen-email', type: 'email', maxlength: 200}),
  };
  const docs = p.documents.map(d => ({d,
    given: h('input', {type: 'checkbox', id: 'cdoc-' + d.code, checked: d.mandatory}),
    // a paper whose pages are counted is one to copy or certify: at least one copy is asked for
    copies: h('input', {type: 'number', min: 0, value: d.countsPages ? Math.max(1, d.copies) : d.copies, class: 'num',
      'aria-label': 'Số bản', id: 'cdoc-' + d.code + '-copies'}),
    pages: d.countsPages ? h('input', {type: 'number', min: 0, value: '', class: 'num', 'aria-label': 'Số trang', id: 'cdoc-' + d.code + '-pages'}) : null,
    file: h('input', {type: 'file', accept: 'application/pdf,image/jpeg,image/png', id: 'cdoc-' + d.code + '-file'})}));
  const formInputs = (p.formFields || []).map(f => ({f, input: formInput(f)}));
  const out = h('div', {id: 'citizen-message'});
  const submit = h('button', {type: 'submit', class: 'primary', id: 'citizen-submit'}, 'Nộp hồ sơ');
  const documents = () => docs.filter(x => x.given.checked).map(x => ({code: x.d.code, originals: x.d.originals,
    certifiedCopies: x.d.certifiedCopies, copies: +x.copies.value || 0, pages: x.pages ? +x.pages.value || 0 : 0}));
  const form = () => Object.fromEntries(formInputs.map(({f, input}) => [f.name, f.type === 'YES_NO' ? String(input.checked) : input.value])
    .filter(([, v]) => v !== ''));
  // the fee as the procedure computes it from what is filled in so far (the ward's own fee included)
  const feeTotal = h('output', {id: 'citizen-fee-total', class: 'fee'}, '—');
  const feeLines = h('ul', {id: 'citizen-fee-lines', class: 'fee-lines'});
  let pending = 0;
  let timer = null;
  async function updateFee() {
    const ticket = ++pending;
    try {
      const fee = await post('/procedures/' + enc(p.code) + '/fee', {agencyCode: agency.value || null, channel: 'ONLINE',
        documents: documents(), form: form()});
      if (ticket !== pending) return;
      feeTotal.value = fee.computed === false ? '—' : money(fee.fee);
      mount(feeLines, fee.feeLines.map(l => h('li', {}, l)));
    } catch (e) {
      if (ticket !== pending) return;
      feeTotal.value = '—';
      mount(feeLines, (e.problems && e.problems.length ? e.problems.map(x => x.message) : [e.message])
        .map(m => h('li', {class: 'muted'}, m)));
    }
  }
  const feeSoon = () => { clearTimeout(timer); timer = setTimeout(updateFee, 300); };
  mount(app, h('p', {class: 'crumbs'}, h('a', {href: '#/'}, '‹ Thủ tục hành chính')), h('h1', {}, p.name),
    h('form', {class: 'card', id: 'citizen-form', novalidate: true, oninput: feeSoon, onchange: feeSoon, onsubmit: async e => {
      e.preventDefault();
      // what can be told before anything is sent: the dossier is not created with files it will refuse
      const before = [];
      if (!agency.value) before.push({message: 'Chưa chọn nơi nộp hồ sơ.'});
      for (const x of docs) {
        const problem = x.given.checked && fileProblem(x.file.files[0]);
        if (problem) before.push({message: x.d.name + ': ' + problem});
      }
      if (before.length) {
        mount(out, notice('error', 'Hồ sơ chưa gửi được:', before));
        return;
      }
      submit.disabled = true;
      try {
        const d = await post('/public/dossiers', {procedureCode: p.code, agencyCode: agency.value, channel: 'ONLINE',
          applicant: Object.fromEntries(Object.entries(applicant).map(([k, v]) => [k, v.value.trim() || null])),
          documents: documents(), form: form()});
        const suffix = applicant.idNumber.value.trim().slice(-4);
        const failed = await uploadAll(d.code, suffix, docs.filter(x => x.given.checked));
        // kept for this tab, so that a reload or the back button shows it again rather than an empty form
        sessionStorage.setItem('motcua.submitted.' + d.code, JSON.stringify({code: d.code, procedureName: d.procedureName,
          agencyName: d.agencyName, statusLabel: d.statusLabel, fee: d.fee, failed}));
        location.replace('#/da-nop/' + enc(d.code));
      } catch (err) {
        showError(out, err);
        submit.disabled = false;
      }
    }}, field('Nơi nộp hồ sơ', agency),
    h('h2', {}, 'Người nộp hồ sơ'),
    h('div', {class: 'grid'}, field('Họ và tên', applicant.fullName), field('Số định danh cá nhân', applicant.idNumber, '12 chữ số'),
      field('Số điện thoại', applicant.phone, 'Cần số điện thoại hoặc thư điện tử để nhận thông báo'), field('Địa chỉ', applicant.address),
      field('Thư điện tử', applicant.email, 'Cần số điện thoại hoặc thư điện tử để nhận thông báo')),
    h('h2', {}, 'Thành phần hồ sơ'),
    h('table', {class: 'docs'}, h('thead', {}, h('tr', {}, ['Có', 'Giấy tờ', 'Số bản', 'Số trang', 'Bản quét (PDF, JPEG, PNG)'].map(t => h('th', {}, t)))),
      // on a phone the header row is hidden: each cell says what it is (data-label)
      h('tbody', {}, docs.map(x => h('tr', {}, h('td', {'data-label': 'Có'}, x.given),
        h('td', {class: 'doc-name'}, x.d.name, x.d.mandatory ? h('span', {class: 'req'}, ' *') : null),
        h('td', {'data-label': 'Số bản'}, x.copies), x.pages ? h('td', {'data-label': 'Số trang'}, x.pages) : h('td', {}, ''),
        h('td', {'data-label': 'Bản quét'}, x.file))))),
    formInputs.length ? [h('h2', {}, 'Tờ khai'), h('div', {class: 'grid'}, formInputs.map(({f, input}) => field(f.label, input)))] : null,
    h('h2', {}, 'Phí, lệ phí (dự kiến)'), h('p', {}, feeTotal), feeLines,
    out, h('div', {class: 'actions'}, submit)));
  updateFee();
}

const MAX_FILE = 10 * 1024 * 1024;
const FILE_TYPES = /\.(pdf|jpe?g|png)$/i;

/** Why a chosen file will be refused (the server checks again, by content), or null. */
function fileProblem(file) {
  if (!file) return null;
  if (!FILE_TYPES.test(file.name)) return 'chỉ nhận tệp PDF, JPEG hoặc PNG (' + file.name + ').';
  if (file.size > MAX_FILE) return 'tệp ' + file.name + ' lớn hơn 10 MB; hãy quét lại với độ phân giải thấp hơn.';
  if (file.size === 0) return 'tệp ' + file.name + ' rỗng.';
  return null;
}

/** The confirmation of an online submission, as kept in this tab. */
function submitted(code) {
  const d = JSON.parse(sessionStorage.getItem('motcua.submitted.' + code) || 'null');
  document.title = 'Đã nộp hồ sơ – Dịch vụ công trực tuyến';
  if (!d) {
    mount(app, h('h1', {}, 'Hồ sơ ' + code), h('p', {}, 'Tra cứu tình trạng hồ sơ bằng mã hồ sơ và 4 số cuối số định danh cá nhân: ',
      h('a', {href: '#/tra-cuu?ma=' + enc(code)}, 'Tra cứu hồ sơ này')));
    return;
  }
  mount(app, h('h1', {}, 'Đã nộp hồ sơ'), notice('ok', 'Hồ sơ của Ông/Bà đã được gửi. Bộ phận tiếp nhận sẽ kiểm tra và '
    + 'thông báo kết quả tiếp nhận qua số điện thoại hoặc thư điện tử Ông/Bà đã khai.'),
  d.failed.length ? notice('error', 'Một số tệp chưa tải lên được. Ông/Bà có thể tải lại tại trang tra cứu hồ sơ '
    + 'khi hồ sơ còn chờ tiếp nhận:', d.failed) : null,
  h('dl', {class: 'facts card'}, h('dt', {}, 'Mã hồ sơ'), h('dd', {}, h('b', {id: 'submitted-code'}, d.code)),
    h('dt', {}, 'Thủ tục'), h('dd', {}, d.procedureName), h('dt', {}, 'Nơi tiếp nhận'), h('dd', {}, d.agencyName),
    h('dt', {}, 'Trạng thái'), h('dd', {}, d.statusLabel), h('dt', {}, 'Phí, lệ phí (dự kiến)'), h('dd', {}, money(d.fee))),
  h('p', {}, 'Hãy ghi lại mã hồ sơ để tra cứu cùng 4 số cuối số định danh cá nhân. ',
    h('a', {href: '#/tra-cuu?ma=' + enc(d.code), id: 'go-lookup'}, 'Tra cứu hồ sơ này')));
}

/** Uploads the chosen files; returns the problems of those that failed. */
async function uploadAll(code, suffix, docs) {
  const failed = [];
  for (const x of docs) {
    const file = x.file.files[0];
    // sent already (a retry after another file or the supplement itself failed): not stored twice
    if (!file || x.sent === file) continue;
    try {
      await api('POST', '/public/dossiers/' + enc(code) + '/files' + query({idSuffix: suffix, document: x.d.code, name: file.name}), file);
      x.sent = file;
    } catch (e) {
      failed.push({message: file.name + ': ' + (e.problems.length ? e.problems.map(p => p.message).join(' ') : e.message)});
    }
  }
  return failed;
}

async function lookupPage(params) {
  document.title = 'Tra cứu hồ sơ – Dịch vụ công trực tuyến';
  const code = h('input', {id: 'lookup-code', required: true, value: params.get('ma') || '', autocomplete: 'off',
    placeholder: '000.10.01.H07-261130-0001'});
  // a full ID number pasted is fine: its last four digits are what is sent
  const suffix = h('input', {id: 'lookup-suffix', required: true, maxlength: 20, inputmode: 'numeric', autocomplete: 'off'});
  const result = h('div', {id: 'lookup-result'});
  const form = h('form', {class: 'card inline', id: 'lookup-form', onsubmit: async e => {
    e.preventDefault();
    await show();
  }}, field('Mã hồ sơ', code), field('4 số cuối số định danh cá nhân', suffix),
  h('button', {type: 'submit', class: 'primary', id: 'lookup-submit'}, 'Tra cứu'));

  async function show() {
    // codes are written in capitals without spaces; a code typed in lower case or spaced is the same code
    const c = code.value.replace(/\s+/g, '').toUpperCase();
    const digits = suffix.value.replace(/\D/g, '');
    const id = digits; // 4 digits, or all 12 (then the whole number must match)
    if (digits.length !== 4 && digits.length !== 12) {
      mount(result, notice('error', 'Hãy nhập 4 chữ số cuối (hoặc cả 12 chữ số) của số định danh cá nhân người nộp hồ sơ.'));
      return;
    }
    try {
      const d = await get('/public/dossiers/' + enc(c) + query({idSuffix: id}));
      mount(result, dossierView(d, c, id, show));
    } catch (e) {
      if (e.status === 429 && e.retryAfter && !/phút|giờ/.test(e.message)) {
        mount(result, notice('error', e.message + ' Vui lòng thử lại sau khoảng ' + Math.max(1, Math.ceil(e.retryAfter / 60))
          + ' phút.'));
      } else {
        showError(result, e);
      }
    }
  }
  mount(app, h('h1', {}, 'Tra cứu hồ sơ'), form, result);
  (code.value ? suffix : code).focus();
}

function dossierView(d, code, suffix, refresh) {
  const parts = [h('section', {class: 'card'}, h('h2', {}, d.procedureName),
    h('dl', {class: 'facts'}, h('dt', {}, 'Mã hồ sơ'), h('dd', {}, d.code), h('dt', {}, 'Nơi tiếp nhận'), h('dd', {}, d.agencyName),
      h('dt', {}, 'Trạng thái'), h('dd', {id: 'lookup-status'}, d.statusLabel),
      h('dt', {}, 'Ngày nộp'), h('dd', {}, dateTime(d.submittedAt)),
      // refused or withdrawn: nothing is promised any more; otherwise the promise, and whether it was kept
      ...(d.status === 'REFUSED' || d.status === 'WITHDRAWN' || !d.dueAt ? [] : [h('dt', {}, 'Hẹn trả kết quả'),
        h('dd', {id: 'lookup-due'}, dateTime(d.dueAt), lateness(d) ? h('span', {class: 'badge overdue'}, ' ' + lateness(d)) : null)]),
      d.appointmentAt ? [h('dt', {}, 'Hẹn lại'), h('dd', {}, dateTime(d.appointmentAt))] : null,
      d.returnedAt ? [h('dt', {}, 'Đã trả kết quả'), h('dd', {}, dateTime(d.returnedAt))] : null,
      // a dossier refused or withdrawn was never received: nothing is owed
      ...(d.status === 'REFUSED' || d.status === 'WITHDRAWN' ? [] : [h('dt', {}, 'Phí, lệ phí'), h('dd', {}, money(d.fee))])),
    h('h3', {}, 'Quá trình giải quyết'),
    h('ol', {class: 'timeline', id: 'lookup-timeline'}, d.timeline.map(t => h('li', {}, h('b', {}, dateTime(t.at)), ' ',
      stepWords(t, d), t.note ? h('span', {class: 'muted'}, ' – ' + t.note) : null))))];
  const papers = slipLinks(d, suffix);
  if (papers.length) {
    parts.push(h('section', {class: 'card', id: 'lookup-slips'}, h('h2', {}, 'Phiếu, giấy tờ của hồ sơ'),
      h('p', {class: 'muted'}, 'Xem và in như bản Bộ phận tiếp nhận và trả kết quả giao cho Ông/Bà.'),
      h('ul', {}, papers)));
  }
  if (d.status === 'SUBMITTED') parts.push(uploadForm(d, code, suffix, refresh));
  if (d.status === 'SUPPLEMENT_REQUESTED') parts.push(supplementForm(d, code, suffix, refresh));
  if (d.status === 'RETURNED') {
    parts.push(d.ratedAt ? h('section', {class: 'card', id: 'rating-done'}, h('h2', {}, 'Đánh giá mức độ hài lòng'),
      h('p', {}, 'Ông/Bà đã đánh giá hồ sơ này lúc ' + dateTime(d.ratedAt) + '. Cảm ơn Ông/Bà đã góp ý.'))
      : d.ratingOpenUntil && nowVn() > d.ratingOpenUntil
        ? h('section', {class: 'card', id: 'rating-closed'}, h('h2', {}, 'Đánh giá mức độ hài lòng'),
          h('p', {}, 'Thời hạn đánh giá trực tuyến hồ sơ này đã hết ngày ' + dateTime(d.ratingOpenUntil.slice(0, 10)) + '.'))
        : ratingForm(code, suffix, d.ratingOpenUntil));
  }
  return parts;
}

/** The slips the one-stop issued to the applicant for this dossier, as links to print them. */
function slipLinks(d, suffix) {
  const did = action => d.timeline.some(t => t.action === action);
  return [
    [d.receivedAt, 'receipt', 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả'],
    [did('REQUEST_SUPPLEMENT'), 'supplement-request', 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ'],
    [did('REFUSE'), 'refusal', 'Phiếu từ chối tiếp nhận giải quyết hồ sơ'],
    [did('APOLOGIZE'), 'apology', 'Phiếu xin lỗi và hẹn lại ngày trả kết quả'],
    [did('STOP'), 'stop-notice', 'Thông báo dừng giải quyết hồ sơ']]
    .filter(([issued]) => issued)
    .map(([, slip, name]) => h('li', {}, h('a', {href: '/api/public/dossiers/' + enc(d.code) + '/slips/' + slip
      + query({idSuffix: suffix}), target: '_blank', rel: 'noopener', 'data-slip': slip}, name)));
}

/** "Trễ hẹn" when the result came after the due instant, "Đã quá hạn" when it is still awaited past it. */
function lateness(d) {
  const late = (at, due) => at.slice(0, 16) > due.slice(0, 16);
  if (d.finishedAt) return late(d.finishedAt, d.dueAt) ? 'Trễ hẹn' : null;
  return late(nowVn(), d.dueAt) && d.status !== 'SUBMITTED' ? 'Đã quá hạn' : null;
}

/** What an entry of the timeline means to the applicant, where its status alone would not say it. */
const STEP_WORDS = {
  REQUEST_SUPPLEMENT: 'Yêu cầu bổ sung, hoàn thiện hồ sơ (thời hạn giải quyết tạm dừng)',
  SUPPLEMENT: 'Đã nộp bổ sung; hồ sơ được giải quyết tiếp',
  APOLOGIZE: 'Xin lỗi và hẹn lại ngày trả kết quả',
  TRANSFER: 'Chuyển cơ quan phối hợp giải quyết (liên thông)',
  TRANSFER_BACK: 'Cơ quan phối hợp đã trả lại; hồ sơ được giải quyết tiếp',
  RECALCULATE_DUE: 'Tính lại hạn trả kết quả theo lịch làm việc',
};

/** The words of a timeline entry; before an online dossier is accepted no time limit runs yet. */
function stepWords(t, d) {
  const beforeReception = !d.receivedAt || t.at < d.receivedAt;
  if (t.action === 'REQUEST_SUPPLEMENT' && beforeReception) return 'Hướng dẫn bổ sung, hoàn thiện hồ sơ trước khi tiếp nhận';
  if (t.action === 'SUPPLEMENT' && beforeReception) return 'Đã nộp bổ sung; hồ sơ chờ tiếp nhận';
  return STEP_WORDS[t.action] || t.statusLabel;
}

/** A scan sent again while the dossier waits to be accepted (one that failed when it was submitted). */
function uploadForm(d, code, suffix, refresh) {
  const out = h('div', {id: 'upload-message'});
  const docSelect = h('select', {id: 'upload-document'});
  const file = h('input', {type: 'file', accept: 'application/pdf,image/jpeg,image/png', id: 'upload-file'});
  const button = h('button', {type: 'submit', class: 'primary', id: 'upload-submit'}, 'Tải lên');
  // the procedure's papers, and those a guidance asked for that it does not list ("giấy ủy quyền")
  get('/procedures/' + enc(d.procedureCode)).then(p => mount(docSelect, [...p.documents,
    ...(d.guidedDocuments || []).filter(r => !p.documents.some(x => x.code === r.code))]
    .map(x => h('option', {value: x.code}, x.name || x.code))))
    .catch(() => mount(out, notice('error', 'Không tải được danh sách thành phần hồ sơ.')));
  return h('form', {class: 'card', id: 'upload-form', onsubmit: async e => {
    e.preventDefault();
    const problem = file.files[0] ? fileProblem(file.files[0]) : 'chưa chọn tệp.';
    if (problem) {
      mount(out, notice('error', problem));
      return;
    }
    button.disabled = true;
    try {
      await api('POST', '/public/dossiers/' + enc(code) + '/files' + query({idSuffix: suffix, document: docSelect.value,
        name: file.files[0].name}), file.files[0]);
      mount(out, notice('ok', 'Đã tải lên ' + file.files[0].name + '.'));
      file.value = '';
    } catch (err) {
      showError(out, err);
    } finally {
      button.disabled = false;
    }
  }}, h('h2', {}, 'Tải lên bản quét'), h('p', {class: 'muted'}, 'Khi hồ sơ còn chờ tiếp nhận, Ông/Bà có thể gửi thêm '
    + 'hoặc gửi lại bản quét giấy tờ (PDF, JPEG, PNG; tối đa 10 MB).'),
  field('Giấy tờ', docSelect), field('Tệp', file), out, h('div', {class: 'actions'}, button));
}

function supplementForm(d, code, suffix, refresh) {
  const out = h('div', {});
  const rows = d.requestedDocuments.map(r => ({r,
    pages: h('input', {type: 'number', min: 0, value: '', class: 'num', 'aria-label': 'Số trang', id: 'sup-' + r.code + '-pages'}),
    file: h('input', {type: 'file', accept: 'application/pdf,image/jpeg,image/png', id: 'sup-' + r.code + '-file'})}));
  const button = h('button', {type: 'submit', class: 'primary', id: 'supplement-submit'}, 'Nộp bổ sung');
  const uploads = rows.map(x => ({d: {code: x.r.code}, file: x.file}));
  // the declaration's fields, empty: only what the citizen fills in is corrected (its values are not shown here)
  const fixes = [];
  const fixBox = h('div', {});
  get('/procedures/' + enc(d.procedureCode)).then(p => mount(fixBox, (p.formFields || []).filter(f => f.type !== 'YES_NO').length
    ? h('details', {id: 'supplement-form-fix'}, h('summary', {}, 'Sửa tờ khai (nếu Bộ phận tiếp nhận yêu cầu)'),
      h('p', {class: 'muted'}, 'Chỉ ghi những mục cần sửa; các mục để trống giữ nguyên như đã khai.'),
      h('div', {class: 'grid'}, p.formFields.filter(f => f.type !== 'YES_NO').map(f => {
        const input = formInput(f);
        input.id = 'fix-' + f.name;
        input.required = false;
        fixes.push({f, input});
        return field(f.label, input);
      }))) : null)).catch(() => {});
  return h('form', {class: 'card', id: 'supplement-form', onsubmit: async e => {
    e.preventDefault();
    // each requested paper, scanned: what is not sent is not supplied
    const missing = rows.filter(x => !x.file.files[0]).map(x => ({message: 'Chưa chọn tệp cho: ' + (x.r.name || x.r.code)}));
    const wrong = rows.map(x => fileProblem(x.file.files[0])).filter(p => p).map(message => ({message}));
    if (missing.length || wrong.length) {
      mount(out, notice('error', 'Chưa nộp bổ sung được:', [...missing, ...wrong]));
      return;
    }
    button.disabled = true;
    try {
      // sent from another device or an old tab already: nothing is uploaded again
      const now = await get('/public/dossiers/' + enc(code) + query({idSuffix: suffix}));
      if (now.status !== 'SUPPLEMENT_REQUESTED') {
        await refresh();
        const result = document.getElementById('lookup-result');
        if (result) result.prepend(notice('info', 'Hồ sơ đã được bổ sung hoặc đã chuyển sang bước khác; trang đã được tải lại.'));
        return;
      }
      const failed = await uploadAll(code, suffix, uploads);
      if (failed.length) {
        mount(out, notice('error', 'Chưa tải được tệp.', failed));
        return;
      }
      const form = Object.fromEntries(fixes.map(({f, input}) => [f.name, input.value.trim()]).filter(([, v]) => v !== ''));
      await post('/public/dossiers/' + enc(code) + '/supplement' + query({idSuffix: suffix}), {documents: rows.map(x => ({
        code: x.r.code, originals: 1, certifiedCopies: 0, copies: 0, pages: +x.pages.value || 0})),
        ...(Object.keys(form).length ? {form} : {})});
      await refresh();
      const result = document.getElementById('lookup-result');
      if (result) result.prepend(notice('ok', d.receivedAt ? 'Đã nộp bổ sung. Hồ sơ được giải quyết tiếp; Ông/Bà theo dõi tại trang này.'
        : 'Đã nộp bổ sung. Bộ phận tiếp nhận sẽ kiểm tra và tiếp nhận hồ sơ; Ông/Bà theo dõi tại trang này.'));
    } catch (err) {
      showError(out, err);
    } finally {
      button.disabled = false;
    }
  }}, h('h2', {}, 'Bổ sung hồ sơ'), h('p', {}, 'Bộ phận tiếp nhận đề nghị Ông/Bà bổ sung, hoàn thiện:'),
  h('ul', {}, rows.map(x => h('li', {}, h('b', {}, x.r.name || x.r.code), x.r.reason ? ' – ' + x.r.reason : '', ' ',
    h('div', {class: 'supplement-inputs'}, h('label', {}, 'Số trang ', x.pages), ' ', x.file)))),
  fixBox, out, h('div', {class: 'actions'}, button));
}

function ratingForm(code, suffix, openUntil) {
  const out = h('div', {id: 'rating-message'});
  const choice = (name, legend) => h('fieldset', {class: 'rating'}, h('legend', {}, legend), RATINGS.map(([v, l], i) =>
    // nothing chosen in advance: a ready-made "Rất hài lòng" would count where the citizen said nothing
    h('label', {class: 'check'}, h('input', {type: 'radio', name, value: v, id: name + '-' + v}), ' ', l)));
  const comment = h('textarea', {id: 'rating-comment', rows: 3, maxlength: 2000});
  const form = h('form', {class: 'card', id: 'rating-form', onsubmit: async e => {
    e.preventDefault();
    const value = name => (form.querySelector('input[name="' + name + '"]:checked') || {}).value;
    if (!value('convenience') || !value('overall')) {
      mount(out, notice('error', 'Xin Ông/Bà chọn một mức cho mỗi câu hỏi.'));
      return;
    }
    try {
      await post('/public/dossiers/' + enc(code) + '/rating' + query({idSuffix: suffix}), {convenience: value('convenience'),
        overall: value('overall'), comment: comment.value.trim() || null});
      mount(form, notice('ok', 'Cảm ơn Ông/Bà đã đánh giá. Ý kiến đã được ghi nhận.'));
    } catch (err) {
      showError(out, err);
    }
  }}, h('h2', {}, 'Đánh giá mức độ hài lòng'),
  openUntil ? h('p', {class: 'muted'}, 'Ông/Bà có thể đánh giá đến hết ngày ' + dateTime(openUntil.slice(0, 10)) + '.') : null,
  choice('convenience', 'Ông/Bà đánh giá thế nào về sự thuận tiện khi thực hiện thủ tục?'),
  choice('overall', 'Ông/Bà hài lòng thế nào với kết quả giải quyết?'),
  field('Góp ý', comment), out, h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'primary', id: 'rating-submit'}, 'Gửi đánh giá')));
  return form;
}

window.addEventListener('hashchange', route);
route();
