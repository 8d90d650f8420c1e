// staff: the Tasklist session is the login (identity.WebappSessionForAttachments); an upload also sends the
// header X-Requested-By, which a page of another site cannot send
const complaintId = new URLSearchParams(location.hash.slice(1)).get('complaint') || '';
const base = '/api/complaints/' + encodeURIComponent(complaintId) + '/attachments';
const list = document.getElementById('files');
const form = document.getElementById('upload');
const result = document.getElementById('result');
document.getElementById('complaint').textContent = complaintId;

async function load() {
  const response = await fetch(base, { credentials: 'same-origin' });
  list.replaceChildren();
  if (response.status !== 200) {
    const problem = await response.json().catch(() => ({}));
    result.textContent = problem.detail || 'Log in to Tasklist first, then open this page from the task.';
    return;
  }
  const files = await response.json();
  if (files.length === 0) {
    list.appendChild(Object.assign(document.createElement('li'), { textContent: 'No files yet.' }));
  }
  for (const file of files) {
    const item = document.createElement('li');
    const link = Object.assign(document.createElement('a'), { href: file.link, textContent: file.fileName });
    item.append(link, ' · ' + file.mediaType + ' · ' + Math.ceil(file.sizeBytes / 1024) + ' KB · '
      + (file.source === 'CUSTOMER' ? 'from the customer' : 'from ' + file.uploadedBy) + ', ' + file.uploadedAt);
    list.appendChild(item);
  }
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  result.textContent = 'Sending…';
  const response = await fetch(base, { method: 'POST', body: new FormData(form), credentials: 'same-origin',
    headers: { 'X-Requested-By': 'complaint-desk' } }).catch(() => null);
  const answer = response ? await response.json().catch(() => ({})) : {};
  result.textContent = response && response.status < 300
    ? (response.status === 200 ? answer.fileName + ' was attached before.' : answer.fileName + ' is attached.')
    : answer.detail || 'The file could not be attached.';
  form.reset();
  load();
});
load();
