'use strict';
(() => {
  const { h, api, clear, fail, param, chainTree, corroborationBadges, SOURCE_TYPES, CERTAINTY } = Isnad;
  Isnad.header();
  const main = document.getElementById('main');
  const id = param('id');
  // bidi embedding/override/isolate controls and marks: shown as visible badges, never applied
  const CONTROLS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/;

  /** Text with bidi controls turned into visible badges: a list of text nodes and badge spans. */
  function visibleText(s) {
    const out = [];
    let buf = '';
    for (const ch of s) {
      if (CONTROLS.test(ch)) {
        if (buf) out.push(document.createTextNode(buf));
        buf = '';
        out.push(h('span', { class: 'ctl', title: 'محرف تحكم في الاتجاه' }, 'U+' + ch.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')));
      } else {
        buf += ch;
      }
    }
    if (buf) out.push(document.createTextNode(buf));
    return out;
  }

  /** The article with every layer's spans as nested-free segments carrying the classes of all covering spans. */
  function article(a, actors) {
    const text = a.document.text;
    const marks = [];
    a.entities.forEach(e => e.mentions.forEach(m => marks.push({ s: m.start, e: m.end, cls: 'hl-ent', entity: e.id, actor: actors[e.id], type: e.type })));
    a.attributions.forEach(at => {
      marks.push({ s: at.cue.start, e: at.cue.end, cls: 'hl-cue', attribution: at.id });
      if (at.source && at.source.text !== undefined && at.source.start !== undefined && at.source.end > at.source.start) {
        marks.push({ s: at.source.start, e: at.source.end, cls: 'hl-src', attribution: at.id, stype: at.source.type });
      }
    });
    a.claims.forEach(c => marks.push({ s: c.span.start, e: c.span.end, cls: 'hl-claim', claim: c.id }));
    a.persuasion.forEach(p => marks.push({ s: p.span.start, e: p.span.end, cls: 'hl-pers', technique: p.technique }));
    const cuts = new Set([0, text.length]);
    marks.forEach(m => { cuts.add(m.s); cuts.add(m.e); });
    const bounds = [...cuts].filter(x => x >= 0 && x <= text.length).sort((x, y) => x - y);
    const root = h('div', { class: 'article', id: 'article', lang: a.document.language || 'ar', dir: 'rtl' });
    for (let i = 0; i + 1 < bounds.length; i++) {
      const s = bounds[i], e = bounds[i + 1];
      const piece = text.substring(s, e);
      const on = marks.filter(m => m.s <= s && m.e >= e && m.e > m.s);
      if (on.length === 0) { root.append(...visibleText(piece)); continue; }
      const classes = [...new Set(on.map(m => m.cls))];
      if (classes.length === 1 && classes[0] === 'hl-pers') classes.push('hl-only');
      const span = h('span', { class: classes.join(' ') }, ...visibleText(piece));
      const titles = [];
      on.forEach(m => {
        if (m.claim) span.dataset.claim = m.claim;
        if (m.entity) { span.dataset.entity = m.entity; titles.push(m.type); }
        if (m.actor) span.dataset.actor = m.actor;
        if (m.technique) titles.push(m.technique);
        if (m.stype) titles.push(SOURCE_TYPES[m.stype] || m.stype);
      });
      if (titles.length) span.title = titles.join(' · ');
      if (span.dataset.actor) span.addEventListener('click', () => { location.href = '/entity.html?id=' + encodeURIComponent(span.dataset.actor); });
      root.append(span);
    }
    return root;
  }

  function legend() {
    return h('p', { class: 'legend' }, h('span', { class: 'hl-ent' }, 'كيان'), h('span', { class: 'hl-cue' }, 'فعل الإسناد'),
      h('span', { class: 'hl-src' }, 'المصدر'), h('span', { class: 'hl-claim' }, 'ادعاء'), h('span', { class: 'hl-pers hl-only' }, 'أسلوب إقناع'));
  }

  function claims(r) {
    const a = r.analysis;
    const byId = Object.fromEntries(a.claims.map(c => [c.id, c]));
    const box = h('section', { class: 'card', id: 'claims' }, h('h2', {}, 'الادعاءات وسلاسل الإسناد (' + r.claims.length + ')'));
    r.claims.forEach(c => {
      const claim = byId[c.id];
      const item = h('div', { class: 'claim-item', id: c.id },
        h('div', {}, h('strong', {}, c.id), ' ', h('span', { class: 'badge' }, CERTAINTY[claim.certainty] || claim.certainty), ' ',
          c.grade ? h('span', { class: 'badge grade', title: c.grade.why }, 'التقييم ' + c.grade.source_reliability + c.grade.information_credibility) : null,
          ...corroborationBadges(c.corroboration)),
        h('ul', { class: 'tree' }, chainTree(c.chain)));
      box.append(item);
    });
    if (r.claims.length === 0) box.append(h('p', { class: 'muted' }, 'لا ادعاءات في هذه الوثيقة.'));
    return box;
  }

  function entities(r) {
    const a = r.analysis;
    const box = h('section', { class: 'card', id: 'entities' }, h('h2', {}, 'الكيانات (' + a.entities.length + ')'));
    const ul = h('ul', {});
    a.entities.forEach(e => ul.append(h('li', {}, h('a', { href: '/entity.html?id=' + encodeURIComponent(r.actors[e.id]) }, e.name), ' ',
      h('span', { class: 'badge' }, e.type), ' ', h('span', { class: 'muted' }, '× ' + e.mentions.length))));
    box.append(ul);
    if (a.screening.length) {
      box.append(h('h2', {}, 'نتائج التدقيق في القوائم'));
      a.screening.forEach(s => box.append(h('p', {}, h('span', { class: 'badge hit' }, 'تطابق محتمل'), ' ', s.listed_name, ' — ',
        s.list + ' (' + s.list_date + ') ' + s.reference + ' · ' + s.status + ' · ' + s.score.toFixed(2))));
    }
    return box;
  }

  function persuasionAndProfile(a) {
    const box = h('section', { class: 'card', id: 'profile' }, h('h2', {}, 'أساليب الإقناع (' + a.persuasion.length + ')'));
    a.persuasion.forEach(p => box.append(h('p', {}, h('span', { class: 'badge' }, p.technique), ' ', p.span.text)));
    if (a.profile) {
      const p = a.profile;
      box.append(h('h2', {}, 'ملف المصادر'));
      const t = h('table', {});
      Object.entries(p.claims_by_source_type || {}).forEach(([k, v]) => t.append(h('tr', {}, h('td', {}, SOURCE_TYPES[k] || k), h('td', {}, String(v)))));
      t.append(h('tr', {}, h('td', {}, 'ادعاءات بلا إسناد'), h('td', {}, String(p.unattributed_claims))));
      t.append(h('tr', {}, h('td', {}, 'ادعاءات متحفَّظ فيها'), h('td', {}, String(p.hedged_claims))));
      t.append(h('tr', {}, h('td', {}, 'مصادر مسمّاة مستقلة'), h('td', {}, String(p.independent_named_sources))));
      t.append(h('tr', {}, h('td', {}, 'أساليب إقناع لكل ١٠٠ كلمة'), h('td', {}, String(p.persuasion_per_100_words))));
      box.append(t);
    }
    return box;
  }

  if (!id) { fail(main, new Error('لا رقم وثيقة')); return; }
  api('/api/documents/' + encodeURIComponent(id)).then(r => {
    const a = r.analysis, s = r.store;
    const head = h('section', { class: 'card' }, h('h1', { id: 'title' }, a.document.title || a.document.id),
      h('p', { class: 'muted' }, [a.document.outlet, a.document.published].filter(Boolean).join(' · '), ' ',
        s.url ? h('a', { href: s.url, rel: 'noopener noreferrer nofollow' }, 'المصدر الأصلي') : null, ' ',
        h('a', { href: '/api/documents/' + s.id + '/export.json' }, 'تصدير JSON')),
      s.origin !== s.id ? h('p', { class: 'badge warn' }, 'إعادة نشر لنص ', h('a', { href: '/doc.html?id=' + s.origin }, 'الوثيقة ' + s.origin),
        ' (تشابه ' + s.similarity.toFixed(2) + ')') : null,
      legend(), article(a, r.actors));
    clear(main).append(h('div', { class: 'grid' }, h('div', {}, head, claims(r)), h('div', {}, entities(r), persuasionAndProfile(a))));
    if (location.hash) { const t = document.getElementById(decodeURIComponent(location.hash.substring(1))); if (t) t.scrollIntoView(); }
  }).catch(e => fail(main, e));
})();
