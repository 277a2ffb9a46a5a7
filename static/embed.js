/*! Trekkhjelp embed loader. No dependencies. Include with one line:
 *  <script src="https://YOUR-HOST/embed.js" data-lang="nb" async></script>
 * It puts the calculator in an iframe right after this script tag (or inside the element named by
 * data-target) and keeps the iframe exactly as tall as its content. It listens only to messages
 * from the calculator's own origin and from its own iframe.
 */
(function () {
	'use strict';
	var script = document.currentScript;
	if (!script || !script.src) return;
	var src = new URL(script.src, document.baseURI);
	var origin = src.origin;
	var base = src.href.replace(/embed\.js(?:[?#].*)?$/, '');
	var data = script.dataset || {};
	var query = new URLSearchParams();
	['lang', 'benefit', 'table', 'mode', 'accent'].forEach(function (k) {
		if (data[k]) query.set(k, data[k]);
	});
	// The widget's language: data-lang, or without it the visitor's browser's (as the site itself
	// picks it), so the iframe opens the page in that language directly: nothing to switch.
	var lang = /^(nb|nn|en)$/.test(data.lang || '') ? data.lang : '';
	var langs = navigator.languages || [navigator.language];
	for (var i = 0; !lang && i < langs.length; i++) {
		var b = String(langs[i]).toLowerCase().split('-')[0];
		lang = b === 'nn' ? 'nn' : b === 'nb' || b === 'no' ? 'nb' : b === 'en' ? 'en' : '';
	}
	var iframe = document.createElement('iframe');
	// Nynorsk and English have their own prerendered page, bokmål the one without a prefix.
	var prefix = lang === 'nn' || lang === 'en' ? lang + '/' : '';
	iframe.src = base + prefix + 'embed/' + (query.toString() ? '?' + query.toString() : '');
	iframe.title = data.title || 'Trekkhjelp';
	iframe.setAttribute('scrolling', 'no');
	iframe.style.cssText = 'display:block;width:100%;border:0;overflow:hidden;height:600px;';
	var target = data.target ? document.getElementById(data.target) : null;
	if (target) target.appendChild(iframe);
	else script.parentNode.insertBefore(iframe, script.nextSibling);
	window.addEventListener('message', function (event) {
		if (event.origin !== origin || event.source !== iframe.contentWindow) return;
		var msg = event.data;
		if (!msg || msg.type !== 'trekkhjelp:height') return;
		var h = msg.height;
		if (typeof h !== 'number' || !isFinite(h) || h < 0 || h > 100000) return;
		iframe.style.height = Math.ceil(h) + 'px';
	});
})();
