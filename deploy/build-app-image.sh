#!/usr/bin/env bash
# Build the application image of service mode (docker-compose.yml's web, worker and migrate): the
# mockround package in a virtualenv, with templates, problems, the sandbox runner and the front-end bundle.
#
#   deploy/build-app-image.sh                  # base from Debian packages (debootstrap), no registry needed
#   deploy/build-app-image.sh --from-registry  # FROM python:3.11-slim-bookworm (needs a registry)
#
# Both paths build deploy/Dockerfile on the same context; they differ only in the base. Without a
# registry the base is Debian bookworm minbase with python3, python3-venv and ca-certificates, plus a
# virtualenv at /opt/venv holding the Python dependencies (pip inside a chroot, from PyPI): it is
# imported as mockround-app-base:<hash of this script and the dependency list>, and the application
# layer is then built on it with no network at all.
# The front-end bundle is built on this machine first (`make assets`: Node.js and npm are needed here,
# never in the image). The image is tagged mockround-app:<recipe hash> and mockround-app:latest; the
# hash covers this script, the base and every file of the context, so an unchanged tree is never built
# twice: that is the cache CI relies on.
# Environment: MIRROR (a Debian mirror; default: the one this machine's apt uses), IMAGE_NAME.
# Progress goes to stderr; the only line on stdout is the tag built.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
script="$here/$(basename "${BASH_SOURCE[0]}")"
image_name="${IMAGE_NAME:-mockround-app}"
base_name="$image_name-base"
registry_base="python:3.11-slim-bookworm"
suite=bookworm
base_packages=(python3 python3-venv ca-certificates)
# What the image is made of, relative to the repository; keep in step with /.dockerignore.
context_paths=(pyproject.toml README.md platform sandbox templates problems build/assets deploy/Dockerfile)

from_registry=false
for arg in "$@"; do
    case "$arg" in
        --from-registry) from_registry=true ;;
        -h | --help) sed -n '2,18s/^# \{0,1\}//p' "$script"; exit 0 ;;
        *) echo "unknown argument: $arg (see --help)" >&2; exit 2 ;;
    esac
done

log() { echo "build-app-image: $*" >&2; }
die() { log "$*"; exit 1; }

# The requirement strings of [project] dependencies in pyproject.toml, one a line.
dependencies() {
    sed -n '/^dependencies = \[/,/^\]/s/^ *"\([^"]*\)",\{0,1\} *$/\1/p' "$repo/pyproject.toml"
}

# apt_mirror SUITE: the Debian mirror this machine's apt uses.
source "$repo/sandbox/apt-mirror.sh"

