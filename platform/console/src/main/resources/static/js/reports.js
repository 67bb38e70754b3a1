// Reports: the statistics of a period with charts of shares and on-time rates, CSV/Excel download,
// the tracking book, satisfaction and the ranking of communes.
import {h, svg, mount, field, notice, showError} from './dom.js';
import {get, query, enc} from './api.js';
import {number, percent, isoDay} from './format.js';

const GROUPS = [['AGENCY', 'Theo cơ quan'], ['FIELD', 'Theo lĩnh vực'], ['PROCEDURE', 'Theo thủ tục'],
  ['CHANNEL', 'Theo hình thức nộp'], ['PROVINCE', 'Toàn tỉnh']];

export async function render(app, ctx) {
  document.title = 'Báo cáo, thống kê – Một cửa điện tử';
  const today = isoDay();
  const from = h('input', {id: 'report-from', type: 'date', value: today.slice(0, 8) + '01', required: true});
  const to = h('input', {id: 'report-to', type: 'date', value: today, required: true});
  const group = h('select', {id: 'report-group'}, GROUPS.map(([v, l]) => h('option', {value: v}, l)));
  const year = h('input', {id: 'ranking-year', type: 'number', value: today.slice(0, 4), min: 2000, max: 2100});
  const result = h('div', {id: 'report-result'});
  const extra = h('div', {id: 'report-extra'});
  const downloads = h('p', {class: 'downloads'});

  async function show() {
    const q = {from: from.value, to: to.value, groupBy: group.value};
    mount(result, h('p', {class: 'loading'}, 'Đang tính…'));
    try {
      const report = await get('/reports' + query(q));
      mount(downloads,
        h('a', {class: 'button', id: 'download-csv', href: '/api/reports' + query({...q, format: 'csv'})}, 'Tải CSV'),
        h('a', {class: 'button', id: 'download-xlsx', href: '/api/reports' + query({...q, format: 'xlsx'})}, 'Tải Excel'),
        ctx.user.agencyCode ? h('a', {class: 'button', id: 'tracking-book', target: '_blank', rel: 'noopener',
          href: '/api/agencies/' + enc(ctx.user.agencyCode) + '/tracking-book' + query({from: q.from, to: q.to})},
        'Sổ theo dõi hồ sơ') : null);
      mount(result, summary(report), charts(report), table(report));
    } catch (e) {
      showError(result, e);
    }
    try {
      const [satisfaction, ranking] = await Promise.all([
        get('/reports/satisfaction' + query({from: from.value, to: to.value})),
        get('/reports/ranking' + query({year: year.value}))]);
      mount(extra, satisfactionTable(satisfaction), rankingTable(ranking, year.value));
    } catch (e) {
      showError(extra, e);
    }
  }

  mount(app, h('h1', {}, 'Báo cáo, thống kê'),
    h('form', {class: 'card inline', id: 'report-form', onsubmit: e => {
      e.preventDefault();
      show();
    }}, field('Từ ngày', from), field('Đến ngày', to), field('Nhóm theo', group), field('Năm xếp hạng', year),
    h('button', {type: 'submit', class: 'primary', id: 'report-submit'}, 'Xem báo cáo')),
    downloads, result, extra);
  await show();
}

function summary(r) {
  const t = r.total;
  return h('div', {class: 'tiles'},
    tile('Tiếp nhận trong kỳ', number(t.received), 'trực tiếp ' + number(t.receivedCounter) + ' · trực tuyến '
      + number(t.receivedOnline) + ' · bưu chính ' + number(t.receivedPost)),
    tile('Kỳ trước chuyển sang', number(t.carriedOver)),
    tile('Đã giải quyết', number(t.finishedEarly + t.finishedOnTime + t.finishedLate), 'trước hạn ' + number(t.finishedEarly)
      + ' · đúng hạn ' + number(t.finishedOnTime) + ' · quá hạn ' + number(t.finishedLate)),
    tile('Trước và đúng hạn', percent(t.onTimeRate)),
    tile('Đang giải quyết', number(t.openWithinTime + t.openOverdue), 'quá hạn ' + number(t.openOverdue)));
}

function tile(label, value, sub) {
  return h('div', {class: 'tile'}, h('span', {class: 'tile-label'}, label), h('b', {}, value), sub ? h('small', {}, sub) : null);
}

