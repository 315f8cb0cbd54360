'use strict';
(() => {
  const { h, api, clear, fail, param, corroborationBadges, SOURCE_TYPES, CERTAINTY } = Isnad;
  Isnad.header();
  const main = document.getElementById('main');
  const id = param('id');
  if (!id) { fail(main, new Error('لا رقم كيان')); return; }
  api('/api/entities/' + encodeURIComponent(id)).then(e => {
    const head = h('section', { class: 'card' }, h('h1', { id: 'name' }, e.name), h('p', {}, h('span', { class: 'badge' }, e.type), ' ',
      h('span', { class: 'muted' }, 'يرد في ' + e.documents + ' وثيقة'), ' ',
      h('a', { href: '/graph.html?id=' + e.id }, 'شبكة العلاقات'), ' · ', h('a', { href: '/timeline.html?id=' + e.id }, 'الخط الزمني'), ' · ',
      h('a', { href: '/api/entities/' + e.id + '/claims.csv' }, 'تصدير CSV')),
      h('h2', {}, 'الأسماء البديلة'), h('p', { id: 'aliases' }, e.aliases.map(a => h('span', { class: 'badge' }, a))));
    const screening = h('section', { class: 'card', id: 'screening' }, h('h2', {}, 'التدقيق في القوائم'));
    if (!e.screening.length) screening.append(h('p', { class: 'muted' }, 'لا نتائج.'));
    e.screening.forEach(s => screening.append(h('p', {}, h('span', { class: 'badge hit' }, 'تطابق محتمل — ليس تحديد هوية'), ' ',
      s.listed_name, ' · ', s.list + ' (نسخة ' + s.list_version + ') ' + s.reference + ' · ' + s.status + ' · ' + s.score.toFixed(2), ' · ',
      h('a', { href: '/doc.html?id=' + s.document }, 'الوثيقة ' + s.document), h('div', { class: 'muted' }, s.explanation))));
    const roles = h('section', { class: 'card', id: 'roles' }, h('h2', {}, 'الأدوار والعلاقات كما وردت في الادعاءات'));
    if (!e.roles.length) roles.append(h('p', { class: 'muted' }, 'لا علاقات.'));
    e.roles.forEach(r => roles.append(h('p', {}, h('span', { class: 'badge' }, r.type), ' ', r.role_text ? r.role_text + ' — ' : '', '«', r.evidence, '» ',
      h('a', { href: '/doc.html?id=' + r.document + '#' + encodeURIComponent(r.claim) }, 'من الادعاء ' + r.claim))));
    const claims = h('section', { class: 'card', id: 'claims' }, h('h2', {}, 'الادعاءات عنه (' + e.claims.length + ')'));
    e.claims.forEach(c => claims.append(h('div', { class: 'claim-item' },
      h('div', {}, c.text),
      h('div', { class: 'muted' }, h('span', { class: 'badge' }, SOURCE_TYPES[c.source_type] || c.source_type), ' ',
        c.source_actor ? h('a', { href: '/entity.html?id=' + c.source_actor }, c.source || '') : (c.source || ''), ' · ',
        h('span', { class: 'badge' }, CERTAINTY[c.certainty] || c.certainty), ' ', [c.outlet, c.published].filter(Boolean).join(' · '), ' ',
        h('a', { href: '/doc.html?id=' + c.document + '#' + encodeURIComponent(c.claim) }, 'الوثيقة ' + c.document)),
      h('div', {}, ...corroborationBadges(c.corroboration)))));
    clear(main).append(head, h('div', { class: 'grid' }, h('div', {}, claims), h('div', {}, screening, roles)));
  }).catch(err => fail(main, err));
})();
