# Sourced by the image build scripts (sandbox/build-image.sh, deploy/build-app-image.sh).
# shellcheck shell=bash

# The Debian mirror this machine's apt uses for the suite given (bookworm), from one-line .list files or deb822 .sources.
apt_mirror() {
    local files=()
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
        if [[ -f "$f" ]]; then files+=("$f"); fi
    done
    ((${#files[@]})) || return 0
    awk -v suite="$1" '
        function flush() {
            if (types ~ /(^|[ \t])deb([ \t]|$)/ && (" " suites " ") ~ ("[ \t]" suite "[ \t]") && enabled != "no" && uris != "") {
                split(uris, u, /[ \t]+/); print u[1]; found = 1; exit
            }
            types = uris = suites = enabled = ""
        }
        FNR == 1 { flush() }
        FILENAME ~ /\.sources$/ {
            if ($0 ~ /^[ \t]*$/) { flush(); next }
            if ($0 ~ /^#/) next
            key = tolower($1); value = $0; sub(/^[^:]*:[ \t]*/, "", value)
            if (key == "types:") types = value
            else if (key == "uris:") uris = value
            else if (key == "suites:") suites = value
            else if (key == "enabled:") enabled = tolower(value)
            next
        }
        $1 == "deb" {
            line = $0; sub(/\[[^]]*\]/, "", line); n = split(line, f, /[ \t]+/)
            if (f[3] == suite) { print f[2]; found = 1; exit }
        }
        END { if (!found) flush() }
    ' "${files[@]}"
}
