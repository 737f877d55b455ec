#!/usr/bin/env python3
"""Writes tests/data/bad/: files that must never crash Stagecraft nor be
changed by opening them, with manifest.tsv (file, expected exit code of
`stagecraft-cli info FILE`, a fragment of its one-line message).

    scripts/make-bad-corpus.py [path/to/stagecraft-cli]

The base map comes from the CLI's own import of a tiny JSON map, rewritten
with 512-byte pages so that the committed files stay small (about 10 KB).
Huge files, locked and read-only files are made by the tests themselves."""
import io
import os
import shutil
import sqlite3
import struct
import subprocess
import sys
import tempfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "data", "bad")
CLI = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build", "app", "stagecraft-cli")

TINY_MAP = """{"format": "stagecraft-journey", "version": 1, "title": "Tiny map",
 "owners": [{"id": "o1", "name": "Support", "accountable": "Kim"}],
 "phases": [{"id": "p1", "name": "Buy", "stages": [{"id": "s1", "name": "Order"}, {"id": "s2", "name": "Pay"}]}],
 "lanes": [{"id": "l1", "name": "Customer", "kind": "customer"}, {"id": "l2", "name": "Web", "kind": "front-stage"},
           {"id": "l3", "name": "Billing", "kind": "back-stage"}],
 "touchpoints": [{"id": "t1", "stage": "s1", "lane": "l1", "title": "Orders online"},
                 {"id": "t2", "stage": "s1", "lane": "l2", "title": "Order form", "owner": "o1"},
                 {"id": "t3", "stage": "s2", "lane": "l3", "title": "Invoice run", "owner": "o1"}],
 "links": [{"from": "t1", "to": "t2", "kind": "flow"}, {"from": "t3", "to": "t2", "kind": "supports"}]}
"""

manifest = []


def emit(name, data, code, fragment):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)
    manifest.append((name, code, fragment))


def base_map(tmp):
    src = os.path.join(tmp, "tiny.json")
    with open(src, "w") as f:
        f.write(TINY_MAP)
    path = os.path.join(tmp, "tiny.journey")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run([CLI, "import", src, "-o", path, "--force"], check=True, env=env, stdout=subprocess.DEVNULL)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA page_size = 512")
    db.execute("VACUUM")
    db.close()
    with open(path, "rb") as f:
        return f.read()


def altered(base, tmp, *statements, name="altered.journey"):
    """The base map with SQL run on it by an ordinary SQLite connection."""
    path = os.path.join(tmp, name)
    with open(path, "wb") as f:
        f.write(base)
    db = sqlite3.connect(path, isolation_level=None)
    for s in statements:
        db.execute(s)
    db.close()
    with open(path, "rb") as f:
        return f.read()


def utf16_copy(base, tmp):
    """The base map's schema and rows in a UTF-16 database (SQLite's own encoding choice)."""
    src = os.path.join(tmp, "src16.journey")
    dst = os.path.join(tmp, "utf16.journey")
    with open(src, "wb") as f:
        f.write(base)
    if os.path.exists(dst):
        os.remove(dst)
    db = sqlite3.connect(dst, isolation_level=None)
    db.execute("PRAGMA encoding = 'UTF-16le'")
    db.execute("PRAGMA page_size = 512")
    old = sqlite3.connect(src)
    for (sql,) in old.execute("SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL").fetchall():
        db.execute(sql)
    for (table,) in old.execute("SELECT name FROM sqlite_schema WHERE type = 'table'").fetchall():
        rows = old.execute(f"SELECT * FROM {table}").fetchall()
        if rows:
            marks = ",".join("?" * len(rows[0]))
            db.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
    old.close()
    db.execute("PRAGMA application_id = 1400137571")
    db.execute("PRAGMA user_version = 1")
    db.close()
    with open(dst, "rb") as f:
        return f.read()


def with_int(data, offset, value):
    return data[:offset] + struct.pack(">I", value) + data[offset + 4:]


def flip(data, offset, mask=0x10):
    return data[:offset] + bytes([data[offset] ^ mask]) + data[offset + 1:]


