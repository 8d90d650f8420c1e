// the link carries the token after '#', so it never reaches a server log or a Referer header;
// older links had it in the query. Either way it leaves the address bar at once.
const token = new URLSearchParams(location.hash.slice(1)).get('token')
  || new URLSearchParams(location.search).get('token') || '';
history.replaceState(null, '', location.pathname);
const form = document.getElementById('survey');
const result = document.getElementById('result');
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const data = new FormData(form);
  const response = await fetch('/api/surveys/' + encodeURIComponent(token), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ score: Number(data.get('score')), comment: data.get('comment') || null })
  });
  if (response.status === 204) {
    form.hidden = true;
    result.textContent = 'Thank you for your answer.';
  } else {
    const problem = await response.json().catch(() => ({}));
    result.textContent = problem.detail || 'Sorry, your answer could not be recorded.';
  }
});
