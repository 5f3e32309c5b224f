#!/usr/bin/env python3
"""The Android shell's API-level check: what Android Lint's NewApi would say, built here from the
framework jars (Lint cannot be installed on this machine).

Every framework class, method or field the shell's compiled classes use must exist at minSdk, or
be used in a method that checks `Build.VERSION.SDK_INT` (a version guard). What exists is read from
the android-all jars of minSdk and of compileSdk: a member present in the second and absent from
the first is newer than minSdk. java.time and the other library packages that core library
desugaring provides count as present when the Gradle build enables desugaring.

Usage: android_api_check.py MIN_JAR COMPILE_JAR CLASSES_DIR BUILD_GRADLE [CACHE_DIR]
Prints each unguarded use, then "api-level: N passed, N failed" (N uses checked, N unguarded), and
exits 1 when any use is unguarded.
"""
import json
import os
import struct
import sys
import zipfile
from pathlib import Path

# Library packages D8 provides below their API level when desugaring is on (desugar_jdk_libs 2.x).
DESUGARED = ("java/time/", "java/util/function/", "java/util/stream/", "java/util/Optional")
# Framework packages whose members are checked against the android-all jars.
FRAMEWORK = ("android/", "dalvik/", "org/json/", "org/xmlpull/")
# The android-all jars leave most of java.* to the host JDK (Robolectric runs on it), so the Java
# library is checked against this list instead: what Android added after API 24 that Kotlin code
# reaches (a class or package prefix, or Class.method), with the level it came in.
JAVA_NEWER = {
    "java/time/": 26,
    "java/nio/file/": 26,
    "java/lang/invoke/VarHandle": 33,
    "java/util/concurrent/Flow": 30,
    "java/util/List.of": 30,
    "java/util/List.copyOf": 30,
    "java/util/Set.of": 30,
    "java/util/Map.of": 30,
    "java/util/Map.entry": 30,
    "java/util/Map.copyOf": 30,
    "java/lang/String.repeat": 33,
    "java/lang/String.strip": 33,
    "java/lang/String.isBlank": 33,
    "java/lang/String.lines": 33,
    "java/io/InputStream.transferTo": 33,
    "java/io/InputStream.readAllBytes": 33,
}
SDK_INT = ("android/os/Build$VERSION", "SDK_INT")


class ClassFile:
    """The parts of a class file this check needs."""

    def __init__(self, data: bytes, with_code: bool):
        self.data = data
        pos = 8
        (count,) = struct.unpack_from(">H", data, pos)
        pos += 2
        self.pool = [None] * count
        i = 1
        while i < count:
            tag = data[pos]
            if tag == 1:  # Utf8
                (length,) = struct.unpack_from(">H", data, pos + 1)
                self.pool[i] = ("utf8", data[pos + 3 : pos + 3 + length].decode("utf-8", "replace"))
                pos += 3 + length
            elif tag in (3, 4):  # Integer, Float
                pos += 5
            elif tag in (5, 6):  # Long, Double: two slots
                pos += 9
                i += 1
            elif tag == 7:  # Class
                self.pool[i] = ("class", struct.unpack_from(">H", data, pos + 1)[0])
                pos += 3
            elif tag in (8, 16, 19, 20):  # String, MethodType, Module, Package
                pos += 3
            elif tag in (9, 10, 11):  # Fieldref, Methodref, InterfaceMethodref
                owner, nat = struct.unpack_from(">HH", data, pos + 1)
                self.pool[i] = ("field" if tag == 9 else "method", owner, nat)
                pos += 5
            elif tag == 12:  # NameAndType
                self.pool[i] = ("nat",) + struct.unpack_from(">HH", data, pos + 1)
                pos += 5
            elif tag == 15:  # MethodHandle
                pos += 4
            elif tag in (17, 18):  # Dynamic, InvokeDynamic
                pos += 5
            else:
                raise ValueError(f"constant pool tag {tag}")
            i += 1
        self.access, this, sup = struct.unpack_from(">HHH", data, pos)
        pos += 6
        self.name = self.class_name(this)
        self.super = self.class_name(sup) if sup else None
        (n,) = struct.unpack_from(">H", data, pos)
        pos += 2
        self.interfaces = [self.class_name(x) for x in struct.unpack_from(f">{n}H", data, pos)]
        pos += 2 * n
        self.fields, pos = self.members(pos, with_code=False)
        self.methods, pos = self.members(pos, with_code=with_code)

    def utf8(self, index):
        return self.pool[index][1]

    def class_name(self, index):
        return self.utf8(self.pool[index][1])

    def members(self, pos, with_code):
        (n,) = struct.unpack_from(">H", self.data, pos)
        pos += 2
        out = []
        for _ in range(n):
            access, name, desc, attrs = struct.unpack_from(">HHHH", self.data, pos)
            pos += 8
            code = None
            for _ in range(attrs):
                attr_name, length = struct.unpack_from(">HI", self.data, pos)
                if with_code and self.utf8(attr_name) == "Code":
                    (code_length,) = struct.unpack_from(">I", self.data, pos + 10)
                    code = self.data[pos + 14 : pos + 14 + code_length]
                pos += 6 + length
            out.append((self.utf8(name), self.utf8(desc), access, code))
        return out, pos

    def ref(self, index):
        """(kind, owner, name, descriptor) of a Fieldref/Methodref, or ("class", name) of a Class."""
        entry = self.pool[index]
        if entry is None:
            return None
        if entry[0] == "class":
            return ("class", self.utf8(entry[1]))
        if entry[0] in ("field", "method"):
            owner = self.class_name(entry[1])
            _, name, desc = self.pool[entry[2]]
            return (entry[0], owner, self.utf8(name), self.utf8(desc))
        return None