def page_of(base, tmp, table):
    db = sqlite3.connect(altered(base, tmp) and os.path.join(tmp, "altered.journey"))
    (root,) = db.execute("SELECT rootpage FROM sqlite_schema WHERE name = ?", (table,)).fetchone()
    db.close()
    return root


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    with tempfile.TemporaryDirectory() as tmp:
        base = base_map(tmp)
        size = len(base)
        page = 512
        emit("good.journey", base, 0, "Tiny map")

        # Foreign files, whatever their name says.
        emit("foreign-text.journey", b"Workshop notes\nCall the printer people.\n", 4, "not a database file")
        emit("foreign-png.journey", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), 4, "not a database file")
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr("map.journey", base[:200])
        emit("foreign-zip.journey", buf.getvalue(), 4, "not a database file")
        emit("foreign-pdf.journey", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
             4, "not a database file")
        emit("foreign-utf16.journey", "Journey map".encode("utf-16"), 4, "not a database file")
        emit("empty.journey", b"", 4, "is empty")
        emit("sqlite-magic-only.journey", base[:16], 7, "cut short")

        # Cut short at several points.
        emit("truncated-at-10.journey", base[:10], 4, "not a database file")
        emit("truncated-at-60.journey", base[:60], 7, "cut short")
        emit("truncated-at-100.journey", base[:100], 7, "is damaged")
        emit("truncated-at-page-1.journey", base[:page], 7, "is damaged")
        emit("truncated-at-half.journey", base[:(size // page // 2) * page], 7, "is damaged")
        emit("truncated-mid-page.journey", base[:size - page - 100], 7, "is damaged")

        # Bits flipped in the header and in the pages.
        emit("bitflip-magic.journey", flip(base, 3), 4, "not a database file")
        emit("bitflip-page-size.journey", base[:16] + b"\x03\x00" + base[18:], 7, "is damaged")
        emit("bitflip-application-id.journey", flip(base, 70), 5, "another program")
        emit("bitflip-version-newer.journey", flip(base, 63, 0x04), 6, "newer Stagecraft")
        emit("bitflip-schema-page.journey", flip(base, 100), 7, "is damaged")
        link_page = page_of(base, tmp, "link")
        emit("bitflip-link-page.journey", flip(base, (link_page - 1) * page, 0x40), 7, "is damaged: ")
        tp_page = page_of(base, tmp, "touchpoint")
        emit("zeroed-touchpoint-page.journey",
             base[:(tp_page - 1) * page] + bytes(page) + base[tp_page * page:], 7, "is damaged")
        # An index that no longer matches its table (quick_check passes it; the
        # first edit that touches the index would fail).
        emit("index-disagrees-with-table.journey",
             altered(base, tmp, "PRAGMA writable_schema = ON",
                     "UPDATE sqlite_schema SET sql = replace(sql, 'position', 'title') WHERE name = 'touchpoint_cell'"),
             7, "touchpoint_cell")

        # Identity and version.
        emit("wrong-application-id.journey", with_int(base, 68, 0x12345678), 5, "another program")
        emit("other-program.journey",
             altered(b"", tmp, "CREATE TABLE contacts(name TEXT)", "INSERT INTO contacts VALUES ('Dana')",
                     name="other.db"), 5, "another program")
        emit("newer-version.journey", with_int(base, 60, 99), 6, "file format 99")
        emit("no-version.journey", with_int(base, 60, 0), 7, "no schema version")
        emit("no-tables.journey",
             altered(b"", tmp, "PRAGMA application_id = 1400137571", "PRAGMA user_version = 1", name="bare.db"),
             8, "missing its")

        # Altered by hand.
        emit("missing-table.journey", altered(base, tmp, "DROP TABLE link"), 8, "missing its 'link' table")
        emit("extra-trigger.journey",
             altered(base, tmp, "CREATE TABLE marker(x)",
                     "CREATE TRIGGER boom AFTER UPDATE ON touchpoint BEGIN "
                     "UPDATE map SET title = 'pwned'; INSERT INTO marker VALUES (1); END"),
             8, "contains a trigger ('boom')")
        emit("extra-view.journey", altered(base, tmp, "CREATE VIEW everything AS SELECT * FROM touchpoint"),
             8, "contains a view ('everything')")
        emit("table-replaced-by-view.journey",
             altered(base, tmp, "DROP TABLE owner", "CREATE VIEW owner AS SELECT 1 AS id"), 8, "contains a view")
        emit("dropped-column.journey", altered(base, tmp, "ALTER TABLE touchpoint DROP COLUMN channel"),
             8, "missing the 'channel' column of its 'touchpoint' table")
        emit("generated-column-memory-bomb.journey",
             altered(base, tmp, "ALTER TABLE touchpoint ADD COLUMN boom TEXT "
                                "GENERATED ALWAYS AS (printf('%.*c', 1000000000, 'x')) VIRTUAL"),
             0, "Tiny map")

        # Rows no Stagecraft writes.
        emit("unknown-lane-kind.journey", altered(base, tmp, "PRAGMA ignore_check_constraints = ON", "UPDATE lane SET kind = 'basement' WHERE key = 'l3'"),
             7, "CHECK constraint failed in lane")
        emit("card-in-missing-stage.journey",
             altered(base, tmp, "PRAGMA foreign_keys = OFF", "UPDATE touchpoint SET stage_id = 99 WHERE key = 't2'"),
             7, "is damaged")
        emit("empty-map-row.journey", altered(base, tmp, "DELETE FROM map"), 7, "map table is empty")
        # A value of the wrong type breaks a CHECK constraint: every open refuses it.
        emit("text-in-number-column.journey",
             altered(base, tmp, "PRAGMA ignore_check_constraints = ON",
                     "UPDATE touchpoint SET emotion = 'very sad', processing_minutes = x'00ff'"),
             7, "CHECK constraint failed in touchpoint")
        emit("emotion-out-of-range.journey",
             altered(base, tmp, "PRAGMA ignore_check_constraints = ON", "UPDATE touchpoint SET emotion = 99"),
             7, "CHECK constraint failed in touchpoint")
        emit("self-link.journey",
             altered(base, tmp, "PRAGMA ignore_check_constraints = ON", "UPDATE link SET to_id = from_id"),
             7, "CHECK constraint failed in link")
        emit("title-is-blob.journey", altered(base, tmp, "UPDATE touchpoint SET title = x'ff00fe'"), 0, "Tiny map")
        emit("wal-mode.journey", altered(base, tmp, "PRAGMA journal_mode = WAL"), 0, "Tiny map")
        emit("utf16-database.journey", utf16_copy(base, tmp), 0, "Tiny map")
        emit("huge-page-count.journey", with_int(base, 28, 0x7fffffff), 7, "is damaged")
        emit("evidence-not-json.journey", altered(base, tmp, "UPDATE touchpoint SET evidence = '[\"unclosed'"),
             0, "Tiny map")

    with open(os.path.join(OUT, "manifest.tsv"), "w") as f:
        f.write("# file\texit code of `stagecraft-cli info FILE`\tfragment of its message (stderr, or stdout when 0)\n")
        for name, code, fragment in manifest:
            f.write(f"{name}\t{code}\t{fragment}\n")
    print(f"{len(manifest)} files in {OUT}")


if __name__ == "__main__":
    main()
