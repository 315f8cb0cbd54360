// Shared helpers of the Isnad UI. Document text only ever enters the page as text nodes (textContent /
// createTextNode): no innerHTML, no insertAdjacentHTML, no document.write anywhere in this UI.
'use strict';

const Isnad = (() => {
  /** Builds an element: attrs (plain attributes and 'class'), children as nodes or strings (text nodes). */
  function h(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'href') e.setAttribute('href', safeHref(v));
      else if (k.startsWith('on')) throw new Error('no inline handlers');
      else e.setAttribute(k, String(v));
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      e.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  /** Only relative links and http(s) URLs are ever put into href. */
  function safeHref(v) {
    const s = String(v);
    if (s.startsWith('/') || s.startsWith('?') || s.startsWith('#')) return s;
    try {
      const u = new URL(s);
      return (u.protocol === 'http:' || u.protocol === 'https:') ? u.href : '#';
    } catch (e) {
      return '#';
    }
  }

  function token() { return sessionStorage.getItem('isnad-token') || ''; }

  async function api(path) {
    const headers = { 'Accept': 'application/json' };
    if (token()) headers['Authorization'] = 'Bearer ' + token();
    const r = await fetch(path, { headers, credentials: 'same-origin' });
    const body = await r.json().catch(() => ({ error: 'bad response' }));
    if (!r.ok) throw new Error(body.error || ('HTTP ' + r.status));
    return body;
  }

  function param(name) { return new URLSearchParams(location.search).get(name); }

  function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); return el; }

  function fail(el, err) { clear(el).appendChild(h('p', { class: 'error' }, 'خطأ: ' + err.message)); }

  /** The page header with navigation and a token field (kept in this tab's sessionStorage only). */
  function header() {
    const input = h('input', { type: 'password', placeholder: 'رمز الوصول', 'aria-label': 'رمز الوصول', id: 'token' });
    input.value = token();
    input.addEventListener('change', () => { sessionStorage.setItem('isnad-token', input.value); location.reload(); });
    const top = h('header', { class: 'top' },
      h('a', { href: '/', class: 'brand' }, 'إسناد'),
      h('a', { href: '/' }, 'البحث'),
      h('a', { href: '/openapi.json' }, 'واجهة البرمجة'),
      h('span', { class: 'token' }, input));
    document.body.insertBefore(top, document.body.firstChild);
  }

  const SOURCE_TYPES = {
    NAMED_PERSON: 'شخص مسمّى', NAMED_ORGANIZATION: 'جهة مسمّاة', UNNAMED_OFFICIAL: 'مسؤول غير مسمّى',
    ANONYMOUS: 'مصدر مجهول', DOCUMENT: 'وثيقة', MEDIA: 'وسيلة إعلام', SOCIAL_MEDIA: 'وسائل التواصل', OUTLET: 'صوت الوسيلة نفسها'
  };
  const CERTAINTY = { ASSERTED: 'مؤكَّد', REPORTED: 'منقول', HEDGED: 'متحفَّظ', DENIED: 'منفي' };
  const LEVELS = { outlet: 'الوسيلة', source: 'المصدر', claim: 'الادعاء' };

  /** A claim's chain as a nested list: outlet → source(s) → claim. */
  function chainTree(node) {
    const label = [];
    label.push(h('span', { class: 'lvl lvl-' + node.level }, LEVELS[node.level] || node.level));
    if (node.level === 'outlet') {
      label.push(node.name || 'وسيلة غير معروفة');
      label.push(' — ', h('a', { href: '/doc.html?id=' + encodeURIComponent(node.document) }, node.title || ('وثيقة ' + node.document)));
    } else if (node.level === 'source') {
      label.push(h('span', { class: 'badge' }, SOURCE_TYPES[node.type] || node.type), ' ');
      if (node.actor) label.push(h('a', { href: '/entity.html?id=' + encodeURIComponent(node.actor) }, node.text || '؟'));
      else label.push(node.text || '(مصدر ضمني)');
      label.push(' «', node.cue, '» ', h('span', { class: 'badge' }, CERTAINTY[node.certainty] || node.certainty));
    } else {
      label.push(node.text, ' ', h('span', { class: 'badge' }, CERTAINTY[node.certainty] || node.certainty));
    }
    const li = h('li', {}, ...label);
    if (node.children && node.children.length) li.appendChild(h('ul', {}, node.children.map(chainTree)));
    return li;
  }

  function corroborationBadges(c) {
    if (!c) return [];
    const out = [h('span', { class: 'badge', title: 'مصادر مستقلة / وسائل / نصوص أصلية' },
      'مصادر مستقلة: ' + c.independent_sources + ' · وسائل: ' + c.outlets + ' · نصوص أصلية: ' + c.originals)];
    if (c.single_source) out.push(h('span', { class: 'badge warn' }, 'مصدر واحد'));
    return out;
  }

  return { h, api, param, clear, fail, header, chainTree, corroborationBadges, SOURCE_TYPES, CERTAINTY };
})();
