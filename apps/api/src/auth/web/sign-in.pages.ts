import { html, layout, type SafeHtml } from './html';

export function signInPage(opts: { csrf: string; next: string; email?: string; error?: string }): string {
  return layout({
    title: 'Sign in',
    body: html`<h1>Sign in</h1>
${opts.error ? html`<p class="alert" role="alert" id="sign-in-error">${opts.error}</p>` : ''}
<form class="stack" method="post" action="/sign-in">
  <input type="hidden" name="_csrf" value="${opts.csrf}">
  <input type="hidden" name="next" value="${opts.next}">
  <label>E-mail <input type="email" name="email" autocomplete="username" required maxlength="254" value="${opts.email ?? ''}"></label>
  <label>Password <input type="password" name="password" autocomplete="current-password" required maxlength="256"></label>
  <button type="submit">Sign in</button>
</form>`,
  });
}

export function acceptInvitationPage(opts: { csrf: string; token: string; email: string; employer: string | null; error?: string }): string {
  const forEmployer: SafeHtml | string = opts.employer ? html` to post for <strong>${opts.employer}</strong>` : '';
  return layout({
    title: 'Create your account',
    body: html`<h1>Create your account</h1>
<p>You were invited as <strong>${opts.email}</strong>${forEmployer}. Choose a password of at least 12 characters.</p>
${opts.error ? html`<p class="alert" role="alert">${opts.error}</p>` : ''}
<form class="stack" method="post" action="/invitations/accept">
  <input type="hidden" name="_csrf" value="${opts.csrf}">
  <input type="hidden" name="token" value="${opts.token}">
  <label>Password <input type="password" name="password" autocomplete="new-password" required minlength="12" maxlength="256"></label>
  <label>Password again <input type="password" name="passwordAgain" autocomplete="new-password" required minlength="12" maxlength="256"></label>
  <button type="submit">Create account</button>
</form>`,
  });
}
