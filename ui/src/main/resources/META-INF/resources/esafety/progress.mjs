// Keeps a running job's progress current without reloading the page: every two seconds the page is
// fetched again and the element #import-progress replaced, until it says the job has finished.
// Without scripts, the page's own "Check the progress again" link does the same by hand.
const region = () => document.getElementById('import-progress');

async function refresh() {
  const answer = await fetch(window.location.href, { credentials: 'same-origin' });
  if (!answer.ok) {
    return false;
  }
  const next = new DOMParser().parseFromString(await answer.text(), 'text/html').getElementById('import-progress');
  if (!next || !region()) {
    return false;
  }
  region().innerHTML = next.innerHTML;
  region().dataset.running = next.dataset.running;
  return next.dataset.running === 'true';
}

async function follow() {
  if (region()?.dataset.running === 'true' && await refresh()) {
    setTimeout(follow, 2000);
  }
}

setTimeout(follow, 2000);
