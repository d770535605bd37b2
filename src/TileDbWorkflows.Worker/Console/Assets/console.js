// The operations console: plain JavaScript over the worker's /api routes (the same status API `tdbw workflows watch`
// reads, so both show the same numbers). The API key lives in an HttpOnly cookie set by /console/session; this script
// never sees it. Every value from the API is written with textContent, never parsed as HTML.
'use strict';

(() => {
  const api = '/api';
  const pollMs = 2000;
  const ended = new Set(['Completed', 'Failed', 'Terminated']);
  const outcomes = ['created', 'updated', 'deleted', 'skipped', 'failed'];
  // Sub-orchestrations are named after their parent: "<parent>:sharing", "<parent>:invitations-0:chunk-0000", ...
  const rootOf = id => id.split(':')[0];
  const main = document.getElementById('main');
  const nav = document.getElementById('nav');
  let timer = null;
  let listTokens = [null];
  let dryRunOk = null;

  // ---------- small helpers ----------
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (name === 'class') node.className = value;
      else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? '' : value);
    }
    for (const child of children.flat()) {
      if (child === undefined || child === null || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }
  const announce = text => { document.getElementById('announce').textContent = text; };
  const badge = status => el('span', { class: `badge s-${status}` }, status);
  const when = iso => iso ? new Date(iso).toLocaleString() : '';

  function duration(status) {
    const start = Date.parse(status.createdAt);
    const end = ended.has(status.status) ? Date.parse(status.lastUpdatedAt) : Date.now();
    const seconds = Math.max(0, (end - start) / 1000);
    if (seconds < 60) return `${seconds.toFixed(1)} s`;
    const m = Math.floor(seconds / 60), s = Math.round(seconds % 60);
    if (m < 60) return `${m} min ${s} s`;
    return `${Math.floor(m / 60)} h ${m % 60} min`;
  }

  // Overall progress from the status API's phases: items done over items planned, across every phase.
  function overall(status) {
    const phases = status.progress?.phases || [];
    const total = phases.reduce((n, p) => n + p.total, 0);
    const done = phases.reduce((n, p) => n + Math.min(p.done, p.total), 0);
    if (status.status === 'Completed') return 100;
    return total === 0 ? null : Math.floor(100 * done / total);
  }

  function meter(percent, label) {
    if (percent === null) return el('span', { class: 'muted' }, '—');
    return el('span', { class: 'meter' },
      el('progress', { max: '100', value: String(percent), 'aria-label': label }),
      el('span', {}, `${percent}%`));
  }

  async function call(path, options) {
    const response = await fetch(path, { credentials: 'same-origin', ...options });
    if (response.status === 401) {
      showSignIn('Your session has ended or the key is not valid: sign in again.');
      throw new Error('unauthorized');
    }
    return response;
  }

  async function json(path, options) {
    const response = await call(path, options);
    const body = response.status === 204 ? null : await response.json().catch(() => null);
    return { response, body };
  }

  function problemText(body) {
    if (!body) return 'The request failed.';
    const errors = body.errors ? Object.entries(body.errors).map(([f, m]) => `${f}: ${[].concat(m).join(', ')}`) : [];
    return [body.detail || body.title, ...errors].filter(Boolean).join(' — ');
  }

  function stopPolling() {
    if (timer) clearTimeout(timer);
    timer = null;
  }

  function render(...nodes) {
    main.replaceChildren(...nodes.filter(n => n !== null && n !== undefined && n !== false));
  }

  // ---------- sign-in ----------
  function showSignIn(message) {
    stopPolling();
    nav.hidden = true;
    const error = el('p', { class: 'error', role: 'alert', id: 'signin-error' }, message || '');
    const key = el('input', { id: 'api-key', name: 'key', type: 'password', autocomplete: 'current-password', required: true, 'aria-describedby': 'signin-help signin-error' });
    const form = el('form', { class: 'panel signin', 'aria-labelledby': 'signin-title', onsubmit: async event => {
      event.preventDefault();
      const response = await fetch('/console/session', {
        method: 'POST', credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ key: key.value }),
      });
      if (response.ok) {
        key.value = '';
        route();
      } else {
        error.textContent = 'That API key is not valid.';
        key.focus();
      }
    } },
      el('h1', { id: 'signin-title' }, 'Sign in'),
      el('p', { id: 'signin-help', class: 'muted' }, 'Enter the worker\'s API key (Worker:ApiKey). It is kept in an HttpOnly cookie for this site only.'),
      el('div', { class: 'field' }, el('label', { for: 'api-key' }, 'API key'), key),
      error,
      el('p', {}, el('button', { type: 'submit' }, 'Sign in')));
    render(form);
    key.focus();
  }

  // ---------- workflow list ----------
  function listFilters() {
    const params = new URLSearchParams(location.hash.split('?')[1] || '');
    return { status: params.get('status') || '', name: params.get('name') || '', from: params.get('from') || '', page: Number(params.get('page') || 0) };
  }

  async function showList() {
    const filters = listFilters();
    const statusSelect = el('select', { id: 'f-status', name: 'status' },
      ['', 'Running', 'Pending', 'Suspended', 'Completed', 'Failed', 'Terminated'].map(s =>
        el('option', { value: s, selected: s === filters.status }, s || 'Any status')));
    const name = el('input', { id: 'f-name', name: 'name', type: 'search', value: filters.name, placeholder: 'e.g. onboarding' });
    const from = el('input', { id: 'f-from', name: 'from', type: 'datetime-local', value: filters.from });
    const form = el('form', { class: 'panel row', role: 'search', 'aria-label': 'Filter workflows', onsubmit: event => {
      event.preventDefault();
      listTokens = [null];
      const params = new URLSearchParams();
      if (statusSelect.value) params.set('status', statusSelect.value);
      if (name.value.trim()) params.set('name', name.value.trim());
      if (from.value) params.set('from', from.value);
      location.hash = `#/?${params}`;
    } },
      el('div', { class: 'field' }, el('label', { for: 'f-status' }, 'Status'), statusSelect),
      el('div', { class: 'field' }, el('label', { for: 'f-name' }, 'Name or id contains'), name),
      el('div', { class: 'field' }, el('label', { for: 'f-from' }, 'Created after'), from),
      el('button', { type: 'submit' }, 'Filter'));
    const results = el('div', { id: 'results' }, el('p', { class: 'muted' }, 'Loading workflows…'));
    render(el('h1', {}, 'Workflows'), form, results);

    const query = new URLSearchParams({ pageSize: '50' });
    if (filters.status) query.set('status', filters.status);
    if (filters.from) query.set('createdFrom', new Date(filters.from).toISOString());
    const token = listTokens[filters.page] ?? null;
    if (token) query.set('continuationToken', token);
    const { response, body } = await json(`${api}/workflows?${query}`);
    if (!response.ok) {
      results.replaceChildren(el('p', { class: 'alert', role: 'alert' }, problemText(body)));
      return;
    }
    listTokens[filters.page + 1] = body.continuationToken || null;
    const needle = filters.name.toLowerCase();
    const items = body.items.filter(i => !needle || i.name.toLowerCase().includes(needle) || i.id.toLowerCase().includes(needle));
    results.replaceChildren(listTable(items), pager(filters, body.continuationToken));
    announce(`${items.length} workflows shown`);
  }

  // Children (":chunk-NNNN", ":sharing", ...) fold under their root; a child whose root is not on this page stands alone.
  function listTable(items) {
    if (items.length === 0) return el('p', { class: 'muted' }, 'No workflows match.');
    const byId = new Map(items.map(i => [i.id, i]));
    const children = new Map();
    const roots = [];
    for (const item of items) {
      const parent = rootOf(item.id);
      if (parent !== item.id && byId.has(parent)) {
        if (!children.has(parent)) children.set(parent, []);
        children.get(parent).push(item);
      } else {
        roots.push(item);
      }
    }
    const newest = (a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt);
    roots.sort(newest);
    const body = el('tbody');
    for (const root of roots) {
      const kids = (children.get(root.id) || []).sort((a, b) => a.id.localeCompare(b.id));
      const kidRows = kids.map(k => row(k, true));
      let toggle = null;
      if (kids.length > 0) {
        toggle = el('button', { type: 'button', class: 'link', 'aria-expanded': 'false', onclick: () => {
          const open = toggle.getAttribute('aria-expanded') !== 'true';
          toggle.setAttribute('aria-expanded', String(open));
          toggle.textContent = `${open ? 'Hide' : 'Show'} ${kids.length} sub-workflow${kids.length > 1 ? 's' : ''}`;
          kidRows.forEach(r => { r.hidden = !open; });
        } }, `Show ${kids.length} sub-workflow${kids.length > 1 ? 's' : ''}`);
      }
      body.append(row(root, false, toggle), ...kidRows);
      kidRows.forEach(r => { r.hidden = true; });
    }
    return el('div', { class: 'table-wrap' }, el('table', {},
      el('caption', { class: 'visually-hidden' }, 'Workflows, newest first'),
      el('thead', {}, el('tr', {}, ['Status', 'Name', 'Instance', 'Created', 'Duration', 'Progress'].map(h =>
        el('th', { scope: 'col', class: h === 'Instance' || h === 'Duration' ? 'hide-narrow' : null }, h)))),
      body));
  }

  function row(item, child, toggle) {
    return el('tr', { class: child ? 'child' : null, 'data-id': item.id },
      el('td', {}, badge(item.status)),
      el('td', {}, el('a', { href: `#/workflows/${encodeURIComponent(item.id)}` }, item.name), toggle ? el('div', {}, toggle) : null),
      el('td', { class: 'hide-narrow' }, item.id),
      el('td', {}, when(item.createdAt)),
      el('td', { class: 'hide-narrow' }, duration(item)),
      el('td', {}, meter(overall(item), `Progress of ${item.id}`)));
  }

  function pager(filters, next) {
    const go = page => {
      const params = new URLSearchParams(location.hash.split('?')[1] || '');
      params.set('page', String(page));
      location.hash = `#/?${params}`;
    };
    return el('div', { class: 'row pager' },
      el('button', { type: 'button', class: 'secondary', disabled: filters.page === 0, onclick: () => go(filters.page - 1) }, 'Previous page'),
      el('span', { class: 'muted' }, `Page ${filters.page + 1}`),
      el('button', { type: 'button', class: 'secondary', disabled: !next, onclick: () => go(filters.page + 1) }, 'Next page'));
  }

  // ---------- one workflow ----------
  async function showWorkflow(id) {
    const view = { id, reportFilter: 'all', search: '', items: null, itemsFrom: null };
    render(el('p', { class: 'muted' }, 'Loading…'));
    await refreshWorkflow(view, true);
  }

  async function refreshWorkflow(view, first) {
    stopPolling();
    if (location.hash !== `#/workflows/${encodeURIComponent(view.id)}`) return;
    const { response, body: status } = await json(`${api}/workflows/${encodeURIComponent(view.id)}`);
    if (!response.ok) {
      render(el('h1', {}, view.id), el('p', { class: 'alert', role: 'alert' }, problemText(status)));
      return;
    }
    const family = await familyOf(view.id);
    if (ended.has(status.status) || view.items === null) await loadItems(view, status);
    drawWorkflow(view, status, family, first);
    if (!ended.has(status.status)) timer = setTimeout(() => refreshWorkflow(view, false).catch(() => {}), pollMs);
    else announce(`Workflow ${status.status}`);
  }

  // The item report: the report route when this worker has one (links.report), else the report inside the status.
  async function loadItems(view, status) {
    if (status.links?.report) {
      const items = [];
      let url = status.links.report;
      for (let page = 0; url && page < 50; page++) {
        const { response, body } = await json(url);
        if (!response.ok || !body) break;
        items.push(...(Array.isArray(body) ? body : body.items || []));
        const token = Array.isArray(body) ? null : body.continuationToken;
        url = body.links?.next || (token ? `${status.links.report}${status.links.report.includes('?') ? '&' : '?'}continuationToken=${encodeURIComponent(token)}` : null);
      }
      view.items = items;
      view.itemsFrom = 'report route';
      return;
    }
    view.items = status.report?.items || (ended.has(status.status) ? [] : null);
    if (view.items === null && Array.isArray(status.failures)) view.items = status.failures;
    view.itemsFrom = 'status';
  }

  // The instance and its sub-orchestrations (":chunk-NNNN", ":sharing") from the list API by instance-id prefix.
  async function familyOf(id) {
    const { response, body } = await json(`${api}/workflows?prefix=${encodeURIComponent(id)}&pageSize=500`);
    if (!response.ok) return [];
    return body.items.filter(i => i.id === id || i.id.startsWith(`${id}:`));
  }

  function countsOf(status, items) {
    const fromApi = status.counts || status.outcomes || status.report?.summary;
    if (fromApi) return outcomes.map(o => [o, fromApi[o] ?? 0]);
    if (!items) return null;
    return outcomes.map(o => [o, items.filter(i => i.outcome === o).length]);
  }

  function drawWorkflow(view, status, family, first) {
    const focused = document.activeElement?.id;
    const actions = el('div', { class: 'row', role: 'group', 'aria-label': 'Actions' },
      el('button', { type: 'button', class: 'secondary', id: 'act-suspend', disabled: !['Running', 'Pending'].includes(status.status),
        onclick: () => control(view, status, 'suspend') }, 'Suspend'),
      el('button', { type: 'button', class: 'secondary', id: 'act-resume', disabled: status.status !== 'Suspended',
        onclick: () => control(view, status, 'resume') }, 'Resume'),
      el('button', { type: 'button', class: 'danger', id: 'act-terminate', disabled: ended.has(status.status),
        onclick: () => control(view, status, 'terminate') }, 'Terminate'));

    const facts = el('dl', { class: 'facts' },
      el('dt', {}, 'Status'), el('dd', { id: 'wf-status' }, badge(status.status)),
      el('dt', {}, 'Instance'), el('dd', {}, status.id),
      el('dt', {}, 'Created'), el('dd', {}, when(status.createdAt)),
      el('dt', {}, 'Duration'), el('dd', {}, duration(status)),
      el('dt', {}, 'Progress'), el('dd', { id: 'wf-progress' }, meter(overall(status), 'Overall progress')));

    const failure = status.failure
      ? el('div', { class: 'alert', role: 'alert', id: 'wf-failure' }, el('strong', {}, 'Failure: '), status.failure)
      : null;

    const phases = (status.progress?.phases || []).map(p => {
      const pct = status.status === 'Completed' ? 100 : (p.total === 0 ? 100 : Math.floor(100 * Math.min(p.done, p.total) / p.total));
      return el('div', { class: `phase${p.name === status.progress.phase && !ended.has(status.status) ? ' current' : ''}`, 'data-phase': p.name },
        el('span', { class: 'name', id: `phase-${p.name}` }, p.name),
        el('progress', { max: '100', value: String(pct), 'aria-labelledby': `phase-${p.name}` }),
        el('span', {}, `${p.done} / ${p.total}`, p.failed ? el('span', { class: 'error' }, ` (${p.failed} failed)`) : null));
    });

    const counts = countsOf(status, view.items);
    const countList = counts
      ? el('ul', { class: 'counts', id: 'wf-counts' }, counts.map(([o, n]) =>
        el('li', { class: `o-${o}`, 'data-outcome': o }, el('span', { class: 'n' }, String(n)), o)))
      : el('p', { class: 'muted' }, 'Counts appear as items finish.');

    render(
      el('p', {}, el('a', { href: '#/' }, '← All workflows')),
      el('h1', {}, status.name, ' ', el('span', { class: 'muted' }, status.id)),
      el('div', { class: 'row' }, el('div', { class: 'panel' }, facts), actions),
      failure,
      el('h2', {}, 'Phases'),
      phases.length ? el('div', { class: 'panel', id: 'wf-phases' }, phases) : el('p', { class: 'muted' }, 'No progress reported yet.'),
      el('h2', {}, 'Outcomes'),
      countList,
      el('h2', {}, 'Timeline'),
      timeline(status, family),
      el('h2', {}, 'Item report'),
      itemReport(view));
    if (focused && document.getElementById(focused)) document.getElementById(focused).focus();
    if (first) main.focus();
  }

  // A Gantt-like bar per instance, from its created to its last update, on one time axis.
  function timeline(status, family) {
    const rows = family.length ? family : [status];
    const start = Math.min(...rows.map(r => Date.parse(r.createdAt)));
    const endOf = r => ended.has(r.status) ? Date.parse(r.lastUpdatedAt) : Date.now();
    const end = Math.max(...rows.map(endOf), start + 1);
    const sorted = [...rows].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id.localeCompare(b.id));
    return el('div', { class: 'gantt panel', id: 'wf-timeline', role: 'list', 'aria-label': 'Timeline of the run' }, sorted.flatMap(r => {
      const bar = el('span', { class: `bar s-${r.status}` });
      bar.style.left = `${(100 * (Date.parse(r.createdAt) - start) / (end - start)).toFixed(2)}%`;
      bar.style.width = `${Math.max(0.5, 100 * (endOf(r) - Date.parse(r.createdAt)) / (end - start)).toFixed(2)}%`;
      const label = r.id === status.id ? r.name : r.id.slice(status.id.length + 1);
      return [
        el('span', { class: 'label', role: 'listitem' }, label, el('span', { class: 'visually-hidden' }, `: ${r.status}, ${duration(r)}`)),
        el('span', { class: 'track', 'aria-hidden': 'true', title: `${r.id}: ${r.status}, ${duration(r)}` }, bar),
      ];
    }));
  }

  function itemReport(view) {
    const wrap = el('div', { id: 'wf-report' });
    if (view.items === null) {
      wrap.append(el('p', { class: 'muted' }, 'The item report is available when the workflow ends.'));
      return wrap;
    }
    const filter = el('select', { id: 'r-outcome' }, ['all', ...outcomes].map(o => el('option', { value: o, selected: o === view.reportFilter }, o === 'all' ? 'All outcomes' : o)));
    const search = el('input', { id: 'r-search', type: 'search', value: view.search, placeholder: 'item or reason' });
    const table = el('div', { class: 'table-wrap' });
    const draw = () => {
      view.reportFilter = filter.value;
      view.search = search.value;
      const needle = search.value.toLowerCase();
      const shown = view.items.filter(i => (filter.value === 'all' || i.outcome === filter.value)
        && (!needle || `${i.phase} ${i.item} ${i.reason || ''}`.toLowerCase().includes(needle)));
      table.replaceChildren(el('table', {},
        el('caption', { class: 'visually-hidden' }, 'Items of the report'),
        el('thead', {}, el('tr', {}, ['Phase', 'Item', 'Outcome', 'Reason'].map(h => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, shown.map(i => el('tr', { 'data-outcome': i.outcome },
          el('td', {}, i.phase), el('td', {}, i.item), el('td', {}, el('span', { class: `badge o-${i.outcome}` }, i.outcome)), el('td', {}, i.reason || ''))))),
        el('p', { class: 'muted' }, `${shown.length} of ${view.items.length} items (from the ${view.itemsFrom})`));
    };
    filter.addEventListener('change', draw);
    search.addEventListener('input', draw);
    wrap.append(el('div', { class: 'row' },
      el('div', { class: 'field' }, el('label', { for: 'r-outcome' }, 'Outcome'), filter),
      el('div', { class: 'field' }, el('label', { for: 'r-search' }, 'Search'), search)), table);
    draw();
    return wrap;
  }

  function control(view, status, action) {
    const dialog = document.getElementById('confirm');
    document.getElementById('confirm-title').textContent = `${action[0].toUpperCase()}${action.slice(1)} ${status.id}?`;
    document.getElementById('confirm-text').textContent = action === 'terminate'
      ? 'Terminating stops the workflow for good; work already done stays done.'
      : `The workflow will ${action === 'suspend' ? 'pause after its current step' : 'continue where it paused'}.`;
    document.getElementById('confirm-ok').textContent = action[0].toUpperCase() + action.slice(1);
    document.getElementById('confirm-reason').value = '';
    dialog.returnValue = '';
    dialog.onclose = async () => {
      if (dialog.returnValue !== 'ok') return;
      const reason = document.getElementById('confirm-reason').value.trim();
      const link = status.links[action];
      const { response, body } = await json(reason ? `${link}?reason=${encodeURIComponent(reason)}` : link, { method: 'POST' });
      announce(response.ok ? `${action} requested` : problemText(body));
      if (!response.ok) alert(problemText(body));
      await refreshWorkflow(view, false);
    };
    dialog.showModal();
    document.getElementById('confirm-reason').focus();
  }

  // ---------- start a plan ----------
  function showStart() {
    dryRunOk = null;
    const file = el('input', { id: 'plan-file', type: 'file', accept: '.json,application/json', 'aria-describedby': 'plan-help' });
    const key = el('input', { id: 'plan-key', type: 'text', required: true, pattern: '[A-Za-z0-9._\\-]+', 'aria-describedby': 'key-help' });
    const dry = el('button', { type: 'button', id: 'plan-dry-run' }, 'Dry run');
    const apply = el('button', { type: 'button', id: 'plan-apply', class: 'danger', disabled: true }, 'Apply plan');
    const out = el('div', { id: 'plan-result', 'aria-live': 'polite' });
    let text = null;

    file.addEventListener('change', async () => {
      dryRunOk = null; apply.disabled = true; out.replaceChildren();
      const chosen = file.files[0];
      if (!chosen) return;
      text = await chosen.text();
      if (!key.value) key.value = chosen.name.replace(/\.json$/i, '').replace(/[^A-Za-z0-9._-]/g, '-');
    });
    key.addEventListener('input', () => { dryRunOk = null; apply.disabled = true; });

    const post = dryRun => json(`${api}/onboarding${dryRun ? '?dryRun=true' : ''}`, {
      method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key.value }, body: text,
    });

    dry.addEventListener('click', async () => {
      if (!text) { out.replaceChildren(el('p', { class: 'error', role: 'alert' }, 'Choose a plan file first.')); return; }
      if (!key.reportValidity()) return;
      dry.disabled = true;
      out.replaceChildren(el('p', { class: 'muted' }, 'Running the dry run…'));
      try {
        const { response, body } = await post(true);
        if (response.status === 200 && body?.status === 'Completed') {
          dryRunOk = { text, key: key.value };
          apply.disabled = false;
          const view = { items: body.report?.items || [], reportFilter: 'all', search: '', itemsFrom: 'dry run' };
          out.replaceChildren(el('p', {}, 'Dry run finished: nothing was changed. This is what applying would do:'),
            el('ul', { class: 'counts' }, countsOf(body, view.items).map(([o, n]) => el('li', { class: `o-${o}` }, el('span', { class: 'n' }, String(n)), o))),
            itemReport(view));
        } else if (response.ok) {
          out.replaceChildren(el('p', {}, `The dry run is ${body.status}: `, el('a', { href: `#/workflows/${encodeURIComponent(body.id)}` }, 'follow it'), '; apply once it has completed.'));
        } else {
          out.replaceChildren(el('p', { class: 'alert', role: 'alert' }, problemText(body)));
        }
      } finally {
        dry.disabled = false;
      }
    });

    apply.addEventListener('click', async () => {
      if (!dryRunOk || dryRunOk.text !== text || dryRunOk.key !== key.value) return;
      if (!confirm('Apply this plan to TileDB Cloud now?')) return;
      const { response, body } = await post(false);
      if (response.ok) location.hash = `#/workflows/${encodeURIComponent(body.id)}`;
      else out.replaceChildren(el('p', { class: 'alert', role: 'alert' }, problemText(body)));
    });

    render(el('h1', {}, 'Start a plan'),
      el('div', { class: 'panel' },
        el('div', { class: 'field' }, el('label', { for: 'plan-file' }, 'Onboarding plan (JSON file)'), file),
        el('p', { id: 'plan-help', class: 'muted' }, 'The same plan format as samples/onboarding.json. A dry run comes first; applying is enabled once it has shown what would change.'),
        el('div', { class: 'field' }, el('label', { for: 'plan-key' }, 'Idempotency key'), key),
        el('p', { id: 'key-help', class: 'muted' }, 'The same key is the same workflow: starting it twice starts it once.'),
        el('div', { class: 'row' }, dry, apply)),
      out);
  }

  // ---------- routing ----------
  async function route() {
    stopPolling();
    const hash = location.hash || '#/';
    if (hash === '#signin-failed') { showSignIn('That API key is not valid.'); return; }
    try {
      // One cheap authenticated read decides between the sign-in and the console.
      const probe = await fetch(`${api}/workflows?pageSize=1`, { credentials: 'same-origin' });
      if (probe.status === 401) { showSignIn(''); return; }
      nav.hidden = false;
      const workflow = hash.match(/^#\/workflows\/(.+)$/);
      if (workflow) await showWorkflow(decodeURIComponent(workflow[1]));
      else if (hash.startsWith('#/start')) showStart();
      else await showList();
    } catch (error) {
      if (error.message !== 'unauthorized') render(el('p', { class: 'alert', role: 'alert' }, `Could not reach the worker: ${error.message}`));
    }
  }

  document.getElementById('sign-out').addEventListener('click', async () => {
    await fetch('/console/session', { method: 'DELETE', credentials: 'same-origin' });
    location.hash = '#/';
    showSignIn('Signed out.');
  });
  window.addEventListener('hashchange', route);
  route();
})();
