// The officials' console: sign-in, then the pages each role needs, chosen by the address's #hash.
import {h, mount, field, notice} from './dom.js';
import {get, post, del, setCsrf, ApiError} from './api.js';
import * as counter from './counter.js';
import * as worklist from './worklist.js';
import * as dossier from './dossier.js';
import * as reports from './reports.js';
import * as admin from './admin.js';

const app = document.getElementById('app');
const nav = document.getElementById('nav');
const who = document.getElementById('who');
let user = null;

const has = role => Boolean(user && user.roles.includes(role));
const isAdmin = () => has('PROVINCE_ADMIN') || has('AGENCY_ADMIN');

const PAGES = [
  {hash: '#/tiep-nhan', label: 'Tiếp nhận hồ sơ', when: () => has('RECEPTION_CLERK'), page: counter},
  {hash: '#/ho-so', label: 'Hồ sơ cần xử lý', when: () => true, page: worklist},
  {hash: '#/bao-cao', label: 'Báo cáo, thống kê', when: () => true, page: reports},
  {hash: '#/quan-tri', label: 'Quản trị', when: isAdmin, page: admin},
];

function navigate(hash) {
  if (location.hash === hash) route();
  else location.hash = hash;
}

function home() {
  return has('RECEPTION_CLERK') ? '#/tiep-nhan' : '#/ho-so';
}

function renderShell() {
  mount(nav, PAGES.filter(p => p.when()).map(p => h('a', {href: p.hash, id: 'nav-' + p.hash.slice(2)}, p.label)));
  mount(who, h('span', {class: 'user', id: 'current-user'}, user.fullName),
    h('span', {class: 'agency'}, user.agencyName || user.agencyCode || ''),
    h('span', {class: 'roles'}, user.roleLabels.join(', ')),
    h('button', {type: 'button', class: 'link', id: 'logout', onclick: logout}, 'Đăng xuất'));
}

async function logout() {
  try {
    await del('/session');
  } catch (e) {
    // the session may already be gone: the page signs out all the same
  }
  signedOut('Đã đăng xuất.');
}

function signedOut(message) {
  user = null;
  setCsrf(null);
  mount(nav);
  mount(who);
  showLogin(message);
}

function showLogin(message) {
  document.title = 'Đăng nhập – Một cửa điện tử';
  const out = h('div', {id: 'login-message'}, message ? notice('info', message) : null);
  const name = h('input', {id: 'login-user', name: 'userName', autocomplete: 'username', required: true, autofocus: true});
  const password = h('input', {id: 'login-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true});
  const button = h('button', {type: 'submit', id: 'login-submit', class: 'primary'}, 'Đăng nhập');
  const form = h('form', {class: 'card login', onsubmit: async e => {
    e.preventDefault();
    button.disabled = true;
    try {
      const session = await post('/session', {userName: name.value, password: password.value}, {quiet: true});
      start(session);
    } catch (err) {
      password.value = '';
      mount(out, notice('error', err.message));
      password.focus();
    } finally {
      button.disabled = false;
    }
  }}, h('h1', {}, 'Đăng nhập'), h('p', {class: 'muted'}, 'Dành cho cán bộ tiếp nhận, chuyên viên, lãnh đạo và quản trị.'),
    out, field('Tên đăng nhập', name), field('Mật khẩu', password), button);
  mount(app, form);
  name.focus();
}

function start(session) {
  user = session;
  setCsrf(session.csrfToken);
  renderShell();
  if (!location.hash || location.hash === '#/' || location.hash === '#/dang-nhap') navigate(home());
  else route();
}

async function route() {
  if (!user) return;
  const hash = location.hash || home();
  for (const a of nav.querySelectorAll('a')) a.classList.toggle('active', hash.startsWith(a.getAttribute('href')));
  const ctx = {user, navigate, has};
  try {
    if (hash.startsWith('#/ho-so/')) {
      await dossier.render(app, ctx, decodeURIComponent(hash.slice('#/ho-so/'.length)));
      return;
    }
    const page = PAGES.find(p => hash.startsWith(p.hash) && p.when());
    if (!page) {
      navigate(home());
      return;
    }
    await page.page.render(app, ctx);
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return;
    mount(app, notice('error', e.message || 'Có lỗi xảy ra.'));
  }
  app.focus({preventScroll: true});
}

window.addEventListener('hashchange', route);
window.addEventListener('motcua:signed-out', () => signedOut('Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.'));

get('/session', {quiet: true}).then(start, () => showLogin());
