'use strict';
(() => {
  const { h, api, clear, fail, param, SOURCE_TYPES, CERTAINTY } = Isnad;
  Isnad.header();
  const main = document.getElementById('main');

  function select(name, label, options) {
    const s = h('select', { name }, h('option', { value: '' }, 'الكل'),
      Object.entries(options).map(([k, v]) => h('option', { value: k }, v)));
    s.value = param(name) || '';
    return h('label', {}, label, s);
  }
  function input(name, label, type) {
    const i = h('input', { name, type: type || 'text' });
    i.value = param(name) || '';
    return h('label', {}, label, i);
  }

  const form = h('form', { class: 'search', method: 'get', action: '/' },
    input('q', 'نص البحث', 'search'), input('entity', 'الكيان'), input('outlet', 'الوسيلة'),
    select('source_type', 'نوع المصدر', SOURCE_TYPES), select('certainty', 'درجة اليقين', CERTAINTY),
    select('kind', 'النوع', { doc: 'مقالات', claim: 'ادعاءات' }),
    input('from', 'من تاريخ', 'date'), input('to', 'إلى تاريخ', 'date'),
    h('button', { type: 'submit' }, 'ابحث'));
  const results = h('div', { id: 'results' });
  clear(main).append(h('section', { class: 'card' }, h('h1', {}, 'البحث في المدوّنة'), form), h('section', { class: 'card' }, results));

  const qs = new URLSearchParams(location.search);
  for (const [k, v] of [...qs.entries()]) if (!v) qs.delete(k);
  if ([...qs.keys()].length === 0) {
    api('/api/documents?limit=30').then(r => {
      results.append(h('h2', {}, 'أحدث الوثائق (' + r.total + ')'));
      r.documents.forEach(d => results.append(h('div', { class: 'hit' },
        h('a', { href: '/doc.html?id=' + d.id }, d.title || d.ext_id), ' ',
        h('span', { class: 'muted' }, [d.outlet, d.published].filter(Boolean).join(' · ')))));
    }).catch(e => fail(results, e));
    return;
  }
  api('/api/search?' + qs.toString()).then(r => {
    results.append(h('h2', {}, 'النتائج: ' + r.total), h('p', { class: 'muted' }, r.millis + ' ms'));
    r.hits.forEach(x => {
      const link = x.kind === 'claim'
        ? h('a', { href: '/doc.html?id=' + x.doc + '#' + encodeURIComponent(x.claim) }, 'ادعاء ' + x.claim + ' في الوثيقة ' + x.doc)
        : h('a', { href: '/doc.html?id=' + x.doc }, x.title || ('وثيقة ' + x.doc));
      results.append(h('div', { class: 'hit' }, link, ' ',
        h('span', { class: 'muted' }, [x.outlet, x.published].filter(Boolean).join(' · ')), ' ',
        x.source_type ? h('span', { class: 'badge' }, x.source_type.split(',').map(s => SOURCE_TYPES[s] || s).join('، ')) : null,
        h('div', {}, x.snippet)));
    });
  }).catch(e => fail(results, e));
})();
