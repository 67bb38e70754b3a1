// Calls to /api: JSON in and out, the session cookie sent by the browser, the CSRF token added to
// every change. Errors become ApiError with the server's Vietnamese message and problems.

let csrfToken = null;

export function setCsrf(token) {
  csrfToken = token || null;
}

export class ApiError extends Error {
  constructor(status, body, retryAfter) {
    super(body && body.message ? body.message : 'Lỗi kết nối máy chủ (HTTP ' + status + ').');
    this.status = status;
    // seconds to wait, from a 429's or 503's Retry-After
    this.retryAfter = retryAfter ? parseInt(retryAfter, 10) || null : null;
    this.code = body && body.error;
    this.problems = (body && body.problems) || [];
  }
}

export async function api(method, path, body, options) {
  // X-Requested-With: the API then answers 401 without a Basic challenge (no browser login dialog)
  const headers = {'Accept': 'application/json', 'X-Requested-With': 'motcua-console'};
  let payload;
  if (body instanceof Blob) {
    payload = body;
    headers['Content-Type'] = body.type || 'application/octet-stream';
  } else if (body !== undefined) {
    payload = JSON.stringify(body);
    headers['Content-Type'] = 'application/json';
  }
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response;
  try {
    response = await fetch('/api' + path, {method, headers, body: payload, credentials: 'same-origin'});
  } catch (e) {
    throw new ApiError(0, {message: 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.'});
  }
  if (response.status === 204) return null;
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch (e) {
    json = null;
  }
  if (!response.ok) {
    if (response.status === 401 && !(options && options.quiet)) {
      window.dispatchEvent(new CustomEvent('motcua:signed-out'));
    }
    throw new ApiError(response.status, json, response.headers.get('Retry-After'));
  }
  return json;
}

export const get = (path, options) => api('GET', path, undefined, options);
export const post = (path, body, options) => api('POST', path, body === undefined ? {} : body, options);
export const put = (path, body) => api('PUT', path, body);
export const del = (path) => api('DELETE', path);

/** A query string from an object, skipping empty values. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== '') q.set(k, v);
  }
  const s = q.toString();
  return s ? '?' + s : '';
}

export const enc = encodeURIComponent;

let agencyCache = null;

/** Agency names by code, read once per page load. */
export function agencyNames() {
  if (!agencyCache) {
    agencyCache = get('/agencies').then(list => Object.fromEntries(list.map(a => [a.code, a.name]))).catch(() => {
      agencyCache = null;
      return {};
    });
  }
  return agencyCache;
}
