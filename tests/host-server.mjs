// A host page on another origin (the site's port + 1) that embeds the calculator the way a municipality's
// site would: with the one-line loader, or with a plain iframe and its own listener.
import { createServer } from 'node:http';

const [portArg, siteArg] = process.argv.slice(2);
const site = siteArg ?? 'http://localhost:4173';
const pages = {
	'/loader.html': `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Vertsside</title></head>
<body><h1>Kommunens side</h1><a href="#before" id="before">Før kalkulatoren</a>
<script src="${site}/embed.js" data-lang="nb" data-title="Trekkhjelp-kalkulator" async></script>
<p><a href="#after" id="after">Etter kalkulatoren</a></p></body></html>`,
	'/loader-en.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head>
<body><script src="${site}/embed.js" data-lang="en" data-mode="compact" async></script></body></html>`,
	'/plain.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head>
<body><iframe id="th" src="${site}/embed/?lang=en&mode=compact" title="Trekkhjelp" style="width:100%;border:0" scrolling="no"></iframe>
<script>addEventListener('message', function (e) {
  if (e.origin !== '${site}' || !e.data || e.data.type !== 'trekkhjelp:height') return;
  document.getElementById('th').style.height = e.data.height + 'px';
});</script></body></html>`
};

createServer((req, res) => {
	const body = pages[new URL(req.url ?? '/', 'http://x').pathname];
	if (!body) {
		res.writeHead(404).end('not found');
		return;
	}
	res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
}).listen(Number(portArg ?? 4174), '127.0.0.1');
