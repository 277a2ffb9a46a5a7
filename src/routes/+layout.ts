// Every page is prerendered to plain files; no server code anywhere.
export const prerender = true;
export const trailingSlash = 'always';