# Debian bookworm minbase, python3 and a virtualenv with the dependencies, imported as $1.
build_base() {
    local tag="$1" workdir rootfs mirror
    command -v debootstrap >/dev/null || die "debootstrap is not installed (apt-get install debootstrap)"
    [[ "$(id -u)" == 0 ]] || die "debootstrap and chroot need root"
    mirror="${MIRROR:-$(apt_mirror "$suite")}"
    [[ -n "$mirror" ]] || die "no Debian mirror for $suite in /etc/apt/sources.list*: set MIRROR=http://..."

    workdir="$(mktemp -d /var/tmp/mockround-app.XXXXXX)"
    rootfs="$workdir/rootfs"
    # shellcheck disable=SC2064 # $workdir is fixed now, on purpose.
    trap "cleanup_rootfs '$workdir'" EXIT

    log "debootstrap $suite from $mirror (minbase + ${base_packages[*]}) into $rootfs"
    debootstrap --variant=minbase --components=main --include="$(IFS=,; echo "${base_packages[*]}")" \
        "$suite" "$rootfs" "$mirror" >&2

    log "installing the dependencies into /opt/venv (pip in a chroot, from PyPI)"
    dependencies >"$rootfs/tmp/requirements.txt"
    # Name resolution and this machine's trusted certificates (an egress proxy's CA among them), for
    # the build only: both leave before the import.
    cp -L /etc/resolv.conf "$rootfs/etc/resolv.conf"
    local clean_env=(env -i PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 HOME=/root PIP_NO_CACHE_DIR=1
        PIP_DISABLE_PIP_VERSION_CHECK=1)
    if [[ -f /etc/ssl/certs/ca-certificates.crt ]]; then
        cp -L /etc/ssl/certs/ca-certificates.crt "$rootfs/tmp/build-ca.crt"
        clean_env+=(PIP_CERT=/tmp/build-ca.crt)
    fi
    local name
    for name in http_proxy https_proxy no_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY; do
        if [[ -n "${!name:-}" ]]; then clean_env+=("$name=${!name}"); fi
    done
    chroot "$rootfs" "${clean_env[@]}" python3 -m venv /opt/venv
    # setuptools and wheel: the application layer installs the project itself with no network.
    chroot "$rootfs" "${clean_env[@]}" /opt/venv/bin/pip install --quiet --upgrade pip \
        -r /tmp/requirements.txt "setuptools>=68" wheel >&2

    log "stripping apt lists, caches, docs, man pages, locales and the build's network settings"
    rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/* "$rootfs"/var/cache/debconf/*-old \
        "$rootfs"/usr/share/man/* "$rootfs"/usr/share/info/* "$rootfs"/usr/share/locale/* \
        "$rootfs"/usr/share/lintian "$rootfs"/var/log/* "$rootfs"/etc/hostname "$rootfs"/etc/resolv.conf \
        "$rootfs"/tmp/* "$rootfs"/root/.cache
    find "$rootfs/usr/share/doc" -mindepth 1 ! -type d ! -name copyright -delete
    find "$rootfs/usr/share/doc" -mindepth 1 -type d -empty -delete
    find "$rootfs" -xdev -type f -perm /6000 -exec chmod ug-s {} +

    log "importing as $tag"
    tar --numeric-owner -C "$rootfs" -c . | docker import \
        --change 'ENV PATH=/opt/venv/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
        --change 'ENV LANG=C.UTF-8' \
        --change "LABEL mockround.recipe=${tag##*:}" \
        - "$tag" >&2
    cleanup_rootfs "$workdir"
    trap - EXIT
}

cleanup_rootfs() {
    local workdir="$1" mnt
    # debootstrap mounts /proc and /sys in the target; a failed run can leave them mounted.
    for mnt in $( (grep -o " $workdir/rootfs/[^ ]*" /proc/mounts || true) | sort -r); do
        umount -l "$mnt" || true
    done
    rm -rf --one-file-system "$workdir"
}

command -v docker >/dev/null || die "docker is not installed"
docker version --format '{{.Server.Version}}' >/dev/null 2>&1 \
    || die "cannot reach the Docker daemon (is dockerd running, and may this user use its socket?)"
[[ -n "$(dependencies)" ]] || die "no dependencies found in $repo/pyproject.toml"

log "front-end bundle (make assets)"
make --no-print-directory -C "$repo" assets >&2

if $from_registry; then
    base="$registry_base"
    build_args=(--pull --build-arg "BASE=$base")
else
    base_hash="$({ cat "$script" "$repo/sandbox/apt-mirror.sh"; dependencies; } | sha256sum | cut -c1-12)"
    base="$base_name:$base_hash"
    if docker image inspect "$base" >/dev/null 2>&1; then
        log "$base exists already"
    else
        build_base "$base"
    fi
    # Everything is in the base already: the application layer needs no network at all.
    build_args=(--network none --build-arg "BASE=$base" --build-arg PIP_NO_INDEX=1)
fi

# The context as one tar with fixed names, owners and times: its hash is the content's, wherever and
# whenever the tree was checked out.
context="$(mktemp /var/tmp/mockround-app-context.XXXXXX)"
trap 'rm -f "$context"' EXIT
tar -C "$repo" -c --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner \
    --exclude=__pycache__ --exclude='*.pyc' --exclude='*.egg-info' -f "$context" "${context_paths[@]}"
hash="$({ cat "$script"; echo "$base"; sha256sum <"$context"; } | sha256sum | cut -c1-12)"
tag="$image_name:$hash"

if docker image inspect "$tag" >/dev/null 2>&1; then
    log "$tag exists already: recipe and tree unchanged, nothing to build"
else
    log "building $tag on $base"
    docker build "${build_args[@]}" --label "mockround.recipe=$hash" -f deploy/Dockerfile -t "$tag" - \
        <"$context" >&2
fi
docker tag "$tag" "$image_name:latest"
log "$tag ($(docker image inspect --format '{{.Size}}' "$tag" | awk '{printf "%d MB", $1 / 1e6}'))"
echo "$tag"
