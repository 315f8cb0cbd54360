'use strict';
(() => {
  const { h, api, clear, fail, param } = Isnad;
  Isnad.header();
  const main = document.getElementById('main');
  const id = param('id');
  if (!id) { fail(main, new Error('لا رقم كيان')); return; }
  api('/api/entities/' + encodeURIComponent(id) + '/graph').then(g => {
    const panel = h('section', { class: 'card', id: 'edge' }, h('p', { class: 'muted' }, 'اختر علاقة لعرض الجملة التي وردت فيها.'));
    const box = h('div', { id: 'graph' });
    clear(main).append(h('section', { class: 'card' }, h('h1', {}, 'شبكة العلاقات'),
      h('p', { class: 'muted' }, 'كل خط ادعاء ورد في نص، لا حقيقة ثابتة. ', h('a', { href: '/api/entities/' + id + '/graph' }, 'تصدير JSON')), box), panel);
    const elements = [];
    // labels are set as data and drawn on the canvas by Cytoscape: never parsed as HTML
    g.nodes.forEach(n => elements.push({ data: { id: 'n' + n.id, label: n.name || String(n.id), actor: n.id, center: n.id === g.center ? 1 : 0 } }));
    g.edges.forEach((e, i) => elements.push({ data: { id: 'e' + i, source: 'n' + e.source, target: 'n' + e.target, label: e.type, edge: i } }));
    const cy = cytoscape({
      container: box, elements, wheelSensitivity: 0.3,
      layout: { name: g.nodes.length > 2 ? 'cose' : 'grid', animate: false },
      style: [
        { selector: 'node', style: { 'label': 'data(label)', 'background-color': '#1f6feb', 'color': '#1d2330', 'font-size': 12, 'text-valign': 'bottom' } },
        { selector: 'node[center = 1]', style: { 'background-color': '#c4193c' } },
        { selector: 'edge', style: { 'label': 'data(label)', 'width': 2, 'line-color': '#8a94a6', 'font-size': 9, 'curve-style': 'bezier' } }
      ]
    });
    cy.on('tap', 'edge', ev => {
      const e = g.edges[ev.target.data('edge')];
      clear(panel).append(h('h2', {}, e.type + ' (' + e.confidence.toFixed(2) + ')'), h('p', { class: 'article' }, e.sentence),
        h('p', {}, h('a', { href: '/doc.html?id=' + e.document + '#' + encodeURIComponent(e.claim) }, 'افتح الجملة في الوثيقة ' + e.document)));
    });
    cy.on('tap', 'node', ev => { location.href = '/entity.html?id=' + encodeURIComponent(ev.target.data('actor')); });
    window.isnadGraph = cy;
  }).catch(e => fail(main, e));
})();
