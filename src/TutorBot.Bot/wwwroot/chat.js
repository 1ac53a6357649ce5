// Starts Web Chat against the host's own Direct Line subset: a token bound to a new conversation, then polling.
(async function () {
  const domain = new URL('v3/directline', window.location.href).href.replace(/\/$/, '');
  const start = await fetch(domain + '/tokens/generate', { method: 'POST' });
  if (!start.ok) {
    document.getElementById('webchat').textContent = 'The chat could not start (' + start.status + '). 聊天无法启动。';
    return;
  }
  const { token, expires_in: expiresIn } = await start.json();
  const directLine = window.WebChat.createDirectLine({ domain, token, webSocket: false, pollingInterval: 500 });
  window.WebChat.renderWebChat({
    directLine,
    locale: navigator.language && navigator.language.startsWith('zh') ? 'zh-CN' : 'en-US',
    styleOptions: { hideUploadButton: true, botAvatarInitials: 'TB', userAvatarInitials: 'Me', suggestedActionLayout: 'stacked' }
  }, document.getElementById('webchat'));
  document.querySelector('[data-id="webchat-sendbox-input"]')?.focus();
})();