/** Two bar charts as SVG: share of dossiers received, and the early + on-time rate, per group. */
function charts(r) {
  const rows = r.rows.filter(x => x.received > 0 || x.onTimeRate !== null).slice(0, 20);
  if (!rows.length) return notice('info', 'Không có hồ sơ trong kỳ này.');
  const total = rows.reduce((s, x) => s + x.received, 0) || 1;
  return h('div', {class: 'charts'},
    bars('Tỷ lệ hồ sơ tiếp nhận', 'chart-share', rows.map(x => [x.label, x.received / total * 100, percent(x.received / total * 100)])),
    bars('Tỷ lệ giải quyết trước và đúng hạn', 'chart-ontime', rows.map(x => [x.label, x.onTimeRate ?? 0, percent(x.onTimeRate)])));
}

function bars(title, id, data) {
  const rowH = 22;
  const width = 560;
  const labelW = 220;
  const chart = svg('svg', {viewBox: '0 0 ' + width + ' ' + (data.length * rowH + 8), role: 'img', 'aria-label': title,
    class: 'chart', id},
  data.map(([label, value, text], i) => svg('g', {transform: 'translate(0,' + (i * rowH + 4) + ')'},
    svg('text', {x: 0, y: 14, class: 'chart-label', text: label.length > 32 ? label.slice(0, 31) + '…' : label}),
    svg('rect', {x: labelW, y: 2, height: 16, width: Math.max(0, Math.min(100, value)) * (width - labelW - 70) / 100, class: 'bar'}),
    svg('text', {x: width - 64, y: 14, class: 'chart-value', text}))));
  return h('figure', {class: 'card chart-box'}, h('figcaption', {}, title), chart);
}

const COLUMNS = [['label', 'Tên'], ['carriedOver', 'Kỳ trước'], ['received', 'Tiếp nhận'], ['finishedEarly', 'Trước hạn'],
  ['finishedOnTime', 'Đúng hạn'], ['finishedLate', 'Quá hạn'], ['openWithinTime', 'Đang giải quyết trong hạn'],
  ['openOverdue', 'Đang quá hạn'], ['paused', 'Tạm dừng'], ['withdrawn', 'Rút'], ['refused', 'Từ chối'], ['returned', 'Đã trả']];

function table(r) {
  return h('table', {class: 'list report', id: 'report-table'},
    h('thead', {}, h('tr', {}, COLUMNS.map(([, l]) => h('th', {}, l)), h('th', {}, 'Trước và đúng hạn'))),
    h('tbody', {}, [...r.rows, {...r.total, label: 'Tổng cộng'}].map(x => h('tr', {},
      COLUMNS.map(([k]) => h('td', {}, k === 'label' ? x.label : number(x[k]))), h('td', {}, percent(x.onTimeRate))))));
}

const SATISFACTION = {VERY_SATISFIED: 'Rất hài lòng', SATISFIED: 'Hài lòng', DISSATISFIED: 'Không hài lòng'};

function satisfactionTable(rows) {
  return h('section', {class: 'card', id: 'satisfaction'}, h('h2', {}, 'Mức độ hài lòng'), rows.length ? h('table', {class: 'list', id: 'satisfaction-table'},
    h('thead', {}, h('tr', {}, ['Cơ quan', 'Số đánh giá', 'Hài lòng trở lên', 'Xếp loại'].map(t => h('th', {}, t)))),
    h('tbody', {}, rows.map(x => h('tr', {}, h('td', {}, x.agencyName), h('td', {}, number(x.ratings)),
      h('td', {}, percent(x.satisfiedShare)), h('td', {}, x.classification || '—'))))) : h('p', {class: 'muted'}, 'Chưa có đánh giá.'),
  h('p', {class: 'muted'}, Object.values(SATISFACTION).join(' · ')));
}

function rankingTable(rows, year) {
  return h('section', {class: 'card', id: 'ranking'}, h('h2', {}, 'Xếp hạng xã, phường năm ' + year), rows.length ? h('table', {class: 'list', id: 'ranking-table'},
    h('thead', {}, h('tr', {}, ['Hạng', 'Xã, phường', 'Điểm', 'Các tiêu chí'].map(t => h('th', {}, t)))),
    h('tbody', {}, rows.map(x => h('tr', {}, h('td', {}, x.rank || '—'), h('td', {}, x.agencyName),
      h('td', {}, x.rank ? String(Math.round(x.score * 100) / 100).replace('.', ',') : 'chưa có dữ liệu'),
      h('td', {}, Object.values(x.criteria || {}).map(c => c.label + ': ' + (c.value == null ? 'chưa có dữ liệu'
        : String(Math.round(c.points * 100) / 100).replace('.', ','))).join('; '))))))
    : h('p', {class: 'muted'}, 'Chưa có dữ liệu xếp hạng.'));
}
