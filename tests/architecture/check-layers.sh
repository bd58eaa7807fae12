#!/usr/bin/env bash
# core's folders in layers, lowest first: a folder includes from its own and
# lower ones only, so nothing in core points upward; core includes nothing of
# gui/ or cli/ and no widget.
set -euo pipefail
source=$(cd "$(dirname "$0")/../.." && pwd)
layers=(util parsers remote inventory ssh secrets logs facts dns monitor fleet notify app session service)
failed=0
for i in "${!layers[@]}"; do
  dir=${layers[$i]}
  allowed=" ${layers[*]:0:$((i + 1))} "
  while IFS= read -r hit; do
    included=$(sed -E 's/^[^:]*:#include "([a-z]+)\/.*/\1/' <<<"$hit")
    if [[ "$allowed" != *" $included "* ]]; then
      echo "${hit%%:*} includes $included/, a layer above core/$dir/"
      failed=1
    fi
  done < <(grep -rHE '^#include "[a-z]+/' "$source/core/$dir" || true)
done
for folder in "$source"/core/*/; do
  name=$(basename "$folder")
  if [[ " ${layers[*]} " != *" $name "* ]]; then
    echo "core/$name/ has no place in the layers of $(basename "$0")"
    failed=1
  fi
done
if grep -rnE '#include <Q(Widget|Application|MainWindow|Dialog|Label)|#include "(gui|cli)/' "$source/core"; then
  echo "core includes widgets or a face"
  failed=1
fi
exit $failed
