// The citizens' pages: the public catalogue, online submission with scanned documents, lookup by
// code and the last four digits of the identity number, supplement upload, and the rating.
import {h, mount, field, notice, showError} from './dom.js';
import {get, post, api, enc, query} from './api.js';
import {dateTime, money} from './format.js';
import {limitText, fold, formInput} from './counter.js';

const app = document.getElementById('app');

const RATINGS = [['VERY_SATISFIED', 'Rất hài lòng'], ['SATISFIED', 'Hài lòng'], ['DISSATISFIED', 'Không hài lòng']];

async function route() {
  const hash = location.hash || '#/';
  try {
    if (hash.startsWith('#/nop/')) await submission(decodeURIComponent(hash.slice(6)));
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
    const q = fold(search.value.trim());
    mount(list, entries.filter(e => !q || fold(e.name).includes(q) || e.code.includes(q)).map(e => h('article', {class: 'card proc'},
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
  const entry = offered.find(e => e.code === code);
  const where = entry ? entry.offeredAt : [];
  const choices = agencies.filter(a => a.level === 'COMMUNE' && (where.includes('*') || where.includes(a.code)
    || where.includes('level:COMMUNE')));
  const agency = h('select', {id: 'citizen-agency'}, (choices.length ? choices : agencies).map(a => h('option', {value: a.code}, a.name)));
  const applicant = {
    fullName: h('input', {id: 'citizen-fullName', required: true, maxlength: 200}),
    idNumber: h('input', {id: 'citizen-idNumber', required: true, inputmode: 'numeric', maxlength: 12}),
    phone: h('input', {id: 'citizen-phone', type: 'tel', maxlength: 15}),
    address: h('input', {id: 'citizen-address', maxlength: 500}),
    email: h('input', {id: 'citizen-email', type: 'email', maxlength: 200}),
  };
  const docs = p.documents.map(d => ({d,
    given: h('input', {type: 'checkbox', id: 'cdoc-' + d.code, checked: d.mandatory}),
    copies: h('input', {type: 'number', min: 0, value: d.copies, class: 'num', 'aria-label': 'Số bản', id: 'cdoc-' + d.code + '-copies'}),
    pages: d.countsPages ? h('input', {type: 'number', min: 0, value: '', class: 'num', 'aria-label': 'Số trang', id: 'cdoc-' + d.code + '-pages'}) : null,
    file: h('input', {type: 'file', accept: 'application/pdf,image/jpeg,image/png', id: 'cdoc-' + d.code + '-file'})}));
  const formInputs = (p.formFields || []).map(f => ({f, input: formInput(f)}));
  const out = h('div', {id: 'citizen-message'});
  const submit = h('button', {type: 'submit', class: 'primary', id: 'citizen-submit'}, 'Nộp hồ sơ');
  mount(app, h('p', {class: 'crumbs'}, h('a', {href: '#/'}, '‹ Thủ tục hành chính')), h('h1', {}, p.name),
    h('form', {class: 'card', id: 'citizen-form', novalidate: true, onsubmit: async e => {
      e.preventDefault();
      submit.disabled = true;
      try {
        const d = await post('/public/dossiers', {procedureCode: p.code, agencyCode: agency.value, channel: 'ONLINE',
          applicant: Object.fromEntries(Object.entries(applicant).map(([k, v]) => [k, v.value.trim() || null])),
          documents: docs.filter(x => x.given.checked).map(x => ({code: x.d.code, originals: x.d.originals,
            certifiedCopies: x.d.certifiedCopies, copies: +x.copies.value || 0, pages: x.pages ? +x.pages.value || 0 : 0})),
          form: Object.fromEntries(formInputs.map(({f, input}) => [f.name, f.type === 'YES_NO' ? String(input.checked) : input.value])
            .filter(([, v]) => v !== ''))});
        const suffix = applicant.idNumber.value.trim().slice(-4);
        const failed = await uploadAll(d.code, suffix, docs.filter(x => x.given.checked));
        mount(app, h('h1', {}, 'Đã nộp hồ sơ'), notice('ok', 'Hồ sơ của Ông/Bà đã được gửi. Bộ phận tiếp nhận sẽ kiểm tra và '
          + 'thông báo kết quả tiếp nhận.'), failed.length ? notice('error', 'Một số tệp chưa tải lên được.', failed) : null,
        h('dl', {class: 'facts card'}, h('dt', {}, 'Mã hồ sơ'), h('dd', {}, h('b', {id: 'submitted-code'}, d.code)),
          h('dt', {}, 'Thủ tục'), h('dd', {}, d.procedureName), h('dt', {}, 'Nơi tiếp nhận'), h('dd', {}, d.agencyName),
          h('dt', {}, 'Trạng thái'), h('dd', {}, d.statusLabel)),
        h('p', {}, 'Hãy ghi lại mã hồ sơ để tra cứu cùng 4 số cuối số định danh cá nhân. ',
          h('a', {href: '#/tra-cuu?ma=' + enc(d.code), id: 'go-lookup'}, 'Tra cứu hồ sơ này')));
      } catch (err) {
        showError(out, err);
        submit.disabled = false;
      }
    }}, field('Nơi nộp hồ sơ', agency),
    h('h2', {}, 'Người nộp hồ sơ'),
    h('div', {class: 'grid'}, field('Họ và tên', applicant.fullName), field('Số định danh cá nhân', applicant.idNumber, '12 chữ số'),
      field('Số điện thoại', applicant.phone), field('Địa chỉ', applicant.address), field('Thư điện tử', applicant.email)),
    h('h2', {}, 'Thành phần hồ sơ'),
    h('table', {class: 'docs'}, h('thead', {}, h('tr', {}, ['Có', 'Giấy tờ', 'Số bản', 'Số trang', 'Bản quét (PDF, JPEG, PNG)'].map(t => h('th', {}, t)))),
      h('tbody', {}, docs.map(x => h('tr', {}, h('td', {}, x.given), h('td', {}, x.d.name, x.d.mandatory ? h('span', {class: 'req'}, ' *') : null),
        h('td', {}, x.copies), h('td', {}, x.pages || '—'), h('td', {}, x.file))))),
    formInputs.length ? [h('h2', {}, 'Tờ khai'), h('div', {class: 'grid'}, formInputs.map(({f, input}) => field(f.label, input)))] : null,
    out, h('div', {class: 'actions'}, submit)));
}

/** Uploads the chosen files; returns the problems of those that failed. */
async function uploadAll(code, suffix, docs) {
  const failed = [];
  for (const x of docs) {
    const file = x.file.files[0];
    if (!file) continue;
    try {
      await api('POST', '/public/dossiers/' + enc(code) + '/files' + query({idSuffix: suffix, document: x.d.code, name: file.name}), file);
    } catch (e) {
      failed.push({message: file.name + ': ' + e.message});
    }
  }
  return failed;
}

async function lookupPage(params) {
  document.title = 'Tra cứu hồ sơ – Dịch vụ công trực tuyến';
  const code = h('input', {id: 'lookup-code', required: true, value: params.get('ma') || '', autocomplete: 'off',
    placeholder: '000.10.01.H07-261130-0001'});
  const suffix = h('input', {id: 'lookup-suffix', required: true, maxlength: 4, inputmode: 'numeric', autocomplete: 'off'});
  const result = h('div', {id: 'lookup-result'});
  const form = h('form', {class: 'card inline', id: 'lookup-form', onsubmit: async e => {
    e.preventDefault();
    await show();
  }}, field('Mã hồ sơ', code), field('4 số cuối số định danh cá nhân', suffix),
  h('button', {type: 'submit', class: 'primary', id: 'lookup-submit'}, 'Tra cứu'));

  async function show() {
    try {
      const d = await get('/public/dossiers/' + enc(code.value.trim()) + query({idSuffix: suffix.value.trim()}));
      mount(result, dossierView(d, code.value.trim(), suffix.value.trim(), show));
    } catch (e) {
      showError(result, e);
    }
  }
  mount(app, h('h1', {}, 'Tra cứu hồ sơ'), form, result);
  (code.value ? suffix : code).focus();
}

function dossierView(d, code, suffix, refresh) {
  const parts = [h('section', {class: 'card'}, h('h2', {}, d.procedureName),
    h('dl', {class: 'facts'}, h('dt', {}, 'Mã hồ sơ'), h('dd', {}, d.code), h('dt', {}, 'Nơi tiếp nhận'), h('dd', {}, d.agencyName),
      h('dt', {}, 'Trạng thái'), h('dd', {id: 'lookup-status'}, d.statusLabel),
      h('dt', {}, 'Ngày nộp'), h('dd', {}, dateTime(d.submittedAt)), h('dt', {}, 'Hẹn trả kết quả'), h('dd', {}, dateTime(d.dueAt)),
      d.appointmentAt ? [h('dt', {}, 'Hẹn lại'), h('dd', {}, dateTime(d.appointmentAt))] : null,
      d.returnedAt ? [h('dt', {}, 'Đã trả kết quả'), h('dd', {}, dateTime(d.returnedAt))] : null,
      // a dossier refused or withdrawn was never received: nothing is owed
      ...(d.status === 'REFUSED' || d.status === 'WITHDRAWN' ? [] : [h('dt', {}, 'Phí, lệ phí'), h('dd', {}, money(d.fee))])),
    h('h3', {}, 'Quá trình giải quyết'),
    h('ol', {class: 'timeline', id: 'lookup-timeline'}, d.timeline.map(t => h('li', {}, h('b', {}, dateTime(t.at)), ' ', t.statusLabel,
      t.note ? h('span', {class: 'muted'}, ' – ' + t.note) : null))))];
  if (d.status === 'SUPPLEMENT_REQUESTED') parts.push(supplementForm(d, code, suffix, refresh));
  if (d.status === 'RETURNED') {
    parts.push(d.ratedAt ? h('section', {class: 'card', id: 'rating-done'}, h('h2', {}, 'Đánh giá mức độ hài lòng'),
      h('p', {}, 'Ông/Bà đã đánh giá hồ sơ này lúc ' + dateTime(d.ratedAt) + '. Cảm ơn Ông/Bà đã góp ý.'))
      : ratingForm(code, suffix));
  }
  return parts;
}

function supplementForm(d, code, suffix, refresh) {
  const out = h('div', {});
  const rows = d.requestedDocuments.map(r => ({r,
    pages: h('input', {type: 'number', min: 0, value: '', class: 'num', 'aria-label': 'Số trang', id: 'sup-' + r.code + '-pages'}),
    file: h('input', {type: 'file', accept: 'application/pdf,image/jpeg,image/png', id: 'sup-' + r.code + '-file'})}));
  return h('form', {class: 'card', id: 'supplement-form', onsubmit: async e => {
    e.preventDefault();
    try {
      const failed = await uploadAll(code, suffix, rows.map(x => ({d: {code: x.r.code}, file: x.file})));
      if (failed.length) {
        mount(out, notice('error', 'Chưa tải được tệp.', failed));
        return;
      }
      await post('/public/dossiers/' + enc(code) + '/supplement' + query({idSuffix: suffix}), {documents: rows.map(x => ({
        code: x.r.code, originals: 1, certifiedCopies: 0, copies: 0, pages: +x.pages.value || 0}))});
      await refresh();
    } catch (err) {
      showError(out, err);
    }
  }}, h('h2', {}, 'Bổ sung hồ sơ'), h('p', {}, 'Bộ phận tiếp nhận đề nghị Ông/Bà bổ sung, hoàn thiện:'),
  h('ul', {}, rows.map(x => h('li', {}, h('b', {}, x.r.name || x.r.code), x.r.reason ? ' – ' + x.r.reason : '', ' ',
    h('label', {}, 'Số trang ', x.pages), ' ', x.file))),
  out, h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'primary', id: 'supplement-submit'}, 'Nộp bổ sung')));
}

function ratingForm(code, suffix) {
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
  choice('convenience', 'Ông/Bà đánh giá thế nào về sự thuận tiện khi thực hiện thủ tục?'),
  choice('overall', 'Ông/Bà hài lòng thế nào với kết quả giải quyết?'),
  field('Góp ý', comment), out, h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'primary', id: 'rating-submit'}, 'Gửi đánh giá')));
  return form;
}

window.addEventListener('hashchange', route);
route();
