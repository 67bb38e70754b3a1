// Administration: officials' accounts and roles; the agency tree, the published catalogue and the
// calendar as the runtime reads them from etc/ (edited there, or with the shell).
import {h, mount, field, notice, showError} from './dom.js';
import {get, post, put, query, enc} from './api.js';
import {date, isoDay} from './format.js';

const ROLES = [['RECEPTION_CLERK', 'Cán bộ tiếp nhận'], ['SPECIALIST', 'Chuyên viên'], ['LEADER', 'Lãnh đạo'],
  ['AGENCY_ADMIN', 'Quản trị đơn vị'], ['PROVINCE_ADMIN', 'Quản trị tỉnh']];

export async function render(app, ctx) {
  document.title = 'Quản trị – Một cửa điện tử';
  const agencies = await get('/agencies');
  const usersBox = h('div', {id: 'users'});
  const message = h('div', {id: 'admin-message'});
  const agencyFilter = h('select', {id: 'users-agency'}, h('option', {value: ''}, 'Tất cả cơ quan trong phạm vi'),
    agencies.map(a => h('option', {value: a.code, selected: a.code === ctx.user.agencyCode && !ctx.has('PROVINCE_ADMIN')},
      a.name + ' (' + a.code + ')')));

  async function loadUsers() {
    try {
      const users = await get('/admin/users' + query({agency: agencyFilter.value}));
      mount(usersBox, h('table', {class: 'list', id: 'users-table'},
        h('thead', {}, h('tr', {}, ['Tên đăng nhập', 'Họ và tên', 'Cơ quan', 'Vai trò', 'Trạng thái', ''].map(t => h('th', {}, t)))),
        h('tbody', {}, users.map(u => h('tr', {}, h('td', {}, u.userName), h('td', {}, u.displayName),
          h('td', {}, u.agencyCode), h('td', {}, u.roleLabels.join(', ')), h('td', {}, u.enabled ? 'Đang dùng' : 'Đã khóa'),
          h('td', {}, u.userName === ctx.user.userName ? '' : h('button', {type: 'button', class: 'link', onclick: async () => {
            try {
              await put('/admin/users/' + enc(u.userName), {enabled: !u.enabled});
              mount(message, notice('ok', (u.enabled ? 'Đã khóa ' : 'Đã mở khóa ') + u.userName + '.'));
              loadUsers();
            } catch (e) {
              showError(message, e);
            }
          }}, u.enabled ? 'Khóa' : 'Mở khóa')))))));
    } catch (e) {
      showError(usersBox, e);
    }
  }
  agencyFilter.addEventListener('change', loadUsers);

  const nu = {
    userName: h('input', {id: 'new-userName', required: true, pattern: '[a-z0-9._-]{3,100}', autocomplete: 'off'}),
    displayName: h('input', {id: 'new-displayName', required: true, maxlength: 200, autocomplete: 'off'}),
    agencyCode: h('select', {id: 'new-agencyCode'}, agencies.map(a => h('option', {value: a.code,
      selected: a.code === ctx.user.agencyCode}, a.name))),
    password: h('input', {id: 'new-password', type: 'password', required: true, minlength: 8, autocomplete: 'new-password'}),
  };
  const roleBoxes = ROLES.filter(([r]) => r !== 'PROVINCE_ADMIN' || ctx.has('PROVINCE_ADMIN'))
    .map(([r, l]) => ({r, box: h('input', {type: 'checkbox', id: 'new-role-' + r, value: r}), l}));
  const createOut = h('div', {});
  const create = h('form', {class: 'card', id: 'new-user', onsubmit: async e => {
    e.preventDefault();
    try {
      const u = await post('/admin/users', {userName: nu.userName.value.trim(), displayName: nu.displayName.value,
        agencyCode: nu.agencyCode.value, password: nu.password.value, roles: roleBoxes.filter(x => x.box.checked).map(x => x.r)});
      nu.password.value = '';
      mount(createOut, notice('ok', 'Đã tạo tài khoản ' + u.userName + '.'));
      loadUsers();
    } catch (err) {
      showError(createOut, err);
    }
  }}, h('h2', {}, 'Tạo tài khoản cán bộ'), h('div', {class: 'grid'}, field('Tên đăng nhập', nu.userName, 'chữ thường không dấu, số, . _ -'),
    field('Họ và tên', nu.displayName), field('Cơ quan', nu.agencyCode), field('Mật khẩu ban đầu', nu.password, 'ít nhất 8 ký tự')),
  h('fieldset', {}, h('legend', {}, 'Vai trò'), roleBoxes.map(x => h('label', {class: 'check'}, x.box, ' ', x.l))),
  createOut, h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'primary', id: 'new-user-submit'}, 'Tạo tài khoản')));

  const today = isoDay();
  const [catalogue, days] = await Promise.all([get('/catalogue'),
    get('/calendar/days' + query({from: today.slice(0, 4) + '-01-01', to: today.slice(0, 4) + '-12-31'}))]);
  // weekdays off and make-up Saturdays: the notices, not every weekend
  const weekend = d => [0, 6].includes(new Date(d.date + 'T00:00:00Z').getUTCDay());
  const offDays = days.filter(d => d.reason && (weekend(d) ? d.working : !d.working));

  mount(app, h('h1', {}, 'Quản trị'), message,
    h('section', {class: 'card'}, h('h2', {}, 'Tài khoản và vai trò'), field('Cơ quan', agencyFilter), usersBox), create,
    h('section', {class: 'card'}, h('h2', {}, 'Cơ quan, đơn vị'),
      h('p', {class: 'muted'}, 'Đọc từ etc/motcua-agencies.csv; sửa tệp đó, hệ thống áp dụng ngay không cần khởi động lại.'),
      h('table', {class: 'list', id: 'agencies'}, h('thead', {}, h('tr', {}, ['Mã', 'Tên', 'Cấp', 'Trực thuộc', 'Hiệu lực'].map(t => h('th', {}, t)))),
        h('tbody', {}, agencies.map(a => h('tr', {}, h('td', {}, a.code), h('td', {}, a.name), h('td', {}, a.levelLabel),
          h('td', {}, a.parent || ''), h('td', {}, date(a.validFrom) + (a.validTo ? ' – ' + date(a.validTo) : '')))))))
    ,
    h('section', {class: 'card'}, h('h2', {}, 'Danh mục thủ tục được công bố hôm nay'),
      h('p', {class: 'muted'}, 'Đọc từ etc/motcua-catalogue.csv (cơ quan, hiệu lực, quyết định công bố, phí của tỉnh).'),
      h('table', {class: 'list', id: 'catalogue'}, h('thead', {}, h('tr', {}, ['Mã', 'Thủ tục', 'Quyết định', 'Phí của tỉnh', 'Nơi cung cấp'].map(t => h('th', {}, t)))),
        h('tbody', {}, catalogue.map(c => h('tr', {}, h('td', {}, c.code), h('td', {}, c.name), h('td', {}, c.decision || ''),
          h('td', {}, c.localFee ?? ''), h('td', {}, c.offeredAt.length > 3 ? c.offeredAt.length + ' cơ quan' : c.offeredAt.join(', '))))))),
    h('section', {class: 'card'}, h('h2', {}, 'Ngày nghỉ năm ' + today.slice(0, 4)),
      h('p', {class: 'muted'}, 'Lịch nghỉ lễ quốc gia kèm bổ sung của tỉnh trong etc/motcua-calendar.csv.'),
      h('ul', {id: 'holidays', class: 'columns'}, offDays.map(d => h('li', {}, date(d.date) + (d.working ? ' (làm bù)' : '') + ': ' + d.reason)))));
  loadUsers();
}
