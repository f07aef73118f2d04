#!/usr/bin/env bash
# Build the sandbox image: a Debian bookworm root with the languages in image-packages.txt and an
# unprivileged user `sandbox` (uid/gid 10001, home /work).
#
#   sandbox/build-image.sh                  # debootstrap from a Debian mirror, then `docker import`
#   sandbox/build-image.sh --from-registry  # `docker build` FROM debian:bookworm-slim (needs a registry)
#
# The image is tagged mockround-sandbox:<recipe hash> and mockround-sandbox:latest. The recipe hash
# covers this script and image-packages.txt (and the Dockerfile with --from-registry), so an
# unchanged recipe is never built twice: that is the cache CI relies on.
# Environment: MIRROR (a Debian mirror; default: the one this machine's apt uses), IMAGE_NAME.
# Progress goes to stderr; the only line on stdout is the tag built.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
script="$here/$(basename "${BASH_SOURCE[0]}")"
packages_file="$here/image-packages.txt"
dockerfile="$here/Dockerfile"
image_name="${IMAGE_NAME:-mockround-sandbox}"
suite=bookworm
uid=10001

from_registry=false
for arg in "$@"; do
    case "$arg" in
        --from-registry) from_registry=true ;;
        -h | --help) sed -n '2,12s/^# \{0,1\}//p' "$script"; exit 0 ;;
        *) echo "unknown argument: $arg (see --help)" >&2; exit 2 ;;
    esac
done

log() { echo "build-image: $*" >&2; }
die() { log "$*"; exit 1; }

# Package names, comments and blank lines dropped. Checked in the caller, so that none can smuggle an option in.
read_packages() {
    sed -e 's/#.*//' "$packages_file" | tr -s ' \t' '\n\n' | grep -v '^$' || true
}

# apt_mirror SUITE: the Debian mirror this machine's apt uses.
source "$here/apt-mirror.sh"

command -v docker >/dev/null || die "docker is not installed"
docker version --format '{{.Server.Version}}' >/dev/null 2>&1 \
    || die "cannot reach the Docker daemon (is dockerd running, and may this user use its socket?)"

mapfile -t packages < <(read_packages)
((${#packages[@]})) || die "no packages listed in $packages_file"
for name in "${packages[@]}"; do
    [[ "$name" =~ ^[a-z0-9][a-z0-9+.-]+$ ]] || die "bad package name in $packages_file: '$name'"
done

recipe=("$script" "$here/apt-mirror.sh" "$packages_file")
$from_registry && recipe+=("$dockerfile")
hash="$(cat "${recipe[@]}" | sha256sum | cut -c1-12)"
tag="$image_name:$hash"

if docker image inspect "$tag" >/dev/null 2>&1; then
    log "$tag exists already: recipe unchanged, nothing to build"
    docker tag "$tag" "$image_name:latest"
    echo "$tag"
    exit 0
fi

if $from_registry; then
    log "building $tag from $dockerfile (packages: ${packages[*]})"
    # No build context: nothing from this tree enters the image but what the Dockerfile says.
    docker build --pull --build-arg "PACKAGES=${packages[*]}" --build-arg "SANDBOX_UID=$uid" \
        --label "mockround.recipe=$hash" -t "$tag" - <"$dockerfile" >&2
else
    command -v debootstrap >/dev/null || die "debootstrap is not installed (apt-get install debootstrap)"
    [[ "$(id -u)" == 0 ]] || die "debootstrap needs root"
    mirror="${MIRROR:-$(apt_mirror "$suite")}"
    [[ -n "$mirror" ]] || die "no Debian mirror for $suite in /etc/apt/sources.list*: set MIRROR=http://..."

    workdir="$(mktemp -d /var/tmp/mockround-sandbox.XXXXXX)"
    rootfs="$workdir/rootfs"
    cleanup() {
        # debootstrap mounts /proc and /sys in the target; a failed run can leave them mounted.
        local mnt
        for mnt in $( (grep -o " $rootfs/[^ ]*" /proc/mounts || true) | sort -r); do
            umount -l "$mnt" || true
        done
        rm -rf --one-file-system "$workdir"
    }
    trap cleanup EXIT

    include="$(IFS=,; echo "${packages[*]}")"
    log "debootstrap $suite from $mirror (minbase + $include) into $rootfs"
    debootstrap --variant=minbase --components=main --include="$include" "$suite" "$rootfs" "$mirror" >&2

    log "stripping apt lists, caches, docs, man pages and locales"
    rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/* "$rootfs"/var/cache/debconf/*-old \
        "$rootfs"/usr/share/man/* "$rootfs"/usr/share/info/* "$rootfs"/usr/share/locale/* \
        "$rootfs"/usr/share/lintian "$rootfs"/var/log/* "$rootfs"/etc/hostname "$rootfs"/etc/resolv.conf
    # Licences stay: everything else under /usr/share/doc goes.
    find "$rootfs/usr/share/doc" -mindepth 1 ! -type d ! -name copyright -delete
    find "$rootfs/usr/share/doc" -mindepth 1 -type d -empty -delete
    # no-new-privileges already defeats set-uid programs; without the bits there is nothing to defeat.
    find "$rootfs" -xdev -type f -perm /6000 -exec chmod ug-s {} +

    log "adding user sandbox ($uid:$uid, home /work)"
    groupadd --root "$rootfs" --gid "$uid" sandbox
    useradd --root "$rootfs" --uid "$uid" --gid "$uid" --home-dir /work --no-create-home \
        --shell /usr/sbin/nologin sandbox
    install -d -o "$uid" -g "$uid" -m 0700 "$rootfs/work"

    log "importing as $tag"
    # --numeric-owner: the root's owners are its own uids, whatever this host's passwd says.
    tar --numeric-owner -C "$rootfs" -c . | docker import \
        --change "USER $uid:$uid" \
        --change 'WORKDIR /work' \
        --change 'ENV PATH=/usr/local/bin:/usr/bin:/bin' \
        --change 'ENV LANG=C.UTF-8' \
        --change "LABEL mockround.recipe=$hash" \
        - "$tag" >&2
fi

docker tag "$tag" "$image_name:latest"
log "built $tag ($(docker image inspect --format '{{.Size}}' "$tag" | awk '{printf "%d MB", $1 / 1e6}'))"
echo "$tag"