# Operand bytes of each opcode with a fixed length (opcode not counted); the rest are special.
FIXED = {**{op: 0 for op in range(0x00, 0x10)}, 0x10: 1, 0x11: 2, 0x12: 1, 0x13: 2, 0x14: 2,
         **{op: 1 for op in range(0x15, 0x1A)}, **{op: 0 for op in range(0x1A, 0x36)},
         **{op: 1 for op in range(0x36, 0x3B)}, **{op: 0 for op in range(0x3B, 0x84)}, 0x84: 2,
         **{op: 0 for op in range(0x85, 0x99)}, **{op: 2 for op in range(0x99, 0xA9)}, 0xA9: 1,
         **{op: 0 for op in range(0xAC, 0xB2)}, **{op: 2 for op in range(0xB2, 0xB9)}, 0xB9: 4,
         0xBA: 4, 0xBB: 2, 0xBC: 1, 0xBD: 2, 0xBE: 0, 0xBF: 0, 0xC0: 2, 0xC1: 2, 0xC2: 0, 0xC3: 0,
         0xC5: 3, 0xC6: 2, 0xC7: 2, 0xC8: 4, 0xC9: 4}
# Opcodes whose first two operand bytes index a member or class in the constant pool.
REFERENCES = {0xB2, 0xB3, 0xB4, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9, 0xBB, 0xBD, 0xC0, 0xC1, 0xC5}


def code_refs(code: bytes):
    """The constant-pool indexes the code refers to, in order."""
    pos = 0
    while pos < len(code):
        op = code[pos]
        if op == 0xAA:  # tableswitch
            pad = (4 - (pos + 1) % 4) % 4
            low, high = struct.unpack_from(">ii", code, pos + 1 + pad + 4)
            pos += 1 + pad + 12 + 4 * (high - low + 1)
        elif op == 0xAB:  # lookupswitch
            pad = (4 - (pos + 1) % 4) % 4
            (pairs,) = struct.unpack_from(">i", code, pos + 1 + pad + 4)
            pos += 1 + pad + 8 + 8 * pairs
        elif op == 0xC4:  # wide
            pos += 6 if code[pos + 1] == 0x84 else 4
        else:
            if op in REFERENCES:
                yield struct.unpack_from(">H", code, pos + 1)[0]
            pos += 1 + FIXED[op]


