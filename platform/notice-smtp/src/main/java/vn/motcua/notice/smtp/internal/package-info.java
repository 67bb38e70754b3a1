/** The e-mail notifier: implementation only, nothing exported. */
package vn.motcua.notice.smtp.internal;
