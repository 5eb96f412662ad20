# Sourced by both launchers (the repository's ./lectern and an install's bin/lectern): what they do alike once
# they know which Java and jar to run.
#
# Before sourcing: java (the program), jar, archive (one option: a class-data archive, or -Xshare:auto) and
# archive_logs (options that silence it, or nothing), warm_up (essays to warm up on, or nothing), client_jar (the
# build server's client alone, a few classes Java opens faster than the whole jar; missing, the jar stands in).

# Java names files in the locale's character set: in the C locale (many containers and CI runners) it cannot open
# größe.jpg at all. A UTF-8 locale for Java alone, when the system has one; Lectern's own output is UTF-8 anyway.
if [ "$(locale charmap 2>/dev/null || echo UTF-8)" != UTF-8 ]; then
    utf8=$(locale -a 2>/dev/null | grep -i -m 1 -E '^(C|en_US)\.utf-?8$' || true)
    if [ -n "$utf8" ]; then
        if [ -n "${LC_ALL-}" ]; then export LC_ALL="$utf8"; else export LC_CTYPE="$utf8"; fi
    fi
fi

# The build server (lectern.server.BuildServer) is a warm JVM per user, folder, Java and environment, so a
# one-off command after the first skips Java's start and first run: a small client hands it the command line and
# ends with its exit status. With no server yet (or a stale one) the command runs in its own JVM, as it always
# has, and starts one, which waits for that JVM to end (the launcher execs it, keeping this process id), warms
# up, and exits after 20 minutes without a build. LECTERN_SERVER=off never uses one; --watch, warm by itself,
# never does either.
server=${LECTERN_SERVER:-on}
for arg in "$@"; do
    [ "$arg" = --watch ] && server=off
done
if [ "$server" != off ]; then
    # What a build reads besides its command line; the server checks the same list (lectern.server.Wire).
    key=$(printf '%s\n' "$(pwd -P)" "$(readlink -f "$(command -v "$java")" 2>/dev/null || echo "$java")" "${SOURCE_DATE_EPOCH-}" \
        "${LANG-}" "${LC_ALL-}" "${LC_CTYPE-}" "${TZ-}" "${PATH-}" "${HOME-}" "${TMPDIR-}" "${XDG_CACHE_HOME-}" |
        cksum | cut -d ' ' -f 1)
    socket="${XDG_RUNTIME_DIR:-${TMPDIR:-/tmp}}/lectern-$(id -u)/$key.sock"
    if [ -S "$socket" ]; then
        terminal=false
        [ -t 2 ] && terminal=true
        status=0
        [ -f "$client_jar" ] || client_jar=$jar
        "$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xshare:auto -Dlectern.terminal=$terminal \
            -Dlectern.jar="$jar" -cp "$client_jar" lectern.server.Client "$socket" "$@" || status=$?
        [ "$status" -eq 75 ] || exit "$status"
    fi
    # shellcheck disable=SC2086 # the log switches are words
    nohup "$java" "$archive" $archive_logs -Xmx1g -Djava.awt.headless=true -cp "$jar" lectern.server.BuildServer \
        "$socket" $$ ${warm_up:+"$warm_up"} </dev/null >/dev/null 2>&1 &
fi
