'use strict';
(() => {
  const { h, api, clear, fail, param, SOURCE_TYPES, CERTAINTY } = Isnad;
  Isnad.header();
  const main = document.getElementById('main');
  const id = param('id');
  if (!id) { fail(main, new Error('لا رقم كيان')); return; }
  api('/api/entities/' + encodeURIComponent(id) + '/timeline').then(t => {
    const line = h('div', { class: 'timeline', id: 'timeline' });
    let last = null;
    t.claims.forEach(c => {
      const day = c.day ? String(c.day).replace(/^(\d{4})(\d{2})(\d{2})$/, '$1-$2-$3') : 'بلا تاريخ';
      if (day !== last) { line.append(h('div', { class: 'day' }, day)); last = day; }
      line.append(h('div', { class: 'claim-item' }, c.text, ' ', h('span', { class: 'badge' }, SOURCE_TYPES[c.source_type] || c.source_type),
        h('span', { class: 'badge' }, CERTAINTY[c.certainty] || c.certainty), ' ',
        h('a', { href: '/doc.html?id=' + c.document + '#' + encodeURIComponent(c.claim) }, c.outlet || ('الوثيقة ' + c.document))));
    });
    clear(main).append(h('section', { class: 'card' }, h('h1', {}, 'الخط الزمني: ', h('a', { href: '/entity.html?id=' + id }, t.name || id)),
      t.claims.length ? line : h('p', { class: 'muted' }, 'لا ادعاءات.')));
  }).catch(e => fail(main, e));
})();
