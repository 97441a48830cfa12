#!/usr/bin/env bash
# Assembles the file system the image is built on (./mvnw -Pimage package, README "Deploying"), with no
# container engine and no registry: a runtime jlinked from the build's JDK, the C library files that runtime
# links against (taken from the build machine, recorded with their Debian packages), a non-root user, and /tmp.
# Jib then builds the image from scratch with this tree and the application's layers.
#   usage: assemble-root.sh <JAVA_HOME> <output directory>
set -euo pipefail

java_home="$1"
root="$2"
# What the server needs of the JDK: Tomcat and Spring (naming, management, instrument), JDBC, XML
# (HELIUM V), AWT's geometry and fonts (PDFBox), TLS and Kerberos-free crypto, Micrometer's JVM metrics.
modules=java.base,java.compiler,java.desktop,java.instrument,java.rmi,java.scripting,jdk.jfr,java.logging,java.management,java.naming,java.net.http,java.security.jgss,java.security.sasl,java.sql,java.transaction.xa,java.xml,jdk.crypto.ec,jdk.management,jdk.unsupported,jdk.zipfs,jdk.charsets,jdk.localedata

if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
    echo "The image is linux/amd64: build it on x86-64 Linux (this is $(uname -s)-$(uname -m))." >&2
    exit 1
fi

rm -rf "$root"
mkdir -p "$root/etc" "$root/tmp" "$root/usr/share/doc/tvilling-image"
"$java_home/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
    --compress=zip-6 --output "$root/opt/java"
# A headless server: the X11 toolkit (and AWT's native interface to it), sound and the splash screen (and the X libraries they would need) go.
rm -f "$root/opt/java/lib/libawt_xawt.so" "$root/opt/java/lib/libjawt.so" "$root/opt/java/lib/libjsound.so" "$root/opt/java/lib/libsplashscreen.so"

# Every shared library the runtime's binaries and libraries need, at the path they are looked up by
# (libjvm.so is the runtime's own, found by the launcher).
needed=$( { ldd "$root/opt/java/bin/java"; find "$root/opt/java/lib" -name '*.so' -exec ldd {} \; ; } 2>/dev/null \
    | awk '/not found/ && $1 != "libjvm.so" {print "MISSING " $1} /=> \// {print $3} /^[[:space:]]*\/lib/ {print $1}' \
    | sort -u)
if grep -q MISSING <<<"$needed"; then
    echo "The runtime needs libraries this machine does not have: $(grep MISSING <<<"$needed")" >&2
    exit 1
fi
: > "$root/usr/share/doc/tvilling-image/c-library.txt"
for library in $needed; do
    case "$library" in
        "$root"*) continue ;;
    esac
    install -D -m 0755 "$(readlink -f "$library")" "$root$library"
    package=$( (dpkg -S "$library" || dpkg -S "$(readlink -f "$library")") 2>/dev/null | head -1 | cut -d: -f1 || true)
    version=$( [ -n "$package" ] && dpkg-query -W -f='${Version}' "$package" 2>/dev/null || echo "not from a Debian package")
    echo "$library ${package:-?} $version" >> "$root/usr/share/doc/tvilling-image/c-library.txt"
done

# The user the server runs as (uid and gid 10001), with /tmp as its home: the rest of the file system is
# read-only for it, and may be read-only altogether (Kubernetes readOnlyRootFilesystem, /tmp a volume).
echo 'root:x:0:0:root:/root:/sbin/nologin' > "$root/etc/passwd"
echo 'tvilling:x:10001:10001:tvilling:/tmp:/sbin/nologin' >> "$root/etc/passwd"
echo 'root:x:0:' > "$root/etc/group"
echo 'tvilling:x:10001:' >> "$root/etc/group"
echo "Assembled $root: $(du -sh "$root" | cut -f1), runtime $("$root/opt/java/bin/java" -version 2>&1 | head -1)"
