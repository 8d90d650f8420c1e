// like the survey's link: the token after '#' never reaches a server log or a Referer header, and it leaves
// the address bar at once
const token = new URLSearchParams(location.hash.slice(1)).get('token') || '';
history.replaceState(null, '', location.pathname);
const form = document.getElementById('upload');
const result = document.getElementById('result');
const sent = document.getElementById('sent');
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  result.textContent = 'Sending…';
  const response = await fetch('/api/uploads/' + encodeURIComponent(token), { method: 'POST', body: new FormData(form) })
    .catch(() => null);
  if (response && (response.status === 201 || response.status === 200)) {
    const file = await response.json();
    const item = document.createElement('li');
    item.textContent = file.fileName + (response.status === 200 ? ' (we had this file already)' : '');
    sent.appendChild(item);
    form.reset();
    result.textContent = 'Thank you, we have your file. You may send another one.';
  } else {
    const problem = response ? await response.json().catch(() => ({})) : {};
    result.textContent = problem.detail || 'Sorry, your file could not be sent.';
  }
});