class Framework:
    """The classes and members of one android-all jar (cached as JSON)."""

    def __init__(self, jar: Path, cache: Path):
        cached = cache / (jar.name + ".api.json")
        if cached.exists():
            self.classes = json.loads(cached.read_text())
            return
        self.classes = {}
        with zipfile.ZipFile(jar) as archive:
            for entry in archive.namelist():
                if not entry.endswith(".class") or not entry.startswith(FRAMEWORK):
                    continue
                cls = ClassFile(archive.read(entry), with_code=False)
                self.classes[cls.name] = {
                    "super": cls.super,
                    "interfaces": cls.interfaces,
                    "members": sorted({f"{n}{d}" for n, d, _, _ in cls.fields + cls.methods}),
                }
        cache.mkdir(parents=True, exist_ok=True)
        cached.write_text(json.dumps(self.classes))

    def declares(self, owner, member, seen=None):
        """Whether `owner` or one of its ancestors has `member` (name + descriptor)."""
        seen = seen or set()
        if owner is None or owner in seen or owner not in self.classes:
            return False
        seen.add(owner)
        info = self.classes[owner]
        if member in info["members"]:
            return True
        return any(self.declares(parent, member, seen) for parent in [info["super"]] + info["interfaces"])


def main():
    min_jar, compile_jar, classes_dir, gradle = map(Path, sys.argv[1:5])
    cache = Path(sys.argv[5]) if len(sys.argv) > 5 else min_jar.parent
    desugared = "isCoreLibraryDesugaringEnabled = true" in gradle.read_text()
    old, new = Framework(min_jar, cache), Framework(compile_jar, cache)

    shell = {}
    for path in sorted(Path(classes_dir).rglob("*.class")):
        cls = ClassFile(path.read_bytes(), with_code=True)
        shell[cls.name] = cls

    def framework_owner(owner, member):
        """The framework class a reference resolves in: the shell's own classes pass it up."""
        while owner in shell:
            cls = shell[owner]
            if any(f"{n}{d}" == member for n, d, _, _ in cls.fields + cls.methods):
                return None  # the shell's own member
            owner = cls.super
        return owner

    def java_newer(owner, name=None):
        """The Java library's addition after minSdk that this is, if any."""
        if desugared and owner.startswith(DESUGARED):
            return None
        for prefix, level in JAVA_NEWER.items():
            if owner.startswith(prefix) or (name is not None and f"{owner}.{name}" == prefix):
                return f"{owner}{'.' + name if name else ''} (API {level})"
        return None

    def newer(ref):
        """Why the reference does not exist at minSdk, or None when it does (or is not checked)."""
        kind = ref[0]
        if kind == "class":
            name = ref[1].lstrip("[").removeprefix("L").removesuffix(";")
            if name.startswith(("java/", "javax/")):
                return java_newer(name)
            if not name.startswith(FRAMEWORK):
                return None
            if name in new.classes and name not in old.classes:
                return f"class {name}"
            return None
        _, owner, name, desc = ref
        member = f"{name}{desc}"
        owner = framework_owner(owner, member)
        if owner is not None and owner.startswith(("java/", "javax/")):
            return java_newer(owner, name)
        if owner is None or not owner.startswith(FRAMEWORK):
            return None
        if owner in new.classes and owner not in old.classes:
            return f"class {owner}"
        if new.declares(owner, member) and not old.declares(owner, member):
            return f"{owner}.{name}{desc}"
        return None

    def reads_sdk_int(cls, code):
        return any(
            r is not None and r[0] == "field" and (r[1], r[2]) == SDK_INT
            for r in (cls.ref(i) for i in code_refs(code))
        )

    checked = failed = 0
    for cls in shell.values():
        guarded_methods = {name for name, _, _, code in cls.methods if code is not None and reads_sdk_int(cls, code)}
        for name, desc, _, code in cls.methods:
            if code is None:
                continue
            refs = [cls.ref(i) for i in code_refs(code)]
            refs = [r for r in refs if r is not None]
            # A Kotlin lambda's body is a method of its own (`enclosing$lambda$0`): a version check
            # around the place the lambda is made guards it too.
            enclosing = name.split("$lambda")[0]
            guarded = name in guarded_methods or ("$lambda" in name and enclosing in guarded_methods)
            for ref in refs:
                checked += 1
                why = newer(ref)
                if why and not guarded:
                    failed += 1
                    print(f"{cls.name}.{name}: uses {why}, which does not exist at minSdk, without a version check")
    print(f"api-level: {checked - failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
